/**
 * The record selfeval keeps in the workbook of what it wrote (SCORING.md §4): a very hidden sheet
 * `_selfeval`, because a sheet is the one store that both Excel (Office.js) and .xlsx files
 * written by exceljs keep (exceljs drops custom XML parts and add-in settings on a round trip).
 */
import type { CellValue } from '../base/cells';
import { RECORD_SHEET, isInSeries } from '../base/sheetNames';
import type { SheetSnapshot, WriteRecord } from '../base/snapshot';

const MAGIC = 'selfeval-record';
const FORMAT_VERSION = 1;

/**
 * First cell of a fingerprint row (`#fingerprint`, sheet name, fingerprint). A `#` cannot start a
 * cell row's A1 address, and readers of format 1 that do not know these rows read them as the
 * value of a cell that no form has, which changes nothing.
 */
const FINGERPRINT_KEY = '#fingerprint';

/** First cell of a decision row (`#decision`, `Sheet!A1`, band): read as format 1 readers read fingerprints. */
const DECISION_KEY = '#decision';

/**
 * Rows of the record sheet: a header row, then one row per written cell (sheet, address, value),
 * then one row per owned sheet's fingerprint.
 */
export function encodeRecord(record: WriteRecord): CellValue[][] {
  const rows: CellValue[][] = [[MAGIC, FORMAT_VERSION, record.profile, record.writtenAt]];
  for (const [key, value] of Object.entries(record.values)) {
    const bang = key.lastIndexOf('!');
    rows.push([key.slice(0, bang), key.slice(bang + 1), value]);
  }
  for (const [sheet, fingerprint] of Object.entries(record.fingerprints ?? {}))
    rows.push([FINGERPRINT_KEY, sheet, fingerprint]);
  for (const [cell, band] of Object.entries(record.decisions ?? {}))
    rows.push([DECISION_KEY, cell, band]);
  return rows;
}

/**
 * True for the record sheet selfeval writes: hidden, named `_selfeval` (or `_selfeval(2)`… when a
 * person had a sheet of that name), starting with the record's mark. A visible sheet is a
 * person's, whatever it holds: a record there would let anyone decide what counts as ours.
 */
export function isRecordSheet(sheet: SheetSnapshot): boolean {
  return (
    sheet.hidden === true && isInSeries(sheet.name, RECORD_SHEET) && sheet.cells[0]?.[0] === MAGIC
  );
}

/** Reads the record from the workbook's sheets; null when there is none or it is not ours. */
export function decodeRecord(sheets: readonly SheetSnapshot[]): WriteRecord | null {
  const sheet = sheets.find(isRecordSheet);
  const head = sheet?.cells[0];
  if (!sheet || !head || head[0] !== MAGIC) return null;
  const values: Record<string, number | string> = {};
  const fingerprints: Record<string, string> = {};
  const decisions: Record<string, 'A' | 'B' | 'C'> = {};
  for (const row of sheet.cells.slice(1)) {
    const [name, address, value] = row;
    if (typeof name !== 'string' || typeof address !== 'string') continue;
    if (name === FINGERPRINT_KEY) {
      if (typeof value === 'string') fingerprints[address] = value;
      continue;
    }
    if (name === DECISION_KEY) {
      if (value === 'A' || value === 'B' || value === 'C') decisions[address] = value;
      continue;
    }
    if (typeof value === 'number' || typeof value === 'string')
      values[`${name}!${address}`] = value;
  }
  return {
    profile: typeof head[2] === 'string' ? head[2] : null,
    writtenAt: typeof head[3] === 'string' ? head[3] : null,
    values,
    ...(Object.keys(fingerprints).length > 0 ? { fingerprints } : {}),
    ...(Object.keys(decisions).length > 0 ? { decisions } : {}),
  };
}
