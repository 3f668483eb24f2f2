/**
 * report/ — the outputs that describe a result, with no I/O: the 自评报告 as one structured document
 * (document.ts, built by buildReport.ts) rendered as Markdown here, as a sheet by write/ and as Word
 * by src/docx; and the JSON report (jsonReport.ts, stable API). Imports base/, findings/, read/,
 * rules/ and score/.
 */
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
export { splitExplanation, sentence, clauses } from './chinese';
export {
  toJsonReport,
  type JsonReport,
  type JsonForm,
  type JsonIndicator,
  type JsonFinding,
} from './jsonReport';
