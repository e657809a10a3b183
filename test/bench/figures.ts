/** The figures and budgets (kept apart from run.ts so the smoke test can import them without running anything). */
/**
 * Every figure, its budget (null: reported, with no budget: issue 16 restated them), and which way is better. The JSON
 * nests them: `sla.deadlinesPerSecond` is `{ sla: { deadlinesPerSecond } }`.
 */
export const FIGURES = {
  // The lowest of 5 runs (issue 16): a budget met by the slowest run, not the best.
  'sla.deadlinesPerSecond': { budget: 1_000_000, better: 'higher', unit: '/s' },
  'sla.speedupVsOracle': { budget: 50, better: 'higher', unit: '×' },
  'rules.evaluationsPerSecond': { budget: 300_000, better: 'higher', unit: '/s' },
  // The Zendesk view: what the extension adds to the page's main thread (script + layout + style), at 100 and 1,000 rows.
  'overlay.addedMainThreadMs100': { budget: 10, better: 'lower', unit: 'ms' },
  'overlay.addedMainThreadMs1000': { budget: 50, better: 'lower', unit: 'ms' },
  'overlay.scriptOverheadRatio': { budget: null, better: 'lower', unit: '×' },
  'overlay.badgeLagMsP95': { budget: 16, better: 'lower', unit: 'ms' },
  'overlay.firstBadgeMsP95': { budget: null, better: 'lower', unit: 'ms' },
  'overlay.tickCpuPercent': { budget: 1, better: 'lower', unit: '%' },
  // The Salesforce Case list view of 1,000 rows (issue 12).
  'caseList.addedMainThreadMs1000': { budget: 50, better: 'lower', unit: 'ms' },
  'caseList.badgeLagMsP95': { budget: 16, better: 'lower', unit: 'ms' },
  'caseList.tickCpuPercent': { budget: 1, better: 'lower', unit: '%' },
  // A CRM record's fields in the DOM → the panel's verdict, over record-to-record navigations (Salesforce and HubSpot).
  'sidebar.verdictMsP95': { budget: 100, better: 'lower', unit: 'ms' },
  'bundle.contentScriptGzipKB': { budget: 80, better: 'lower', unit: 'kB' },
  'popup.openMsP95': { budget: 150, better: 'lower', unit: 'ms' },
  'popup.searchP95Ms50k': { budget: 16, better: 'lower', unit: 'ms' },
  'popup.searchSpeedupVsFuse': { budget: 5, better: 'higher', unit: '×' },
  // The service worker's JS heap after 10,000 evaluations and 1,000 watched tickets.
  'memory.serviceWorkerMB': { budget: 30, better: 'lower', unit: 'MB' },
} as const satisfies Record<string, { budget: number | null; better: 'higher' | 'lower'; unit: string }>;
export type FigureKey = keyof typeof FIGURES;

/** Whether a value meets its figure's budget; null when it has none (or was not measured). */
export function meets(key: FigureKey, value: number | null): boolean | null {
  const f: { budget: number | null; better: string } = FIGURES[key];
  if (value === null || f.budget === null) return null;
  return f.better === 'higher' ? value >= f.budget : value <= f.budget;
}
