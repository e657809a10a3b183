/**
 * The production build, written to .output/bench/ instead of .output/: the benchmark must not overwrite the
 * build an end-to-end run in the same checkout may be loading. Everything else is wxt.config.ts.
 */
import base from '../../wxt.config';

export default { ...base, outDir: '.output/bench' };
