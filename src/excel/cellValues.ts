/**
 * Conversions between what Excel's JavaScript API gives and takes and the engine's plain values:
 * date serials, error strings, text that Excel must not parse, and column widths.
 */
import type { CellValue } from '../engine';

/** True when a number format shows a date or time (letters y m d h s outside quotes, brackets and escapes). */
export function isDateFormat(format: string): boolean {
  if (!format || /^general$/i.test(format) || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhs]/i.test(bare.replace(/General/gi, ''));
}

const DAY_MS = 86_400_000;

/** ISO date `YYYY-MM-DD` of an Excel (1900 date system) serial; the time of day is dropped. */
export function serialToIsoDate(serial: number): string {
  // Excel counts 1900-02-29, which never existed: serials from 61 on are one day ahead of a plain count.
  const base = serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** One cell as Excel reports it (`values`, `valueTypes`, `numberFormat`) turned into the engine's value. */
export function plainFromExcel(
  value: unknown,
  valueType: string | undefined,
  format: string | undefined,
): CellValue {
  if (valueType === 'Empty' || value === null || value === undefined) return null;
  if (valueType === 'Error')
    return { error: typeof value === 'string' ? value : JSON.stringify(value) };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return format && isDateFormat(format) ? { date: serialToIsoDate(value) } : value;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

/**
 * True when Excel would not keep the text as typed: a formula (`= + - @`), a leading apostrophe it
 * would eat, or text it would turn into a number, date, percent, boolean or error.
 */
export function textNeedsGuard(text: string): boolean {
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.trim();
  if (t !== text && /^[=+\-@]/.test(t)) return true;
  // Digits, a decimal point, a bracketed negative, a currency sign or `#` may be parsed as a value.
  if (/^[\d.($¥￥€£#]/.test(t)) return true;
  return /^(true|false)$/i.test(t);
}

/**
 * The text to pass to Excel so it stays text. An apostrophe prefix, not the `@` number format:
 * it leaves the cell's own format alone (a form's cells keep their look and later typed numbers
 * stay numbers), works in every ExcelApi version and in the same write, and Excel keeps it out of
 * the value, so the text reads back exactly as written and the record matches.
 */
export function guardText(text: string): string {
  return textNeedsGuard(text) ? `'${text}` : text;
}

/**
 * Excel's column width in points from a width in character units (the unit of .xlsx files and of
 * exceljs): a character is the maximum digit width of the default font, 7 px for Calibri 11 and
 * 等线 11, plus 5 px of padding, at 96 px per inch (0.75 pt per px).
 */
export function columnWidthPoints(chars: number): number {
  const px = Math.trunc(chars * 7 + 5);
  return px * 0.75;
}
