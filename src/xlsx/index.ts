/**
 * The exceljs host adapter, browser-safe entry: workbooks to snapshots, patches back out, bytes to
 * a workbook. No node:* here, so the pane's browser mode bundles it; file open and save are in
 * ./node (the Node entry), as exceljs itself has a browser and a Node build.
 */
export { workbookSnapshot, sheetSnapshot, plainValue } from './snapshotFromExceljs';
export {
  applyPatch,
  type ApplyPatchOptions,
  LARGE_SHEET_CELLS,
  PatchTargetError,
} from './applyPatch';
export {
  loadXlsx,
  MAX_SHEET_XML_BYTES,
  unreadableMessage,
  WorkbookTooLargeError,
} from './loadXlsx';
export { workbookBytes, quoteDefinedNamesOnWrite, requoteRange } from './writeXlsx';
