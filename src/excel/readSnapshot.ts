/**
 * Reading the workbook open in Excel as the engine's snapshot, with a bounded answer per sync:
 *
 * 1. the sheet list (names, visibility);
 * 2. per sheet its used range's size, the merged areas of each form, and the values of the used
 *    range's first band (rows 1–200, columns A–CV: every form there is fits);
 * 3. only for sheets larger than that band, the rest in row bands of at most BAND_CELLS cells,
 *    SYNC_CELLS cells per sync.
 *
 * So an ordinary workbook is read in 2 syncs. Excel on the web refuses an answer over 5 MB, and a
 * read of millions of cells may come back null: neither can happen to one sync here, and a null
 * grid is reported with the sheet's name instead of failing later. The workings sheet (评分计算,
 * rewritten by every run, read by nothing) is not loaded at all; the other sheets selfeval writes
 * are, because the engine keeps the audit log's old rows and protects a report a person edited.
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
import type { XlRange, XlRangeAreas, XlRequestContext, XlWorksheet } from './hostTypes';

const MERGE_LOAD =
  'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';
const GRID_LOAD = 'values,valueTypes,numberFormat,rowIndex,columnIndex';
/**
 * A form's grid also brings its formulas: a formula a person typed into 得分 is recorded before it
 * is replaced, or left alone when it gives the computed value (src/engine/write/audit.ts, patch.ts).
 * selfeval's own sheets are read for their values only, which keeps the answer small.
 */
const gridLoad = (sheet: string): string =>
  isOwnedSheetName(sheet) ? GRID_LOAD : `${GRID_LOAD},formulas`;

/** The first band read with the sizes: rows and columns from A1. */
export const FIRST_BAND = { rows: 200, cols: 100 } as const;
/** Cells per band of a large sheet, and per sync (about 3.5 MB of answer at ~35 bytes a cell). */
export const BAND_CELLS = 50_000;
export const SYNC_CELLS = 100_000;

/** A sheet as the read found it: its name and Excel's visibility (`Visible`, `Hidden`, `VeryHidden`). */
export interface SheetState {
  readonly name: string;
  readonly visibility: string;
}

/** What the read needs to know of the host. */
export interface ReadOptions {
  /** The host can list merged areas (ExcelApi 1.13). */
  readonly withMerges: boolean;
  /** Divides the band sizes (after Excel refused an answer as too large). */
  readonly shrink?: number;
}

/** A rectangle of cells, 0-based: top-left and size. */
interface Block {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

function mergesOf(areas: XlRangeAreas | null): MergeRange[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items.map((r) => ({
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  }));
}

/** The parts of `used` outside the first band, in row bands of at most `bandCells` cells. */
export function remainingBlocks(used: Block, first: Block, bandCells: number): Block[] {
  const parts: Block[] = [];
  const usedBottom = used.row + used.rows; // exclusive
  const usedRight = used.col + used.cols;
  const firstBottom = first.row + first.rows;
  const firstRight = first.col + first.cols;
  // Beside the first band (its rows, columns right of it), then below it (all used columns).
  if (usedRight > firstRight && used.row < firstBottom)
    parts.push({
      row: used.row,
      col: firstRight,
      rows: Math.min(usedBottom, firstBottom) - used.row,
      cols: usedRight - firstRight,
    });
  if (usedBottom > firstBottom)
    parts.push({
      row: Math.max(used.row, firstBottom),
      col: used.col,
      rows: usedBottom - Math.max(used.row, firstBottom),
      cols: used.cols,
    });
  const bands: Block[] = [];
  for (const p of parts) {
    const step = Math.max(1, Math.floor(bandCells / p.cols));
    for (let r = p.row; r < p.row + p.rows; r += step)
      bands.push({ ...p, row: r, rows: Math.min(step, p.row + p.rows - r) });
  }
  return bands;
}

/** Every loaded grid of one sheet folded into the engine's rows; rows end at their last value. */
function sheetFromGrids(
  name: string,
  hidden: boolean,
  grids: readonly XlRange[],
  merges: MergeRange[],
): SheetSnapshot {
  const cells: CellValue[][] = [];
  const numberFormats: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const withFormulas = !isOwnedSheetName(name);
  for (const g of grids) {
    if (g.isNullObject) continue;
    const values = g.values as unknown[][] | null;
    // Excel answers null instead of a grid it could not produce (reads of millions of cells).
    if (!Array.isArray(values)) throw tooLarge(name);
    const types = g.valueTypes;
    const formats = g.numberFormat;
    const texts = withFormulas ? g.formulas : null;
    for (let i = 0; i < values.length; i++) {
      const row = values[i] ?? [];
      const r = g.rowIndex + i;
      const out = (cells[r] ??= []);
      for (let j = 0; j < row.length; j++) {
        const c = g.columnIndex + j;
        const fmt = formats[i]?.[j];
        const format = typeof fmt === 'string' ? fmt : undefined;
        const v = plainFromExcel(row[j], types[i]?.[j], format);
        const formula = texts?.[i]?.[j];
        // Text stored as text (`=100%` in a target cell) reads back through `formulas` as itself:
        // only a text that differs from the cell's value is a formula.
        if (typeof formula === 'string' && formula.startsWith('=') && formula !== row[j])
          formulas[a1(r, c)] = formula.slice(1);
        if (v === null) continue;
        out[c] = v;
        if (format && format !== 'General') numberFormats[a1(r, c)] = format;
      }
    }
  }
  for (let r = 0; r < cells.length; r++) {
    const out = cells[r];
    if (!out) {
      cells[r] = [];
      continue;
    }
    for (let k = 0; k < out.length; k++) if (out[k] === undefined) out[k] = null;
  }
  while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
  return {
    name,
    cells,
    merges,
    numberFormats,
    ...(Object.keys(formulas).length > 0 ? { formulas } : {}),
    hidden,
  };
}

function tooLarge(sheet: string): PortError {
  return new PortError(
    'unreadable',
    `工作表“${sheet}”的内容过多，Excel 未能返回其单元格。请删除该表中不需要的行和列（或把数据移到另一个工作簿）后重试。`,
    sheet,
  );
}

/** Reads every sheet, with the record, and the sheets' order and visibility. */
export async function readSnapshot(
  context: XlRequestContext,
  options: ReadOptions,
): Promise<{ snapshot: WorkbookSnapshot; sheets: SheetState[] }> {
  const shrink = options.shrink ?? 1;
  const first: Block = {
    row: 0,
    col: 0,
    rows: Math.max(20, Math.floor(FIRST_BAND.rows / shrink)),
    cols: FIRST_BAND.cols,
  };
  const firstAddress = `A1:${a1(first.rows - 1, first.cols - 1)}`;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();

  const queueSheets = (merges: boolean) =>
    sheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      // Every sheet is read, 评分计算 included: a note a person added there must be seen, or the
      // next run would replace the sheet (src/engine/write/ownedSheets.ts keeps only what it can see).
      const band = used.getIntersectionOrNullObject(firstAddress);
      band.load(gridLoad(ws.name));
      let merged: XlRangeAreas | null = null;
      // selfeval's own sheets need no merges (only their values are read), and a long report
      // has one per paragraph: Excel refuses to list more than 512, failing the whole read.
      if (merges && !isOwnedSheetName(ws.name)) {
        merged = ws.getRange().getMergedAreasOrNullObject();
        merged.load(MERGE_LOAD);
      }
      return { ws, used, band, merged };
    });
  // Before ExcelApi 1.13 Excel cannot list merged areas; a merge's other cells then read as
  // empty, which the engine already handles for forms whose level columns are not merged.
  let parts = queueSheets(options.withMerges);
  try {
    await context.sync();
  } catch (err) {
    if (!options.withMerges || codeOf(err) !== 'GeneralException') throw err;
    // Excel refuses to list more than 512 merged areas of a sheet, failing the whole batch with
    // GeneralException — the code it also gives for a passing fault. Ask once more with merges:
    // a passing fault goes, and merges are kept. Only when the same refusal comes again is the
    // sheet read without merges (the engine then reads each merge from its anchor cell).
    parts = queueSheets(true);
    try {
      await context.sync();
    } catch (again) {
      if (codeOf(again) !== 'GeneralException') throw again;
      parts = queueSheets(false);
      await context.sync();
    }
  }

  // Sheets larger than the first band: the rest in row bands, a bounded number of cells a sync.
  const grids = new Map<string, XlRange[]>(parts.map((p) => [p.ws.name, [p.band]]));
  const pending: { ws: XlWorksheet; block: Block }[] = [];
  for (const p of parts) {
    if (p.used.isNullObject) continue;
    const used: Block = {
      row: p.used.rowIndex,
      col: p.used.columnIndex,
      rows: p.used.rowCount,
      cols: p.used.columnCount,
    };
    for (const block of remainingBlocks(used, first, Math.floor(BAND_CELLS / shrink)))
      pending.push({ ws: p.ws, block });
  }
  let inSync = 0;
  for (let i = 0; i < pending.length; i++) {
    const { ws, block } = pending[i]!;
    const range = ws.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
    range.load(gridLoad(ws.name));
    grids.get(ws.name)!.push(range);
    inSync += block.rows * block.cols;
    const next = pending[i + 1];
    if (!next || inSync + next.block.rows * next.block.cols > SYNC_CELLS / shrink) {
      await context.sync();
      inSync = 0;
    }
  }

  const snapshots = parts.map(({ ws, merged }) =>
    sheetFromGrids(
      ws.name,
      ws.visibility !== 'Visible',
      grids.get(ws.name) ?? [],
      mergesOf(merged),
    ),
  );
  return {
    snapshot: { sheets: snapshots, record: decodeRecord(snapshots) },
    sheets: sheets.items.map((ws) => ({ name: ws.name, visibility: ws.visibility })),
  };
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
