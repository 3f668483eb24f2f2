/** The 自评报告: built from the scored forms as a structured document, rendered as a sheet and as Markdown. */
export * from './document';
export { buildReport, buildReports, reportFillIns, type ReportContext } from './buildReport';
export {
  readReportMaterials,
  MATERIALS_SHEETS,
  NO_MATERIALS,
  type ReportMaterials,
  type MaterialKey,
} from './materials';
export { escapeHtml, renderMarkdown, renderMarkdownAll } from './markdown';
export { reportSheetWrite, REPORT_COLUMN_WIDTHS, FILL_IN_COLOR } from '../write/reportAsSheet';
export { fingerprintRows, fingerprintSheet } from '../write/fingerprint';
export {
  planReportSheets,
  cleanSheetName,
  REPORT_SHEET,
  type ReportSheetsPlan,
} from '../write/reportSheets';
export { splitExplanation, sentence, clauses } from './chinese';
