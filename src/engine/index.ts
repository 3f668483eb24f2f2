/**
 * The selfeval engine: pure, synchronous, no host. Hosts build a WorkbookSnapshot, call
 * scoreWorkbook, and apply the Patch from buildRunPatch.
 */
export * from './base/cells';
export * from './base/snapshot';
export * from './findings/codes';
export * from './rules/profiles';
export * from './read/values';
export * from './base/format';
export * from './score/scoreTypes';
export { scoreWorkbook, unreadableResult } from './score/scoreWorkbook';
export { scoreRun, resolveProfile, type Run, type RunOptions, type ProfileSource } from './run';
export * from './write/patch';
export { type CellRect, rectAddress, styleRects } from './write/cellRects';
export * from './base/sheetRef';
export { escapeXml, unescapeXml } from './base/xmlText';
export {
  toJsonReport,
  type JsonReport,
  type JsonForm,
  type JsonIndicator,
  type JsonFinding,
} from './report/jsonReport';
export { RECORD_SHEET, decodeRecord, encodeRecord } from './read/record';
export { readForm } from './read/readForm';
export type { FormModel, FormKind, IndicatorRow, BudgetBlock, GoalBlock } from './read/formModel';
export type { CellRef } from './read/sheetView';
// One indicator row scored alone: what the phrasing corpus (test/phrasingsCorpus.test.ts) drives.
export { scoreIndicator } from './score/scoreIndicator';
export { ENGINE_VERSION } from './base/version';
export { placeOf, describeFinding, describeFindings, messageOf } from './findings/messages';
export { buildRunPatch, isOwnedSheetName } from './write/runPatch';
export {
  checkDifferences,
  differenceLine,
  type Difference,
  type DifferenceKind,
} from './score/check';
export {
  WORKINGS_SHEET,
  WORKINGS_COLUMNS,
  WORKINGS_HEADER_ROWS,
  CHECK_TOLERANCE,
  CHECK_OK,
  CHECK_DIFFERENT,
  workingsSheet,
  indicatorScoreFormula,
  budgetRateFormula,
  budgetScoreFormula,
  linkFormula,
  cellRef,
  sheetRef,
} from './write/workings';
export { textEms, wrappedLines } from './base/textWidth';
export { AUDIT_SHEET, AUDIT_HEADERS, auditSheet, auditRows } from './write/audit';
export {
  buildReport,
  buildReports,
  escapeHtml,
  reportFillIns,
  readReportMaterials,
  fillInCount,
  MATERIALS_SHEETS,
  FILL_IN_COLOR,
  type ReportMaterials,
  type ReportTable,
  type ReportContext,
  renderMarkdown,
  renderMarkdownAll,
  reportSheetWrite,
  planReportSheets,
  cleanSheetName,
  fingerprintRows,
  fingerprintSheet,
  listMarker,
  REPORT_SHEET,
  type ReportDocument,
  type ReportBlock,
  type ReportColumn,
  type ReportCellValue,
  type HeadingLevel,
  type ListStyle,
  type ReportSheetsPlan,
} from './report';
export {
  BAND_LABELS,
  bandChoices,
  bandRangeText,
  checkDecisionScore,
  decisionPatch,
  isDecidable,
  isOpenCase,
  type BandChoice,
  type Decision,
  type DecisionPatch,
} from './write/decision';
export { overwrites, type Overwrite } from './write/overwrites';
export * from './review';
export { type CellCheck, formAnchors } from './write/anchors';
