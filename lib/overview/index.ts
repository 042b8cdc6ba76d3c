/** Many regiovisies side by side (`npm run overview`): pure functions, the checklist passed in. */
export { overviewRow, overviewJson, rowTotals } from './rows';
export type { OverviewRow, RowSource, ThemeCounts } from './rows';
export { overviewCsv, csvField } from './csv';
export { overviewHtml, escapeHtml } from './html';
export type { OverviewHtmlOptions } from './html';
export { overviewTable } from './table';
export { overviewLabels } from './labels';
