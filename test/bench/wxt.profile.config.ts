/**
 * The production build without minification, into .output/bench-profile/: for reading CPU profiles and
 * traces of the content scripts by function name (how the figures in PERFORMANCE.md were attributed).
 *
 *   node node_modules/wxt/bin/wxt.mjs build -c test/bench/wxt.profile.config.ts
 */
import base from '../../wxt.config';

export default { ...base, outDir: '.output/bench-profile', vite: () => ({ build: { minify: false } }) };
