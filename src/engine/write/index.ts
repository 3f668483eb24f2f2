/**
 * write/ — the patch a run hands its host: the form's score cells, the sheets selfeval owns
 * (评分计算 workings, 评分记录 audit, the 自评报告 sheets), the record, a person's decision, and the
 * rule that a sheet is replaced only when selfeval can prove it wrote it. Imports every folder
 * below it (base/, findings/, read/, rules/, score/, report/); nothing but run.ts and review/
 * imports it.
 */
export * from './patch';
export { buildRunPatch } from './runPatch';
export { type CellRect, rectAddress, styleRects } from './cellRects';
export {
  WORKINGS_COLUMNS,
  WORKINGS_HEADER_ROWS,
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
export { AUDIT_HEADERS, auditSheet, auditRows } from './audit';
export { reportSheetWrite, REPORT_COLUMN_WIDTHS, FILL_IN_COLOR } from './reportAsSheet';
export { fingerprintRows, fingerprintSheet } from './fingerprint';
export { planReportSheets, cleanSheetName, type ReportSheetsPlan } from './reportSheets';
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
export { type CellCheck, formAnchors } from './anchors';
