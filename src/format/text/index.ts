// The text formatters and their styling, loaded only for --format text (they bring chalk and cli-table3).
export { makeStyle, type Style } from '../style.js';
export { formatEntitiesExplain, formatEntitiesTable } from './entities.js';
export { formatClaimsTable, formatComparisons, formatDecisions, formatFindingsText } from './figures.js';
export { formatQuotesText } from './quotes.js';
export { formatReportText } from './report.js';
export { formatStripExplain } from './strip.js';
