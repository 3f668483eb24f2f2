/**
 * The WPS 表格 port against a counting fake of the ET object model filled from real .xlsx files:
 * the cross-adapter test (the WPS path writes exactly what the exceljs path writes, for every
 * layout fixture and the example), host calls per sheet that do not grow with the form, text that
 * stays text, the very hidden record, and the refusals (protection, errors) that change nothing.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type MergeRange,
  type Patch,
  type WorkbookSnapshot,
  MOF2020,
  RECORD_SHEET,
  buildRunPatch,
  parseA1,
  scoreWorkbook,
} from '../../src/engine';
import { isoDateToSerial } from '../../src/engine';
import { PortError } from '../../src/port/workbookPort';
import { createWpsPort } from '../../src/wps';
import type { ReadPath } from '../../src/wps';
import { parseSpreadsheetMl } from '../../src/wps/spreadsheetMl';
import { applyPatch, openWorkbook, workbookSnapshot } from '../../src/xlsx/node';
import { buildForm } from '../../scripts/formBuilder';
import { EXAMPLE_FORM } from '../../scripts/exampleForm';
import { EXAMPLE, FIXTURES } from '../helpers/workbooks';
import { FakeWps } from './fakeWps';

const NOW = { now: '2024-03-01T08:00:00.000Z' };

/** '' read as empty (WPS, like Excel, cannot tell a cell holding '' from an empty one). */
function withoutEmptyStrings(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...s,
    sheets: s.sheets.map((sh) => ({
      ...sh,
      merges: byPosition(sh.merges),
      // A format of a cell holding '' goes with it (the read keeps formats of values only).
      numberFormats: Object.fromEntries(
        Object.entries(sh.numberFormats ?? {}).filter(([addr]) => {
          const { row, col } = parseA1(addr);
          return sh.cells[row]?.[col] !== '';
        }),
      ),
      cells: sh.cells.map((row) => {
        const r = row.map((v) => (v === '' ? null : v));
        while (r.length > 0 && r[r.length - 1] === null) r.pop();
        return r;
      }),
    })),
  };
}

/** Merges in reading order (exceljs lists them in file order, SpreadsheetML by anchor). */
const byPosition = (ms: readonly MergeRange[]): MergeRange[] =>
  [...ms].sort((a, b) => a.top - b.top || a.left - b.left);

/** The snapshot with its merges in reading order. */
const sorted = (s: WorkbookSnapshot): WorkbookSnapshot => ({
  ...s,
  sheets: s.sheets.map((sh) => ({ ...sh, merges: byPosition(sh.merges) })),
});

/** An exceljs cell as the fake's plain data: formulas by their text, dates as serials, '' empty. */
function exceljsPlain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return isoDateToSerial(v.toISOString().slice(0, 10));
  if (typeof v === 'object') {
    if ('formula' in v) return { formula: v.formula };
    if ('error' in v) return { error: v.error };
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
  }
  return v;
}

/** One scoring run through the WPS port: read → score → patch → apply. */
async function scoringRun(
  fake: FakeWps,
): Promise<{ snapshot: WorkbookSnapshot; patch: Patch; path: ReadPath | null }> {
  let path: ReadPath | null = null;
  const port = createWpsPort({ app: fake.app, onReadPath: (p) => (path = p) });
  const snapshot = await port.read();
  const patch = buildRunPatch(scoreWorkbook(snapshot, MOF2020), snapshot, NOW);
  await port.apply(patch);
  return { snapshot, patch, path };
}

const layoutFixtures = fs
  .readdirSync(FIXTURES)
  .filter((f) => /^layout\..*\.xlsx$/.test(f))
  .map((f) => path.join(FIXTURES, f));

describe('createWpsPort: the WPS path writes exactly what the exceljs path writes', () => {
  it.each([...layoutFixtures, EXAMPLE].map((f) => [path.basename(f), f]))(
    '%s',
    async (_name, file) => {
      const wb = await openWorkbook(file);
      const fileSnapshot = workbookSnapshot(wb);
      const fake = FakeWps.fromSnapshot(fileSnapshot);
      const { snapshot, patch, path: readPath } = await scoringRun(fake);
      // Same read (values, number formats, merges) through Value2 and Value(11).
      expect(sorted(snapshot)).toEqual(withoutEmptyStrings(fileSnapshot));
      expect(readPath).toBe('xml');
      // Same patch, then the same cells written.
      const filePatch = buildRunPatch(scoreWorkbook(fileSnapshot, MOF2020), fileSnapshot, NOW);
      expect(patch).toEqual(filePatch);
      applyPatch(wb, filePatch);
      for (const w of patch.cells) {
        const want = exceljsPlain(wb.getWorksheet(w.sheet)!.getCell(w.address).value);
        expect([w.sheet, w.address, fake.plain(w.sheet, w.address)]).toEqual([
          w.sheet,
          w.address,
          want,
        ]);
      }
      for (const sw of patch.sheets) {
        const ws = wb.getWorksheet(sw.name)!;
        const seen = new Set<string>();
        ws.eachRow({ includeEmpty: false }, (row) =>
          row.eachCell({ includeEmpty: false }, (cell) => {
            seen.add(cell.address);
            // exceljs answers a merged area's anchor value for its other cells: compare anchors only.
            if (cell.master.address !== cell.address) return;
            expect([sw.name, cell.address, fake.plain(sw.name, cell.address)]).toEqual([
              sw.name,
              cell.address,
              exceljsPlain(cell.value),
            ]);
          }),
        );
        // And nothing more in the fake's sheet than in the exceljs one.
        for (const [k, c] of fake.sheet(sw.name).cells) {
          if (c.value === null && c.formula === undefined && c.error === undefined) continue;
          const [r, col] = k.split(',').map(Number) as [number, number];
          const address = ws.getCell(r + 1, col + 1).address;
          expect([sw.name, address, seen.has(address)]).toEqual([sw.name, address, true]);
        }
      }
      // The record is very hidden, and a second read finds the same record as the file.
      expect(fake.sheet(RECORD_SHEET).visible).toBe(2);
      const reread = await createWpsPort({ app: fake.app }).read();
      expect(reread.record).toEqual(workbookSnapshot(wb).record);
    },
  );
});

/** A workbook of one form with `n` indicator rows (the example's rows repeated). */
function formOf(n: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const base = EXAMPLE_FORM.indicators!;
  const rows = Array.from({ length: n }, (_, i) => base.rows[i % base.rows.length]!);
  buildForm(wb, { ...EXAMPLE_FORM, indicators: { ...base, rows } });
  return wb;
}

describe('createWpsPort: host calls', () => {
  it('reads a 40-row and a 4,000-row form in the same number of calls (9 per sheet)', async () => {
    const counts: number[] = [];
    for (const n of [40, 4000]) {
      const fake = FakeWps.fromSnapshot(workbookSnapshot(formOf(n)));
      await createWpsPort({ app: fake.app }).read();
      counts.push(fake.calls);
    }
    // ActiveWorkbook, Worksheets, Count, then per sheet: Item, Name, Visible, UsedRange, Row,
    // Column, Value2, Value(11), Formula (Rows/Columns are not needed: Value2's shape gives the size).
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(3 + 9);
  });

  it('writes the score cells of a 40-row and a 4,000-row form in the same number of calls', async () => {
    const formCalls: number[] = [];
    for (const n of [40, 4000]) {
      const fake = FakeWps.fromSnapshot(workbookSnapshot(formOf(n)));
      const port = createWpsPort({ app: fake.app });
      const snapshot = await port.read();
      const patch = buildRunPatch(scoreWorkbook(snapshot, MOF2020), snapshot, NOW);
      fake.byName.clear();
      await port.apply(patch);
      // Value2 is written only to the form (owned sheets go through Formula): one 2-D array per
      // contiguous block of score cells — the rate, the budget score, the 得分 column, the 总分.
      formCalls.push(fake.byName.get('Value2=') ?? 0);
      expect(fake.plain('部门整体支出绩效自评表', patch.cells.at(-1)!.address)).toBe(
        patch.cells.at(-1)!.value,
      );
    }
    expect(formCalls[0]).toBe(formCalls[1]);
    expect(formCalls[0]).toBeLessThanOrEqual(4);
  });
});

describe('createWpsPort: writing', () => {
  it('keeps text that starts with = + - @ as text, and writes formulas as formulas', async () => {
    const wb = await openWorkbook(EXAMPLE);
    const fake = FakeWps.fromSnapshot(workbookSnapshot(wb));
    const port = createWpsPort({ app: fake.app });
    await port.read();
    const texts = ['=SUM(A1)', '+86 电话', '-5%以内', '@某人'];
    await port.apply({
      cells: [],
      sheets: [
        {
          name: '评分说明',
          visibility: 'visible',
          rows: [
            texts.map((t) => ({ value: t })),
            [{ value: { formula: 'SUM(1,2)', result: 3 } }, { value: 12.5 }],
          ],
        },
      ],
    });
    texts.forEach((t, c) => expect(fake.plain('评分说明', `${'ABCD'[c]!}1`)).toBe(t));
    expect(fake.plain('评分说明', 'A2')).toEqual({ formula: 'SUM(1,2)' });
    expect(fake.plain('评分说明', 'B2')).toBe(12.5);
  });

  it('reads without SpreadsheetML (fallback): no merges, and still scores the example the same', async () => {
    const wb = await openWorkbook(EXAMPLE);
    const fileSnapshot = workbookSnapshot(wb);
    const fake = FakeWps.fromSnapshot(fileSnapshot);
    fake.xml = false;
    const { snapshot, path: readPath } = await scoringRun(fake);
    expect(readPath).toBe('fallback');
    expect(snapshot.sheets.every((s) => s.merges.length === 0)).toBe(true);
    const a = scoreWorkbook(snapshot, MOF2020);
    const b = scoreWorkbook(fileSnapshot, MOF2020);
    expect(a.forms.map((f) => f.total)).toEqual(b.forms.map((f) => f.total));
  });
});

describe('createWpsPort: protection and errors', () => {
  async function readyPort(setup: (fake: FakeWps, patch: Patch) => void) {
    const wb = await openWorkbook(EXAMPLE);
    const fake = FakeWps.fromSnapshot(workbookSnapshot(wb));
    const port = createWpsPort({ app: fake.app });
    const snapshot = await port.read();
    const patch = buildRunPatch(scoreWorkbook(snapshot, MOF2020), snapshot, NOW);
    setup(fake, patch);
    const before = JSON.stringify(fake.sheets.map((s) => [s.name, [...s.cells]]));
    return { fake, port, patch, before };
  }
  const unchanged = (fake: FakeWps, before: string) =>
    expect(JSON.stringify(fake.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);

  it('refuses a protected form with the shared Chinese message and writes nothing', async () => {
    const { fake, port, patch, before } = await readyPort((f) => {
      f.sheet('部门整体支出绩效自评表').protect = true;
    });
    const err = (await port.apply(patch).catch((e: unknown) => e)) as PortError;
    expect(err).toBeInstanceOf(PortError);
    expect(err.reason).toBe('protected');
    expect(err.message).toContain('工作表“部门整体支出绩效自评表”受保护，且要写入得分的单元格');
    expect(err.message).toContain('审阅 → 撤销工作表保护');
    unchanged(fake, before);
  });

  it('scores a protected form whose score cells are unlocked', async () => {
    const { fake, port, patch } = await readyPort((f, p) => {
      const s = f.sheet('部门整体支出绩效自评表');
      s.protect = true;
      for (const w of p.cells) {
        const { row, col } = parseA1(w.address);
        const cell = s.cells.get(`${row},${col}`) ?? { value: null };
        cell.locked = false;
        s.cells.set(`${row},${col}`, cell);
      }
    });
    await expect(port.apply(patch)).resolves.toBeUndefined();
    expect(fake.sheet(RECORD_SHEET).visible).toBe(2);
  });

  it('refuses to add its sheets under a protected workbook structure, changing nothing', async () => {
    const { fake, port, patch, before } = await readyPort((f) => {
      f.protectStructure = true;
    });
    const err = (await port.apply(patch).catch((e: unknown) => e)) as PortError;
    expect(err.reason).toBe('protected');
    expect(err.message).toContain('工作簿结构受保护');
    unchanged(fake, before);
  });

  it('turns what WPS throws into a PortError naming the step', async () => {
    const { fake, port, patch } = await readyPort((f) => {
      f.onCall = (name) => {
        if (name === 'Value2=') throw new Error('单元格正在编辑');
      };
    });
    const err = (await port.apply(patch).catch((e: unknown) => e)) as PortError;
    expect(err).toBeInstanceOf(PortError);
    expect(err.reason).toBe('busy');
    expect(err.message).toContain('WPS 表格正在编辑单元格');
    fake.onCall = () => undefined;
  });

  it('says when no workbook is open, and when a sheet is hidden for select', async () => {
    const none = createWpsPort({ app: { ActiveWorkbook: null } });
    await expect(none.read()).rejects.toThrow('未检测到打开的工作簿');
    const { fake, port, patch } = await readyPort(() => undefined);
    await port.apply(patch);
    await port.read();
    await expect(port.select(RECORD_SHEET, 'A1')).rejects.toThrow('已隐藏');
    fake.calls = 0;
    await port.select('部门整体支出绩效自评表', 'F12');
    expect(fake.calls).toBeLessThanOrEqual(6);
  });
});

describe('parseSpreadsheetMl', () => {
  it('reads named formats, merges across and down, indexes after a merge, and error cells', () => {
    const xml =
      '<Workbook><Styles><Style ss:ID="Default" ss:Name="Normal"/><Style ss:ID="s1"><NumberFormat ss:Format="Percent"/></Style>' +
      '<Style ss:ID="s2"><NumberFormat ss:Format="0.0&quot;分&quot;"/></Style></Styles>' +
      '<Worksheet><Table><Row><Cell ss:MergeAcross="2" ss:MergeDown="1"><Data ss:Type="String">a</Data></Cell>' +
      '<Cell ss:StyleID="s1"><Data ss:Type="Number">0.5</Data></Cell></Row>' +
      '<Row ss:Index="3"><Cell ss:Index="2" ss:StyleID="s2"><Data ss:Type="Error">#DIV/0!</Data></Cell></Row>' +
      '</Table></Worksheet></Workbook>';
    const x = parseSpreadsheetMl(xml)!;
    expect(x.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
    expect(x.formats.get('0,3')).toBe('0.00%');
    expect(x.formats.get('2,1')).toBe('0.0"分"');
    expect(x.errors.get('2,1')).toBe('#DIV/0!');
    expect(parseSpreadsheetMl(undefined)).toBeNull();
    expect(parseSpreadsheetMl('')).toBeNull();
  });
});
