/**
 * The Excel (Office.js) port against a counting fake of Excel filled from real .xlsx files: the
 * sync budget of a scoring run, the same scores as the exceljs path, text that stays text,
 * merge anchors, and the refusals (protected, cell-edit mode, timeout) that change nothing.
 */
import ExcelJS from 'exceljs';
import {
  AUDIT_HEADERS,
  AUDIT_SHEET,
  type Patch,
  type SheetWrite,
  type WorkbookSnapshot,
  MOF2020,
  RECORD_SHEET,
  WORKINGS_SHEET,
  buildRunPatch,
  parseA1,
  scoreWorkbook,
} from '../../src/engine';
import { CHUNK_BYTES, createExcelPort, detectHost } from '../../src/excel';
import { CHUNK_CALLS, UNDO_GROUPED_NOTE, UNDO_NONE_NOTE } from '../../src/excel/excelPort';
import { footerParts } from '../../src/excel/writeUnits';
import { PortError } from '../../src/port/workbookPort';
import { applyPatch, openWorkbook, workbookSnapshot } from '../../src/xlsx/node';
import { buildForm } from '../../scripts/formBuilder';
import { EXAMPLE_FORM } from '../../scripts/exampleForm';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE, FIXTURES, snapshotOfFile } from '../helpers/workbooks';
import { FakeExcel } from './fakeExcel';

const NOW = { now: '2024-03-01T08:00:00.000Z' };
const allSets = (): boolean => true;

async function exampleWorkbook(): Promise<ExcelJS.Workbook> {
  return openWorkbook(EXAMPLE);
}

/** A workbook with ten copies of the example form, built as the fixtures are. */
function tenForms(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= 10; i++) buildForm(wb, { ...EXAMPLE_FORM, sheetName: `表${i}` });
  return wb;
}

/**
 * The exceljs snapshot with '' read as empty: Excel reports an empty cell as '', so the Excel port
 * cannot tell a cell holding '' from an empty one (the engine treats both as blank).
 */
function withoutEmptyStrings(s: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = s.sheets.map((sh) => {
    const cells = sh.cells.map((row) => {
      const r = row.map((v) => (v === '' ? null : v));
      while (r.length > 0 && r[r.length - 1] === null) r.pop();
      return r;
    });
    return { ...sh, cells };
  });
  return { ...s, sheets };
}

/** One scoring run through the Excel port: read → score → patch → apply. */
async function scoringRun(
  excel: FakeExcel,
  options: Parameters<typeof createExcelPort>[0] = {},
): Promise<{ snapshot: WorkbookSnapshot; patch: Patch }> {
  const port = createExcelPort({ excel: excel.run, isSetSupported: allSets, ...options });
  const snapshot = await port.read();
  const patch = buildRunPatch(scoreWorkbook(snapshot, MOF2020), snapshot, NOW);
  await port.apply(patch);
  return { snapshot, patch };
}

describe('createExcelPort: read', () => {
  it('reads the example exactly as the exceljs adapter does (values, formats, merges)', async () => {
    const expected = workbookSnapshot(await exampleWorkbook());
    const excel = FakeExcel.fromSnapshot(expected);
    const snapshot = await createExcelPort({ excel: excel.run, isSetSupported: allSets }).read();
    expect(snapshot).toEqual(withoutEmptyStrings(expected));
    expect(excel.syncs).toBe(2);
  });

  it('turns date serials with a date format into dates, error strings into errors, empty strings into null', async () => {
    const excel = FakeExcel.fromSnapshot({
      sheets: [
        {
          name: 'S',
          cells: [[{ date: '2022-12-31' }, { error: '#N/A' }, 'x', 45000]],
          merges: [],
          numberFormats: { A1: 'yyyy"年"m"月"d"日"' },
        },
      ],
      record: null,
    });
    const snapshot = await createExcelPort({ excel: excel.run, isSetSupported: allSets }).read();
    expect(snapshot.sheets[0]?.cells).toEqual([
      [{ date: '2022-12-31' }, { error: '#N/A' }, 'x', 45000],
    ]);
  });

  it('without ExcelApi 1.13 reads no merges and still scores the example the same', async () => {
    const expected = workbookSnapshot(await exampleWorkbook());
    const excel = FakeExcel.fromSnapshot(expected);
    const snapshot = await createExcelPort({
      excel: excel.run,
      isSetSupported: (_n, v) => v !== '1.13',
    }).read();
    expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(scoreWorkbook(snapshot).forms[0]?.total).toBe(scoreWorkbook(expected).forms[0]?.total);
  });

  it('reads a form with more than 512 merged areas once more without merges, and still scores it', async () => {
    const wb = await exampleWorkbook();
    const ws = wb.getWorksheet('部门整体支出绩效自评表')!;
    for (let r = 60; r < 660; r++) ws.mergeCells(r, 12, r, 13); // 600 merges beside the form
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(wb));
    const snapshot = await createExcelPort({ excel: excel.run, isSetSupported: allSets }).read();
    // The list, the refused batch, the same batch once more (a passing fault would go), then without merges.
    expect(excel.syncs).toBe(4);
    expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(scoreWorkbook(snapshot, MOF2020).forms[0]!.total).toBe(99.62);
  });

  it('does not list merged areas of its own sheets (a long report has one per paragraph)', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await scoringRun(excel);
    expect(excel.sheet('自评报告')!.merges.length).toBeGreaterThan(0);
    const again = await createExcelPort({ excel: excel.run, isSetSupported: allSets }).read();
    expect(again.sheets.find((s) => s.name === '自评报告')!.merges).toEqual([]);
    expect(
      again.sheets.find((s) => s.name === '部门整体支出绩效自评表')!.merges.length,
    ).toBeGreaterThan(0);
  });

  it('an unloaded property throws before sync, as in Excel', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await expect(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        return sheets.items.length; // read before sync
      }),
    ).rejects.toThrow(/PropertyNotLoaded: The property 'items' is not available/);
  });
});

describe('createExcelPort: a scoring run', () => {
  it('uses 4 syncs on the example and writes the same score cells as the exceljs path', async () => {
    const wb = await exampleWorkbook();
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(wb));
    const { patch } = await scoringRun(excel);
    expect(excel.syncs).toBe(4);

    // The exceljs path on the same file.
    const fileSnapshot = workbookSnapshot(wb);
    const filePatch = buildRunPatch(scoreWorkbook(fileSnapshot, MOF2020), fileSnapshot, NOW);
    expect(patch).toEqual(filePatch);
    applyPatch(wb, filePatch);
    const after = workbookSnapshot(wb);
    for (const w of patch.cells) {
      const ws = wb.getWorksheet(w.sheet)!;
      expect(excel.cell(w.sheet, w.address)?.value).toBe(ws.getCell(w.address).value);
      if (w.numberFormat) expect(excel.cell(w.sheet, w.address)?.numberFormat).toBe(w.numberFormat);
    }
    // Both hosts now hold the same forms and record (very hidden in both). Owned sheets hold the
    // same values too, except formula cells: the fake does not calculate.
    const reread = await createExcelPort({ excel: excel.run, isSetSupported: allSets }).read();
    const expected = withoutEmptyStrings(after);
    expect(reread.sheets.map((s) => s.name).sort()).toEqual(
      expected.sheets.map((s) => s.name).sort(),
    );
    for (const sheet of reread.sheets) {
      const want = expected.sheets.find((s) => s.name === sheet.name)!;
      expect(sheet.hidden).toBe(want.hidden);
      const fake = excel.sheet(sheet.name)!;
      want.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (fake.cell(r, c)?.formula) return;
          expect([sheet.name, r, c, sheet.cells[r]?.[c] ?? null]).toEqual([sheet.name, r, c, v]);
        }),
      );
    }
    expect(reread.record).toEqual(after.record);
    expect(excel.sheet(RECORD_SHEET)?.visibility).toBe('VeryHidden');
    expect(reread.record?.profile).toBe(MOF2020.id);
  });

  it('uses the same 4 syncs for a workbook of ten forms', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(tenForms()));
    const { patch } = await scoringRun(excel);
    expect(new Set(patch.cells.map((c) => c.sheet)).size).toBe(10);
    expect(excel.syncs).toBe(4);
  });

  it('recognises a score a person typed over the written one as a manual score', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const { patch } = await scoringRun(excel);
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const again = scoreWorkbook(await port.read());
    expect(again.findings.filter((f) => f.code === 'score_changed')).toEqual([]);

    // A person types 0.5 over a quantitative indicator's score the add-in wrote.
    const form = again.forms[0]!;
    const target = form.indicators.find(
      (i) => i.cell && i.method !== 'qualitative' && i.band === null && i.score > 0.5,
    )!;
    excel.cell(form.model.sheet, target.cell!)!.value = 0.5;
    const third = scoreWorkbook(await port.read());
    const changed = third.findings.filter((f) => f.code === 'score_changed');
    expect(changed.map((f) => f.cell)).toEqual([target.cell]);
    expect(patch.cells.some((c) => c.address === target.cell)).toBe(true);
  });
});

/** An owned sheet for write tests. */
function ownedSheet(rows: SheetWrite['rows'], extra: Partial<SheetWrite> = {}): SheetWrite {
  return { name: '评分报告', visibility: 'visible', rows, ...extra };
}

describe('createExcelPort: writing', () => {
  it('keeps text that starts with = + - @ as text in an owned sheet, and writes formulas as formulas', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    await port.read();
    const texts = [
      '=SUM(A1:A3)',
      '+86 123',
      '-不适用',
      '@所有人',
      "'引号",
      '001',
      'TRUE',
      '#N/A 说明',
      '优',
    ];
    await port.apply({
      cells: [],
      sheets: [
        ownedSheet(
          [
            texts.map((value) => ({ value })),
            [
              { value: { formula: 'SUM(1,2)' } },
              { value: { date: '2022-12-31' } },
              { value: { error: '#N/A' } },
            ],
          ],
          {
            after: '部门整体支出绩效自评表',
            freeze: { rows: 1, cols: 0 },
            columnWidths: [10],
            page: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
          },
        ),
      ],
    });
    const sheet = excel.sheet('评分报告')!;
    texts.forEach((t, c) => {
      const cell = sheet.cell(0, c);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(t);
    });
    expect(sheet.cell(1, 0)?.formula).toBe('=SUM(1,2)');
    expect(sheet.cell(1, 1)).toMatchObject({ value: 44926, numberFormat: 'yyyy-mm-dd' });
    expect(sheet.cell(1, 2)?.value).toEqual({ error: '#N/A' });
    const order = excel.sheets.map((s) => s.name);
    expect(order.indexOf('评分报告')).toBe(order.indexOf('部门整体支出绩效自评表') + 1);
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(sheet.columnWidths.get(0)).toBe(56.25); // 10 characters → 75 px → 56.25 pt
    expect(sheet.page).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    // Read back, the text is exactly what was written.
    const back = (await port.read()).sheets.find((s) => s.name === '评分报告')!;
    expect(back.cells[0]).toEqual(texts);
  });

  it('needs nothing kept from the read: the engine addresses every form cell by its merge anchor', async () => {
    // Every fixture and the example: no score cell the engine writes lies inside a merged area
    // unless it is that area's top-left cell, so the adapter writes the patch's cells as they are.
    const files = [
      EXAMPLE,
      ...fs
        .readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.xlsx') && !f.includes('unreadable'))
        .map((f) => path.join(FIXTURES, f)),
    ];
    // And the example with its 得分 cells merged with the column beside them (G:H on each
    // indicator row without an explanation, and on the 总分 row), as some provinces' forms do.
    const mergedScores = await exampleWorkbook();
    const ws = mergedScores.getWorksheet('部门整体支出绩效自评表')!;
    for (let r = 11; r <= 42; r++) if (!ws.getCell(r, 8).value) ws.mergeCells(r, 7, r, 8);
    const snapshots = [
      workbookSnapshot(mergedScores),
      ...(await Promise.all(files.map((f) => snapshotOfFile(f)))),
    ];
    let merged = 0;
    for (const [i, snapshot] of snapshots.entries()) {
      const file = i === 0 ? 'merged-scores' : files[i - 1]!;
      const patch = buildRunPatch(scoreWorkbook(snapshot, MOF2020), snapshot, NOW);
      for (const w of patch.cells) {
        const { row, col } = parseA1(w.address);
        const sheet = snapshot.sheets.find((s) => s.name === w.sheet)!;
        const m = sheet.merges.find(
          (mr) => row >= mr.top && row <= mr.bottom && col >= mr.left && col <= mr.right,
        );
        if (!m) continue;
        merged++;
        expect([path.basename(file), w.address]).toEqual([
          path.basename(file),
          `${String.fromCharCode(65 + m.left)}${m.top + 1}`,
        ]);
      }
    }
    expect(merged).toBeGreaterThan(0); // the forms do merge score cells (e.g. the 总分 row)
  });

  it('writes the patch with a port that never read (no merge cache), at the merge anchors', async () => {
    const wb = await exampleWorkbook();
    const snapshot = workbookSnapshot(wb);
    const excel = FakeExcel.fromSnapshot(snapshot);
    const patch = buildRunPatch(scoreWorkbook(snapshot, MOF2020), snapshot, NOW);
    // The fake refuses a value written into a covered cell of a merged area.
    await createExcelPort({ excel: excel.run, isSetSupported: allSets }).apply(patch);
    const total = patch.cells.at(-1)!;
    expect(excel.cell(total.sheet, total.address)?.value).toBe(99.62);
  });

  it('refuses a protected sheet with a Chinese message and writes nothing', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const snapshot = await port.read();
    const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
    excel.sheet('部门整体支出绩效自评表')!.protected = true;
    const before = excel.dump();
    const err = await port.apply(patch).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect(err).toMatchObject({ reason: 'protected', sheet: '部门整体支出绩效自评表' });
    expect((err as PortError).message).toMatch(
      /工作表“部门整体支出绩效自评表”受保护，且要写入得分的单元格 G5 已锁定.*审阅 → 撤销工作表保护/,
    );
    expect(excel.dump()).toBe(before);
    expect(excel.syncs).toBe(4); // read 2, then the check syncs only (sheets, then the cells' locks)
  });

  it('scores a protected form whose score cells are unlocked, keeping the rate cell format unless formatting is allowed', async () => {
    for (const allowFormatCells of [false, true]) {
      const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
      const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
      const snapshot = await port.read();
      const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
      const form = excel.sheet('部门整体支出绩效自评表')!;
      for (const w of patch.cells)
        form.cell(parseA1(w.address).row, parseA1(w.address).col, true)!.locked = false;
      form.protected = true;
      form.allowFormatCells = allowFormatCells;
      await port.apply(patch);
      const total = patch.cells.at(-1)!;
      expect(excel.cell(total.sheet, total.address)?.value).toBe(99.62);
      expect(excel.cell('部门整体支出绩效自评表', 'G5')?.value).toBe(1);
      expect([allowFormatCells, excel.cell('部门整体支出绩效自评表', 'G5')?.numberFormat]).toEqual([
        allowFormatCells,
        allowFormatCells ? '0.00%' : 'General',
      ]);
      // Anything else on the sheet stays refused.
      expect(form.protected).toBe(true);
    }
  });

  it('refuses to add a sheet to a workbook whose structure is protected', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    excel.structureProtected = true;
    const before = excel.dump();
    await expect(scoringRun(excel)).rejects.toMatchObject({
      reason: 'protected',
      message: expect.stringMatching(/工作簿结构受保护/),
    });
    expect(excel.dump()).toBe(before);
  });

  it('refuses a second run under a protected workbook structure before clearing anything', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await scoringRun(excel);
    excel.structureProtected = true;
    const before = excel.dump();
    await expect(scoringRun(excel)).rejects.toMatchObject({
      reason: 'protected',
      message: expect.stringMatching(/工作簿结构受保护.*未作任何修改/),
    });
    expect(excel.dump()).toBe(before);
  });

  it('scores again over its own sheets without unfreezing the very hidden record', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await scoringRun(excel);
    expect(excel.sheet(RECORD_SHEET)?.visibility).toBe('VeryHidden');
    const { snapshot } = await scoringRun(excel);
    expect(snapshot.record?.profile).toBe(MOF2020.id);
    const reread = await createExcelPort({ excel: excel.run, isSetSupported: allSets }).read();
    // The audit grows by this run's rows, so its fingerprint is new; everything else is as before.
    const withoutAudit = (r: typeof reread.record) => ({
      ...r,
      fingerprints: { ...r?.fingerprints, 评分记录: undefined },
    });
    expect(withoutAudit(reread.record)).toEqual(withoutAudit(snapshot.record));
    expect(Object.keys(reread.record?.fingerprints ?? {}).some((n) => n.includes('('))).toBe(false);
  });

  it('a write that fails in the last sync leaves the old record whole, never emptied', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const first = await scoringRun(excel);
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const recordBefore = (await port.read()).record;
    expect(Object.keys(recordBefore?.values ?? {}).length).toBe(first.patch.cells.length);
    // The second run's write to the total cell fails, after some score cells were written.
    const form = '部门整体支出绩效自评表';
    const snapshot = await port.read();
    const patch = buildRunPatch(scoreWorkbook(snapshot, MOF2020), snapshot, {
      now: '2023-03-02T00:00:00.000Z',
    });
    const total = patch.cells.filter((c) => c.sheet === form).at(-1)!.address;
    excel.sheet(form)!.failWriteAt = total;
    await expect(port.apply(patch)).rejects.toBeInstanceOf(PortError);
    expect((await port.read()).record).toEqual(recordBefore);
  });

  it('reports cell-edit mode as busy', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    excel.cellEditMode = true;
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    await expect(port.read()).rejects.toMatchObject({
      reason: 'busy',
      message: expect.stringMatching(/请先完成单元格编辑（按 Enter 或 Esc）再试/),
    });
  });

  it('reports a sync that never answers as a timeout, and writes nothing', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets, timeoutMs: 30 });
    const snapshot = await port.read();
    const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
    const before = excel.dump();
    excel.hangSyncs = true;
    await expect(port.apply(patch)).rejects.toMatchObject({
      reason: 'timeout',
      message: expect.stringMatching(/没有响应.*请稍后重试/),
    });
    expect(excel.dump()).toBe(before);
  });

  it('chunks a 60,000-cell owned sheet into syncs of about 1 MB, with a bounded number of syncs', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const snapshot = await port.read();
    const run = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
    const rows = Array.from({ length: 6000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => ({
        value: `第${r + 1}行第${c + 1}列：按财政部绩效自评规则计算的说明文字`,
      })),
    );
    const patch: Patch = { cells: run.cells, sheets: [ownedSheet(rows), ...run.sheets] };
    const payload = new TextEncoder().encode(JSON.stringify(rows)).length;
    expect(payload).toBeGreaterThan(5_000_000);
    await port.apply(patch);
    const applySyncs = excel.syncLog.slice(2);
    // One check sync, then one per chunk: here ⌈payload / CHUNK_BYTES⌉ + 1 write syncs at most.
    expect(CHUNK_BYTES).toBe(1_000_000);
    expect(applySyncs.length).toBeGreaterThan(2);
    expect(applySyncs.length).toBeLessThanOrEqual(1 + Math.ceil(payload / CHUNK_BYTES) + 1);
    for (const s of applySyncs) expect(s.bytes).toBeLessThan(CHUNK_BYTES * 1.1);
    expect(excel.sheet('评分报告')!.cell(5999, 9)?.value).toBe(
      '第6000行第10列：按财政部绩效自评规则计算的说明文字',
    );
    // The form cells and the record went out together in the last sync.
    const last = excel.syncLog[excel.syncLog.length - 1]!;
    expect(last.ops).toBeGreaterThan(run.cells.length);
  });

  it('gives the report sheet its A4 page, print area and page-number footer (ExcelApi 1.9)', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await scoringRun(excel);
    const page = excel.sheet('自评报告')!.page;
    expect(page).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      centerFooter: '第 &P 页，共 &N 页',
    });
    expect(String(page.printArea)).toMatch(/^A1:/);
  });

  it('footerParts splits a footer code into the parts Office.js sets', () => {
    expect(footerParts('&C第 &P 页')).toEqual({ left: '', center: '第 &P 页', right: '' });
    expect(footerParts('&L左&R第 &P 页')).toEqual({ left: '左', center: '', right: '第 &P 页' });
    expect(footerParts('第 &P 页')).toEqual({ left: '', center: '第 &P 页', right: '' });
  });

  it('says a hidden sheet must be shown before a finding on it can be selected', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    excel.sheet('填报说明')!.visibility = 'Hidden';
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    await port.read();
    await expect(port.select('填报说明', 'A1')).rejects.toMatchObject({
      sheet: '填报说明',
      message: expect.stringMatching(/已隐藏.*取消隐藏/),
    });
  });

  it('select activates the sheet and selects the cell in one sync', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await createExcelPort({ excel: excel.run }).select('部门整体支出绩效自评表', 'H12');
    expect(excel.selection).toEqual({ sheet: '部门整体支出绩效自评表', address: 'H12' });
    expect(excel.syncs).toBe(1);
  });
});

describe('detectHost', () => {
  it('is excel only inside Excel with the Excel API present', () => {
    const run = (): void => undefined;
    expect(detectHost({ host: 'Excel' }, { Excel: { run } })).toBe('excel');
    expect(detectHost({ host: null }, { Excel: { run } })).toBe('browser');
    expect(detectHost(null, { Office: { context: { host: 'Excel' } }, Excel: { run } })).toBe(
      'excel',
    );
    expect(detectHost({ host: 'Excel' }, {})).toBe('browser');
    expect(detectHost(undefined, {})).toBe('browser');
  });
});

describe('sync budget, measured', () => {
  it('logs what each sync of a ten-form run carried (read 2, apply 2)', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(tenForms()));
    await scoringRun(excel);
    expect(excel.syncLog).toHaveLength(4);
    // Each sync stays under the chunk limit by the fake's own count (100 bytes a call plus its data).
    for (const s of excel.syncLog) expect(s.bytes).toBeLessThan(CHUNK_BYTES);
  });
});

describe('undo (issue #14 item 1)', () => {
  /** ExcelApi up to 1.19: no undo groups. */
  const before120 = (_n: string, v: string): boolean => Number(v.split('.')[1]) < 20;

  it('sets no sheet visibility or position when they do not change (each clears the undo stack on desktop)', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await scoringRun(excel, { isSetSupported: before120 });
    expect(excel.undoClears).toBeGreaterThan(0); // the first run adds, places and hides its sheets
    const clears = excel.undoClears;
    excel.syncLog.length = 0;
    await scoringRun(excel, { isSetSupported: before120 });
    expect(excel.undoClears - clears).toBe(0);
    expect(excel.syncs).toBe(4);
    expect(excel.sheet(RECORD_SHEET)?.visibility).toBe('VeryHidden');
    const order = excel.sheets.map((s) => s.name);
    expect(order.indexOf('自评报告')).toBeGreaterThan(order.indexOf('部门整体支出绩效自评表'));
  });

  it('with ExcelApi 1.20 writes a later run as one undo group, and says once what Ctrl+Z does', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const once = async (): Promise<readonly string[]> => {
      const snapshot = await port.read();
      const outcome = await port.apply(buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW));
      return outcome ? outcome.notes : [];
    };
    // The first run adds its sheets, which Excel cannot group: written without the group.
    expect(await once()).toEqual([UNDO_NONE_NOTE]);
    expect(excel.runOptions.map((o) => o.mergeUndoGroup ?? false)).toEqual([false, false]);
    excel.syncLog.length = 0;
    expect(await once()).toEqual([UNDO_GROUPED_NOTE]);
    expect(excel.runOptions.at(-1)).toEqual({ mergeUndoGroup: true });
    expect(excel.syncs).toBe(4);
    expect(await once()).toEqual([]); // each note is said once
    expect(UNDO_NONE_NOTE).toMatch(/Ctrl\+Z.*评分记录/);
  });

  it('writes without the group when Excel answers UndoNotSupported, with the same result', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    await scoringRun(excel);
    const snapshot = await port.read();
    // Between the read and the write a person hides the report: showing it again cannot be grouped.
    excel.sheet('自评报告')!.visibility = 'Hidden';
    const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
    const outcome = await port.apply(patch);
    expect(excel.runOptions.slice(-2).map((o) => o.mergeUndoGroup ?? false)).toEqual([true, false]);
    expect(outcome?.notes).toEqual([UNDO_NONE_NOTE]);
    expect(excel.sheet('自评报告')!.visibility).toBe('Visible');
    const total = patch.cells.at(-1)!;
    expect(excel.cell(total.sheet, total.address)?.value).toBe(99.62);
    expect((await port.read()).record?.profile).toBe(MOF2020.id);
  });
});

describe('reading without a size limit (issue #14 items 2 and 3)', () => {
  it('reads a workbook whose answer passes 5 MB in row bands, each sync answering under the limit', async () => {
    const wb = await exampleWorkbook();
    const data = wb.addWorksheet('明细');
    for (let r = 1; r <= 30_000; r++)
      data.addRow([
        r,
        `第${r}笔支出`,
        '民政局机关本级',
        '社会救助',
        1234.5,
        '2022-06-30',
        '已支付',
        '备注',
      ]);
    const expected = workbookSnapshot(wb);
    const excel = FakeExcel.fromSnapshot(expected);
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const snapshot = await port.read();
    const total = excel.syncLog.reduce((n, s) => n + s.response, 0);
    expect(total).toBeGreaterThan(5_000_000); // one sync would have been refused
    for (const s of excel.syncLog) expect(s.response).toBeLessThan(5_000_000);
    expect(excel.syncs).toBeGreaterThan(2);
    expect(snapshot).toEqual(withoutEmptyStrings(expected));
    expect(scoreWorkbook(snapshot, MOF2020).forms[0]!.total).toBe(99.62);
  });

  it('reads an ordinary workbook in 2 syncs still, its own workings sheet included', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await scoringRun(excel);
    const before = excel.syncLog.length;
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const again = await port.read();
    expect(excel.syncLog.length - before).toBe(2);
    // 评分计算 is read like any sheet, so a person's note in it is seen (and kept) by the next run.
    expect(again.sheets.find((s) => s.name === WORKINGS_SHEET)!.cells.length).toBeGreaterThan(10);
    // What the engine reads back of its own sheets is still there: the record and the audit log.
    expect(again.record?.profile).toBe(MOF2020.id);
    expect(again.sheets.find((s) => s.name === '评分记录')!.cells.length).toBeGreaterThan(1);
  });

  it('keeps a note a person typed into 评分计算: the next run writes its own sheet beside it', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    await scoringRun(excel);
    const note = '复核意见：第12行请再核对';
    excel
      .sheet(WORKINGS_SHEET)!
      .cells.set('0,12', { value: note, numberFormat: 'General', format: {} });
    const { patch } = await scoringRun(excel);
    expect(excel.sheet(WORKINGS_SHEET)!.cells.get('0,12')?.value).toBe(note);
    expect(excel.sheet(`${WORKINGS_SHEET}(2)`)).toBeTruthy();
    expect(patch.notes?.some((n) => n.includes(WORKINGS_SHEET))).toBe(true);
  });

  it('reads the formulas of form sheets: an equal one stays live, a replaced one is kept in 评分记录', async () => {
    // error.actual_missing.xlsx (test/formulasKept.test.ts has the figures): 执行率 G5 = 100/100 = 1,
    // 预算执行得分 H5 = 10, G12 = 15. G5 and G12 hold formulas giving those values; H5 gives 9.
    const wb = await openWorkbook(path.join(FIXTURES, 'error.actual_missing.xlsx'));
    const ws = wb.worksheets[0]!;
    ws.getCell('G5').value = { formula: 'E5/D5', result: 1 };
    ws.getCell('G12').value = { formula: 'G11', result: 15 };
    ws.getCell('H5').value = { formula: 'F5*0.9', result: 9 };
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(wb));
    const { snapshot } = await scoringRun(excel);
    expect(snapshot.sheets[0]!.formulas).toEqual({ G5: 'E5/D5', G12: 'G11', H5: 'F5*0.9' });
    const form = excel.sheet(ws.name)!;
    expect(form.cell(4, 6)?.formula).toBe('=E5/D5');
    expect(form.cell(11, 6)?.formula).toBe('=G11');
    expect([form.cell(4, 7)?.value, form.cell(4, 7)?.formula]).toEqual([10, undefined]);
    const audit = excel.sheet(AUDIT_SHEET)!;
    const formulaCol = AUDIT_HEADERS.indexOf('原公式');
    const kept = [...audit.cells.entries()].filter(
      ([key, c]) => key.endsWith(`,${formulaCol}`) && c.value === '=F5*0.9',
    );
    expect(kept).toHaveLength(1);
  });

  it('reports a grid Excel answers as null with the sheet name, not a TypeError', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    excel.nullGridCells = 100; // the form's grid (43 × 8) comes back null
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    await expect(port.read()).rejects.toMatchObject({
      reason: 'unreadable',
      sheet: '部门整体支出绩效自评表',
      message: expect.stringMatching(/工作表“部门整体支出绩效自评表”的内容过多.*重试/),
    });
  });

  it('keeps merges through a passing GeneralException: the read is asked once more with them', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    excel.failSyncs.set(2, 'GeneralException');
    const snapshot = await createExcelPort({ excel: excel.run, isSetSupported: allSets }).read();
    expect(excel.syncs).toBe(3);
    const form = snapshot.sheets.find((s) => s.name === '部门整体支出绩效自评表')!;
    expect(form.merges.length).toBeGreaterThan(10);
  });

  it('does not drop merges for any other refusal: the error is reported', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    excel.failSyncs.set(2, 'InactiveWorkbook');
    await expect(
      createExcelPort({ excel: excel.run, isSetSupported: allSets }).read(),
    ).rejects.toMatchObject({
      reason: 'busy',
      message: expect.stringMatching(/InactiveWorkbook.*重试/),
    });
  });
});

describe('Excel errors in Chinese, with a retry that works (issue #14 item 4)', () => {
  it.each([
    ['GeneralException', /Excel 内部出错.*GeneralException.*重试/],
    ['InactiveWorkbook', /另一个 Excel 工作簿.*InactiveWorkbook.*单击本工作簿.*重试/],
    ['UndoNotSupported', /撤销.*UndoNotSupported.*重试/],
    ['OperationCellsExceedLimit', /单元格超出.*OperationCellsExceedLimit.*更小的批次.*重试/],
  ])(
    '%s during 一键评分: a Chinese message, nothing lost, and 重试 completes',
    async (code, text) => {
      const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
      const port = createExcelPort({ excel: excel.run, isSetSupported: (_n, v) => v !== '1.20' });
      const snapshot = await port.read();
      const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
      excel.failSyncs.set(excel.syncs + 2, code); // the apply's write sync
      const before = excel.dump();
      const err = await port.apply(patch).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PortError);
      expect(err).toMatchObject({ reason: 'busy', code, message: expect.stringMatching(text) });
      expect(excel.dump()).toBe(before);
      // 重试 in the pane runs read → score → apply again.
      const again = await port.read();
      await port.apply(buildRunPatch(scoreWorkbook(again), again, NOW));
      const total = patch.cells.at(-1)!;
      expect(excel.cell(total.sheet, total.address)?.value).toBe(99.62);
    },
  );

  it('after a size refusal the retry sends smaller batches', async () => {
    const big = (): Patch => ({
      cells: [],
      sheets: [
        ownedSheet(
          Array.from({ length: 3000 }, (_, r) =>
            Array.from({ length: 10 }, (_, c) => ({ value: `第${r + 1}行第${c + 1}列的说明` })),
          ),
        ),
      ],
    });
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    await port.read();
    const first = excel.syncs;
    excel.failSyncs.set(first + 2, 'RequestPayloadSizeLimitExceeded');
    await expect(port.apply(big())).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    const second = excel.syncs;
    await port.apply(big());
    const sizes = excel.syncLog.slice(second + 1).map((s) => s.bytes);
    expect(Math.max(...sizes)).toBeLessThan(CHUNK_BYTES / 3);
    expect(excel.sheet('评分报告')!.cell(2999, 9)?.value).toBe('第3000行第10列的说明');
  });
});

describe('ExcelApi 1.7 hosts: Office 2019 volume licence (issue #14 item 5)', () => {
  const only17 = (_n: string, v: string): boolean => Number(v.split('.')[1]) <= 7;

  it('scores ten forms on a 1.7-only host in syncs bounded by calls and bytes', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(tenForms()));
    excel.apiLevel = 7; // getRanges, page layout and merged-area lists are missing and throw
    const { patch } = await scoringRun(excel, { isSetSupported: only17 });
    for (const s of excel.syncLog) {
      expect(s.ops).toBeLessThanOrEqual(CHUNK_CALLS);
      expect(s.bytes).toBeLessThan(CHUNK_BYTES);
    }
    // read 2, check 1, and a few write syncs (the old code queued 34,899 calls in one).
    expect(excel.syncs).toBeLessThanOrEqual(8);
    for (const w of patch.cells) expect(excel.cell(w.sheet, w.address)?.value).toBe(w.value);
    const reread = await createExcelPort({ excel: excel.run, isSetSupported: only17 }).read();
    expect(reread.record?.profile).toBe(MOF2020.id);
    const report = reread.sheets.find((s) => s.name === '自评报告')!;
    expect(report.cells.flat().filter((v) => typeof v === 'string').length).toBeGreaterThan(10);
    // A styled table is styled by rectangles: its bordered cells all got their borders.
    const fake = excel.sheet('自评报告')!;
    const bordered = [...fake.cells.values()].filter((c) => c.format['borders.EdgeTop.style']);
    expect(bordered.length).toBeGreaterThan(0);
  });
});

describe('a change between read and write (issue #14 item 6)', () => {
  it('refuses, writing nothing, when a co-author inserted a row in the form after the read', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await exampleWorkbook()));
    const port = createExcelPort({ excel: excel.run, isSetSupported: allSets });
    const snapshot = await port.read();
    const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
    excel.sheet('部门整体支出绩效自评表')!.insertRow(20); // inside the indicator table
    const before = excel.dump();
    const syncs = excel.syncs;
    await expect(port.apply(patch)).rejects.toMatchObject({
      reason: 'changed',
      sheet: '部门整体支出绩效自评表',
      message: expect.stringMatching(
        /工作表“部门整体支出绩效自评表”在读取后被改动：单元格 C41 读取时为“群众对殡葬基础设施的满意度”.*工作簿未作任何修改.*重试/,
      ),
    });
    expect(excel.dump()).toBe(before);
    expect(excel.syncs - syncs).toBe(1); // found in the check sync, before any write
    // 重试 reads again and scores the moved form where it now is.
    const again = await port.read();
    await port.apply(buildRunPatch(scoreWorkbook(again), again, NOW));
    expect(excel.cell('部门整体支出绩效自评表', 'G43')?.value).toBe(99.62);
  });

  it('the anchors are the first and last indicator names and the 分值 of the budget and 总分 rows', async () => {
    const snapshot = workbookSnapshot(await exampleWorkbook());
    const patch = buildRunPatch(scoreWorkbook(snapshot), snapshot, NOW);
    expect(patch.anchors).toEqual([
      { sheet: '部门整体支出绩效自评表', address: 'C11', value: '城乡低保保障人数' },
      { sheet: '部门整体支出绩效自评表', address: 'C41', value: '群众对殡葬基础设施的满意度' },
      { sheet: '部门整体支出绩效自评表', address: 'F5', value: 10 },
      { sheet: '部门整体支出绩效自评表', address: 'F42', value: 100 },
    ]);
  });
});
