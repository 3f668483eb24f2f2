/**
 * Writing an exceljs workbook to bytes, with sheet references spelt correctly. exceljs 4.4 writes
 * print areas, print titles and defined names as `'<name>'!…` without doubling a quote inside the
 * name, so a sheet called `Children's` gives a workbook that neither Excel nor exceljs can open.
 * Before rendering, every defined name's range is re-spelt through the engine's one quoting
 * function (sheetReference). Node's file and the browser's download both come through here.
 */
import type ExcelJS from 'exceljs';
import { quoteSheetName } from '../engine';
import { fillLargeSheets, hasLargeSheets } from './largeSheets';
import { type Gzip, fflateGzip } from './zipWrite';

interface DefinedNameModel {
  ranges?: string[];
}
interface WriteModel {
  worksheets?: { name?: string }[];
  definedNames?: DefinedNameModel[];
}
interface PreparingXlsx {
  prepareModel(model: WriteModel, options: unknown): void;
}

/** `'Children's'!$A$1` (as exceljs spells it) → `'Children''s'!$A$1`, for the sheets named. */
export function requoteRange(range: string, sheetNames: readonly string[]): string {
  for (const name of sheetNames) {
    const naive = `'${name}'!`;
    if (range.startsWith(naive)) return `${quoteSheetName(name)}!${range.slice(naive.length)}`;
  }
  return range;
}

/** Makes `wb` spell its defined names correctly when it is written (idempotent). */
export function quoteDefinedNamesOnWrite(wb: ExcelJS.Workbook): void {
  const xlsx = wb.xlsx as unknown as PreparingXlsx & { __selfevalQuoted?: boolean };
  if (xlsx.__selfevalQuoted || typeof xlsx.prepareModel !== 'function') return;
  const prepare = xlsx.prepareModel.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    prepare(model, options);
    // Only names with a quote need it; the longest first, so `a'b` never takes `a'b'c`'s prefix.
    const names = (model.worksheets ?? [])
      .map((s) => s.name ?? '')
      .filter((n) => n.includes("'"))
      .sort((a, b) => b.length - a.length);
    if (names.length === 0) return;
    for (const dn of model.definedNames ?? [])
      if (dn.ranges) dn.ranges = dn.ranges.map((r) => requoteRange(r, names));
  };
  xlsx.__selfevalQuoted = true;
}

/**
 * The workbook as .xlsx bytes, with the cells of its large owned sheets (largeSheets.ts), those
 * compressed with `gzip` (Node passes its native zlib; fflate otherwise).
 */
export async function workbookBytes(
  wb: ExcelJS.Workbook,
  gzip: Gzip = fflateGzip,
): Promise<Uint8Array> {
  quoteDefinedNamesOnWrite(wb);
  if (!hasLargeSheets(wb)) return new Uint8Array(await wb.xlsx.writeBuffer());
  // Uncompressed: fillLargeSheets compresses every part once, with the large sheets' cells.
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return fillLargeSheets(wb, new Uint8Array(stored), gzip);
}
