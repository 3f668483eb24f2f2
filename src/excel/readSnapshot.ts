/**
 * Reading the workbook open in Excel as the engine's snapshot: 2 syncs (the sheet list; then every
 * sheet's used range and merged areas at once), 3 when a form has too many merged areas to list.
 */
import {
  type CellValue,
  type MergeRange,
  type SheetSnapshot,
  type WorkbookSnapshot,
  a1,
  decodeRecord,
  isOwnedSheetName,
} from '../engine';
import { PortError } from '../port/workbookPort';
import { plainFromExcel } from './cellValues';
import type { XlRange, XlRangeAreas, XlRequestContext } from './hostTypes';

const MERGE_LOAD =
  'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

function mergesOf(areas: XlRangeAreas | null): MergeRange[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items.map((r) => ({
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  }));
}

/** One sheet as the engine's snapshot, from its loaded used range; rows end at their last value, as the exceljs adapter does. */
function sheetFromRange(
  name: string,
  hidden: boolean,
  used: XlRange,
  merges: MergeRange[],
): SheetSnapshot {
  const cells: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  if (!used.isNullObject) {
    const values = used.values;
    const types = used.valueTypes;
    const formats = used.numberFormat;
    for (let i = 0; i < values.length; i++) {
      const row = values[i] ?? [];
      const r = used.rowIndex + i;
      const out: CellValue[] = [];
      for (let j = 0; j < row.length; j++) {
        const c = used.columnIndex + j;
        const fmt = formats[i]?.[j];
        const format = typeof fmt === 'string' ? fmt : undefined;
        const v = plainFromExcel(row[j], types[i]?.[j], format);
        if (v === null) continue;
        out[c] = v;
        if (format && format !== 'General') numberFormats[a1(r, c)] = format;
      }
      for (let k = 0; k < out.length; k++) if (out[k] === undefined) out[k] = null;
      if (out.length > 0) cells[r] = out;
    }
  }
  for (let k = 0; k < cells.length; k++) if (cells[k] === undefined) cells[k] = [];
  return { name, cells, merges, numberFormats, hidden };
}

/** Reads every sheet, with the record; `withMerges` says the host can list merged areas (ExcelApi 1.13). */
export async function readSnapshot(
  context: XlRequestContext,
  withMerges: boolean,
): Promise<WorkbookSnapshot> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  // Before ExcelApi 1.13 Excel cannot list merged areas; a merge's other cells then read as
  // empty, which the engine already handles for forms whose level columns are not merged.
  const queueSheets = (merges: boolean) =>
    sheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values,valueTypes,numberFormat,rowIndex,columnIndex');
      let merged: XlRangeAreas | null = null;
      // selfeval's own sheets need no merges (only their values are read), and a long report
      // has one per paragraph: Excel refuses to list more than 512, failing the whole read.
      if (merges && !isOwnedSheetName(ws.name)) {
        merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load(MERGE_LOAD);
      }
      return { ws, used, merged };
    });
  let parts = queueSheets(withMerges);
  try {
    await context.sync();
  } catch (err) {
    // A form with more than 512 merged areas makes Excel refuse the list, and with it the
    // whole batch: read once more without merges (one more sync, only in that case).
    if (!withMerges || err instanceof PortError) throw err;
    parts = queueSheets(false);
    await context.sync();
  }
  const snapshots = parts.map(({ ws, used, merged }) =>
    sheetFromRange(ws.name, String(ws.visibility) !== 'Visible', used, mergesOf(merged)),
  );
  return { sheets: snapshots, record: decodeRecord(snapshots) };
}
