/**
 * Large owned sheets are written straight into the file (src/xlsx/largeSheets.ts) instead of as
 * exceljs cells. For every fixture and the example, each owned sheet written that way must give
 * the same workbook as exceljs writing its cells: the same snapshot in memory before writing, and
 * after writing and opening the file again the same values, formulas, styles (font, fill, border,
 * alignment, number format), row heights, merges, column widths, frozen panes, print areas, sheet
 * order and visibility.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { scoreRun } from '../src/engine';
import {
  applyPatch,
  loadXlsx,
  openWorkbook,
  workbookBytes,
  workbookSnapshot,
  writeWorkbookFile,
} from '../src/xlsx/node';
import { profileForFixture } from '../scripts/goldenReport';
import { EXAMPLE, FIXTURES } from './helpers/workbooks';

const NOW = '2023-03-01T00:00:00.000Z';
const FILES = [
  EXAMPLE,
  ...fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx') && !f.startsWith('error.file_unreadable'))
    .map((f) => path.join(FIXTURES, f)),
];

async function scored(file: string, largeSheetCells: number): Promise<ExcelJS.Workbook> {
  const wb = await openWorkbook(file);
  const run = scoreRun(workbookSnapshot(wb), { profile: profileForFixture(file), now: NOW });
  applyPatch(wb, run.patch, { largeSheetCells });
  return wb;
}

async function reopened(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await loadXlsx(again, await workbookBytes(wb));
  return again;
}

/** What a reader sees of one sheet besides its values: looks, sizes, merges, page. */
function looks(ws: ExcelJS.Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) heights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.value === null && Object.keys(cell.style).length === 0) return;
      cells[cell.address] = {
        value: cell.value,
        font: cell.font,
        fill: cell.fill,
        border: cell.border,
        alignment: cell.alignment,
        numFmt: cell.numFmt,
      };
    });
  });
  // exceljs types `columns` as always there; a sheet without any gives null.
  const widths = (ws.columns as ExcelJS.Column[] | null)?.map((c) => c.width);
  const merges = Object.keys((ws as unknown as { _merges: object })._merges).sort();
  return {
    name: ws.name,
    state: ws.state,
    views: ws.views,
    widths,
    heights,
    merges,
    printArea: ws.pageSetup.printArea,
    printTitlesRow: ws.pageSetup.printTitlesRow,
    orientation: ws.pageSetup.orientation,
    footer: (ws.headerFooter as ExcelJS.HeaderFooter | null)?.oddFooter,
    cells,
  };
}

describe('large owned sheets written straight into the file', () => {
  it.each(FILES.map((f) => [path.basename(f), f]))(
    '%s: the same workbook as exceljs cells',
    async (_name, file) => {
      const viaCells = await scored(file, Infinity);
      const direct = await scored(file, 0);
      // In memory, before writing: what a host reading the workbook again sees.
      expect(workbookSnapshot(direct)).toEqual(workbookSnapshot(viaCells));
      const a = await reopened(viaCells);
      const b = await reopened(direct);
      expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
      expect(workbookSnapshot(b)).toEqual(workbookSnapshot(a));
      expect(b.worksheets.map(looks)).toEqual(a.worksheets.map(looks));
      expect(b.definedNames.model).toEqual(a.definedNames.model);
    },
  );

  it('written to a file with the zlib of Node, the workbook opens the same as through exceljs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-large-'));
    try {
      const file = path.join(dir, 'out.xlsx');
      await writeWorkbookFile(await scored(EXAMPLE, 0), file);
      const viaCells = await reopened(await scored(EXAMPLE, Infinity));
      const back = await openWorkbook(file);
      expect(workbookSnapshot(back)).toEqual(workbookSnapshot(viaCells));
      expect(back.worksheets.map(looks)).toEqual(viaCells.worksheets.map(looks));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a workbook written twice is the same both times (the held cells stay held)', async () => {
    const wb = await scored(EXAMPLE, 0);
    const first = workbookSnapshot(await reopened(wb));
    expect(workbookSnapshot(await reopened(wb))).toEqual(first);
  });

  it('a sheet scored again replaces the held cells of the first run', async () => {
    const wb = await scored(EXAMPLE, 0);
    const again = scoreRun(workbookSnapshot(wb), { now: '2023-03-02T00:00:00.000Z' });
    applyPatch(wb, again.patch, { largeSheetCells: 0 });
    const back = workbookSnapshot(await reopened(wb));
    const audit = back.sheets.find((s) => s.name === '评分记录');
    expect(JSON.stringify(audit?.cells[0])).toContain('2023');
    expect(back.record?.writtenAt).toBe('2023-03-02T00:00:00.000Z');
  });
});
