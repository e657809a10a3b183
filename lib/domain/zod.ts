/**
 * zod, configured: every schema in Lens is built with this `z`. MV3 forbids eval, and zod v4 compiles object validators
 * with `new Function` unless `jitless` is set when `z.object()` runs; setting it here, in the module every schema
 * imports `z` from, means it is set before any schema is built whatever the import order (test/domain/zod-no-eval.test.ts).
 * ESLint forbids importing zod's values anywhere else (eslint.config.mjs, `no-restricted-imports`).
 * @example import { z } from '../domain/zod';
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
