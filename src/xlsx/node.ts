/** The exceljs host adapter for Node: everything of ./index, plus opening and saving .xlsx files. */
export * from './index';
export {
  openWorkbook,
  saveWorkbook,
  writeWorkbookFile,
  UnreadableWorkbookError,
} from './workbookFile';
