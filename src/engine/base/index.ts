/**
 * base/ — the vocabulary every stage shares: plain cell values and A1 addresses, the snapshot a host
 * reads, decimal-exact arithmetic, figures as forms write them, text normalisation and widths, the
 * names of the sheets selfeval owns and the one spelling of a sheet reference, local time. It
 * imports no other folder of the engine.
 */
export * from './cells';
export * from './snapshot';
export * from './format';
export * from './sheetRef';
export { escapeXml, unescapeXml } from './xmlText';
export { textEms, wrappedLines, wrappedRowHeight } from './textWidth';
export { localTime, DEFAULT_TIME_ZONE } from './localTime';
export { ENGINE_VERSION } from './version';
export type { BandName } from './bands';
export {
  WORKINGS_SHEET,
  AUDIT_SHEET,
  REPORT_SHEET,
  RECORD_SHEET,
  isOwnedSheetName,
} from './sheetNames';
