/**
 * Plain cell values as every host adapter hands them to the engine, and A1 address helpers.
 * The engine never sees a host object: Excel (Office.js), exceljs and the browser all reduce a
 * workbook to these values, so the same rules run everywhere.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/** A date cell, as an ISO calendar date `YYYY-MM-DD` (time of day dropped). */
export interface CellDate {
  readonly date: string;
}

/** One cell: empty (null), text, number, boolean, date or an Excel error. */
export type CellValue = null | string | number | boolean | CellDate | CellError;

/** True when the cell holds an Excel error value. */
export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** True when the cell holds a date. */
export function isCellDate(v: CellValue | undefined): v is CellDate {
  return typeof v === 'object' && v !== null && 'date' in v;
}

/** True when the cell holds nothing a person typed (null, undefined or only white space). */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

/** The cell as a person reads it: text, a number in shortest form, a date, or the error code. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isCellError(v)) return v.error;
  return v.date;
}

const COLUMN_LETTERS: string[] = [];

/** Column letters for a 0-based column index: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  // Cached: the parser asks for the address of every cell it reads (npm run bench).
  const cached = COLUMN_LETTERS[col];
  if (cached !== undefined) return cached;
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(col) && col >= 0 && col < 16384) COLUMN_LETTERS[col] = s;
  return s;
}

/** A1 address for 0-based row and column: (0, 0) → A1. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Error thrown for a malformed A1 address passed by a programmer (never for user data). */
export class AddressError extends Error {
  constructor(address: string) {
    super(`Not an A1 cell address: ${JSON.stringify(address)}`);
    this.name = 'AddressError';
  }
}

/** Parses `B12` into 0-based row and column. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!m) throw new AddressError(address);
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Excel (1900 date system) serial of an ISO date `YYYY-MM-DD` (NaN for a date that is none). */
export function isoDateToSerial(iso: string): number {
  const t = Date.parse(`${iso}T00:00:00Z`);
  const days = Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
  // Excel counts 1900-02-29, which never existed: serials before it are one day behind a plain count.
  return days < 61 ? days - 1 : days;
}
