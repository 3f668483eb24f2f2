/** The Office.js host adapter: the workbook port for Excel, host detection and the sheet helper. */
export {
  createExcelPort,
  CHUNK_BYTES,
  DEFAULT_TIMEOUT_MS,
  type ExcelPortOptions,
} from './excelPort';
export { toPortError } from './errors';
export { detectHost, createOrClearSheet, type HostKind } from './officeHelpers';
export {
  plainFromExcel,
  guardText,
  textNeedsGuard,
  isDateFormat,
  serialToIsoDate,
  columnWidthPoints,
} from './cellValues';
export type { ExcelRun, XlRequestContext } from './hostTypes';
