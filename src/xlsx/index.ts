/** The exceljs host adapter: .xlsx files in, snapshots to the engine, patches back out. */
export { workbookSnapshot, sheetSnapshot, plainValue } from './snapshotFromExceljs';
export { applyPatch, PatchTargetError } from './applyPatch';
export {
  openWorkbook,
  saveWorkbook,
  writeWorkbookFile,
  UnreadableWorkbookError,
} from './workbookFile';
export { workbookBytes, quoteDefinedNamesOnWrite, requoteRange } from './writeXlsx';
