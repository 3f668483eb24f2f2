/**
 * The one way selfeval spells a reference to a sheet, in formulas, hyperlinks, print areas and
 * defined names: the name always in single quotes (CJK names and names with spaces, `!` or `-`
 * need them, and quoting a name that does not is still valid), a quote inside the name doubled.
 * `Children's` → `'Children''s'`. A name written without the doubling makes the whole file
 * unreadable to Excel and exceljs alike.
 */

/** `'Sheet'`, the sheet name as a reference prefix. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Sheet'!A1:F46`, a reference to a cell or range of a sheet. */
export function sheetReference(sheet: string, range: string): string {
  return `${quoteSheetName(sheet)}!${range}`;
}

/** `"text"`, a string literal inside a formula, a double quote inside doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The sheet name of a reference written by sheetReference (quotes undone), or null. */
export function sheetOfReference(reference: string): string | null {
  const m = /^'((?:[^']|'')*)'!/.exec(reference);
  return m?.[1] !== undefined ? m[1].replace(/''/g, "'") : null;
}
