/**
 * Switches zod to jitless mode. MV3 forbids eval, and zod v4 compiles object validators with `new Function`
 * unless `jitless` is set — decided per schema, when `z.object()` runs. So this module must be evaluated before
 * any module that builds a schema at load time (lib/policy, lib/message-schemas, lib/settings, lib/directory):
 * every extension entry point that uses zod imports it FIRST (test/hardening/no-eval.test.ts checks it).
 * @example import '@/lib/zod-jitless'; // first line of an entry point
 */
import { z } from 'zod';

z.config({ jitless: true });
