/**
 * The selfeval engine: pure, synchronous, no host. Hosts build a WorkbookSnapshot, call
 * scoreWorkbook, and apply the Patch from buildScorePatch.
 */
export * from './cells';
export * from './snapshot';
export * from './findings';
export * from './profiles';
export * from './values';
export * from './format';
export * from './scoreTypes';
export { scoreWorkbook, unreadableResult } from './score';
export * from './patch';
export { toJsonReport, type JsonReport, type JsonForm, type JsonIndicator, type JsonFinding } from './jsonReport';
export { RECORD_SHEET, decodeRecord, encodeRecord } from './record';
export { readForm } from './parse/readForm';
export type { FormModel, FormKind, IndicatorRow, BudgetBlock, GoalBlock } from './parse/formModel';
export { ENGINE_VERSION } from './version';
export { placeOf } from './messages/zhCN';
export { buildRunPatch } from './runPatch';
