/** Public API of the SLA engine. The oracle (./oracle) is for tests only and deliberately not exported. */
export { addBusinessTime, businessTimeBetween } from './business-time';
export { instantAtOpenTime, openTimeBetween } from './calendar-table';
export { formatDuration } from './format-duration';
export { computeTarget } from './target';
export type * from './types';
