/** The figures and budgets (kept apart from run.ts so the smoke test can import them without running anything). */
/** Every figure, its budget, and which way is better. The JSON nests them: `sla.deadlinesPerSecond` is `{ sla: { deadlinesPerSecond } }`. */
export const FIGURES = {
  'sla.deadlinesPerSecond': { budget: 1_000_000, better: 'higher', unit: '/s' },
  'sla.speedupVsOracle': { budget: 50, better: 'higher', unit: '×' },
  'rules.evaluationsPerSecond': { budget: 200_000, better: 'higher', unit: '/s' },
  'overlay.scriptOverheadRatio': { budget: 1.1, better: 'lower', unit: '×' },
  'overlay.tickCpuPercent': { budget: 1, better: 'lower', unit: '%' },
  'overlay.firstBadgeMsP95': { budget: 50, better: 'lower', unit: 'ms' },
  // The Salesforce Case list view of 1,000 rows (issue 12); budgets from the performance issue's restated ones.
  'caseList.addedMainThreadMs1000': { budget: 50, better: 'lower', unit: 'ms' },
  'caseList.badgeLagMsP95': { budget: 16, better: 'lower', unit: 'ms' },
  'caseList.tickCpuPercent': { budget: 1, better: 'lower', unit: '%' },
  'bundle.contentScriptGzipKB': { budget: 120, better: 'lower', unit: 'kB' },
  'popup.searchP95Ms50k': { budget: 16, better: 'lower', unit: 'ms' },
  'popup.searchSpeedupVsFuse': { budget: 5, better: 'higher', unit: '×' },
} as const;
export type FigureKey = keyof typeof FIGURES;
