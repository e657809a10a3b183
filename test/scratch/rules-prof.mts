import { evaluate } from '../../lib/policy/evaluate.ts';
import { PRESETS } from '../../lib/policy/presets.ts';
import { rulesWorkload, RULES_NOW } from '../bench/rules-workload.ts';
const accounts = rulesWorkload(10_000);
for (let r = 0; r < 3; r++) for (const a of accounts) evaluate(a, PRESETS.sourcegraph, { now: RULES_NOW });
const t0 = performance.now();
for (let r = 0; r < 30; r++) for (const a of accounts) evaluate(a, PRESETS.sourcegraph, { now: RULES_NOW });
console.log('per second', Math.round(300_000 / ((performance.now() - t0) / 1000)));
