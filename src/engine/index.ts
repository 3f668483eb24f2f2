/**
 * The selfeval engine: pure, synchronous, no host. Hosts build a WorkbookSnapshot, call
 * scoreWorkbook, and apply the Patch from buildRunPatch.
 */
export * from './cells';
export * from './snapshot';
export * from './findings';
export * from './profiles';
export * from './values';
export * from './format';
export * from './scoreTypes';
export { scoreWorkbook, unreadableResult } from './score';
export { scoreRun, resolveProfile, type Run, type RunOptions, type ProfileSource } from './run';
export * from './patch';
export { type CellRect, rectAddress, styleRects } from './cellRects';
export * from './sheetRef';
export { escapeXml, unescapeXml } from './xmlText';
export {
  toJsonReport,
  type JsonReport,
  type JsonForm,
  type JsonIndicator,
  type JsonFinding,
} from './jsonReport';
export { RECORD_SHEET, decodeRecord, encodeRecord } from './record';
export { readForm } from './parse/readForm';
export type { FormModel, FormKind, IndicatorRow, BudgetBlock, GoalBlock } from './parse/formModel';
export type { CellRef } from './parse/sheetView';
// One indicator row scored alone: what the phrasing corpus (test/phrasingsCorpus.test.ts) drives.
export { scoreIndicator } from './scoreIndicator';
export { ENGINE_VERSION } from './version';
export { placeOf, describeFinding, describeFindings, messageOf } from './messages';
export { buildRunPatch, isOwnedSheetName } from './runPatch';
export { checkDifferences, differenceLine, type Difference, type DifferenceKind } from './check';
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
} from './workings';
export { textEms, wrappedLines } from './textWidth';
export { AUDIT_SHEET, AUDIT_HEADERS, auditSheet, auditRows } from './audit';
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
} from './decision';
export { overwrites, type Overwrite } from './overwrites';
export * from './review';
export { type CellCheck, formAnchors } from './anchors';
