/** [selector constant, fixture page (under test/fixtures/), expected count for each alternative, in order]. */
export type SelectorCount = readonly [constant: string, fixture: string, counts: readonly number[]];
