/**
 * Applies an engine patch to an exceljs workbook: only the patched cells change; values, merges,
 * styles and widths of everything else are left as they were.
 */
import type ExcelJS from 'exceljs';
import { parseA1, type Patch } from '../engine';

/** Thrown when a patch names a sheet the workbook does not have (a programming error). */
export class PatchTargetError extends Error {
  constructor(sheet: string) {
    super(`Patch names a sheet that is not in the workbook: ${JSON.stringify(sheet)}`);
    this.name = 'PatchTargetError';
  }
}

/** Writes every cell and owned sheet of the patch into the workbook. */
export function applyPatch(wb: ExcelJS.Workbook, patch: Patch): void {
  for (const write of patch.cells) {
    const ws = wb.getWorksheet(write.sheet);
    if (!ws) throw new PatchTargetError(write.sheet);
    const { row, col } = parseA1(write.address);
    const cell = ws.getCell(row + 1, col + 1);
    // A plain string is stored as a shared string by exceljs, never as a formula.
    cell.value = write.value;
    if (write.numberFormat) {
      // exceljs may share one style object between cells read from a file: copy before changing.
      cell.style = { ...cell.style, numFmt: write.numberFormat };
    }
  }
  for (const sheet of patch.sheets) {
    const existing = wb.getWorksheet(sheet.name);
    if (existing) wb.removeWorksheet(existing.id);
    const ws = wb.addWorksheet(sheet.name, { state: sheet.visibility });
    sheet.rows.forEach((values, r) => {
      values.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === 'object') cell.value = 'error' in v ? ({ error: v.error } as ExcelJS.CellErrorValue) : new Date(`${v.date}T00:00:00Z`);
        else cell.value = v;
      });
    });
  }
}
