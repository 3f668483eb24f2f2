/**
 * Independent verification, the product's strongest test: every scored workbook is opened in
 * LibreOffice with forced recalculation, and every formula of the workings sheet must recompute to
 * the engine's value (±0.005), every check cell must say 一致, and the forms must differ from the
 * input only in the cells the product writes. LibreOffice never saw the engine's code, so agreement
 * means the formulas and the engine implement the same rules.
 *
 * Needs LibreOffice: runs in `npm run test:all`, which installs it, and fails (never skips) without
 * it. All files go through one soffice call.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  AUDIT_SHEET,
  CHECK_DIFFERENT,
  CHECK_OK,
  HUBEI_LEGACY,
  MOF2020,
  MOF2021,
  type Patch,
  type Profile,
  RECORD_SHEET,
  type SheetWrite,
  WORKINGS_COLUMNS,
  WORKINGS_HEADER_ROWS,
  WORKINGS_SHEET,
  YITIHUA_STRICT,
  a1,
  buildRunPatch,
  scoreWorkbook,
} from '../../src/engine';
import { applyPatch, openWorkbook, workbookSnapshot, writeWorkbookFile } from '../../src/xlsx/node';
import { buildForm } from '../../scripts/formBuilder';
import { EXAMPLE, FIXTURES } from '../helpers/workbooks';
import { requirePrograms } from '../helpers/programs';
import {
  formSheetDifferences,
  formulaCount,
  formulaMismatches,
  recalculate,
  shownValue,
} from '../helpers/recalc';

const NOW = '2024-03-01T08:00:00.000Z';
const OWNED = new Set([WORKINGS_SHEET, AUDIT_SHEET, RECORD_SHEET]);

interface Case {
  readonly name: string;
  readonly input: string;
  readonly profile: Profile;
  output: string;
  patch: Patch;
  workings: SheetWrite;
  recalculated: string;
}

/** A workbook built for this test whose indicators reach every branch of every formula. */
async function buildEdgeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const columns = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];
  const rows: [
    string,
    string,
    string,
    string | number,
    string | number,
    number,
    (number | null)?,
  ][] = [
    ['产出指标', '数量指标', '高于目标', '≥100个', '120个', 6],
    // 140% of the target: yitihua-strict's deviationPenalty (a ≥ 1.3 t) takes 2 points.
    ['产出指标', '数量指标', '远超目标', '≥100个', '140个', 6],
    ['产出指标', '数量指标', '未达目标（2021起评线以上）', '≥100个', '80个', 6],
    ['产出指标', '数量指标', '未达目标（2021起评线以下）', '≥100个', '50个', 6],
    ['产出指标', '数量指标', '目标为0', '≥0个', '3个', 4],
    ['产出指标', '质量指标', '越低越好达标', '≤5%', '4%', 6],
    ['产出指标', '质量指标', '越低越好超标', '≤5%', '8%', 6],
    ['产出指标', '质量指标', '越低目标为0', '≤0起', '2起', 4],
    ['产出指标', '质量指标', '区间内', '85%-95%', '90%', 6],
    ['产出指标', '质量指标', '区间下方', '85%-95%', '80%', 6],
    ['产出指标', '质量指标', '区间上方', '85%-95%', '99%', 6],
    ['产出指标', '时效指标', '完成时限', '2022年12月31日前', '2022年11月', 4],
    ['成本指标', '经济成本指标', '单位成本', '100万元', '125万元', 6],
    ['效益指标', '社会效益指标', '部分达成', '效果明显', '部分完成', 6],
    ['效益指标', '社会效益指标', '人工打分保留', '效果明显', '效果明显', 6, 5.5],
    ['效益指标', '社会效益指标', '单位不一致', '≥10个', '95%', 4],
    ['满意度指标', '服务对象满意度指标', '群众满意度（高档）', '≥90%', '92%', 4],
    ['满意度指标', '服务对象满意度指标', '群众满意度（中档）', '≥90%', '85%', 4],
    ['满意度指标', '服务对象满意度指标', '群众满意度（低档）', '≥90%', '70%', 4],
  ];
  buildForm(wb, {
    sheetName: "项目's支出绩效自评表",
    title: '项目支出绩效自评表',
    subtitle: '（2022年度）',
    fields: [
      ['项目名称', '公式分支核验项目'],
      ['实施单位', '测试单位'],
    ],
    budget: {
      label: '项目资金（万元）',
      columns: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      rows: [
        {
          label: '年度资金总额',
          values: { 年初预算数: 200, 全年预算数: 200, 全年执行数: 170, 分值: 10 },
        },
      ],
    },
    indicators: {
      columns,
      rows: rows.map(([l1, l2, name, t, a, w, s]) => ({
        一级指标: l1,
        二级指标: l2,
        三级指标: name,
        年度指标值: t,
        实际完成值: a,
        分值: w,
        得分: s ?? null,
      })),
      totalRow: { label: '总分', values: { 分值: 100, 得分: null } },
    },
  });
  await wb.xlsx.writeFile(file);
}

const cases: Case[] = [];
let sabotaged = '';
let sabotagedCell = '';
let seconds = 0;
const temporary: string[] = [];

afterAll(async () => {
  for (const d of temporary) await fs.rm(d, { recursive: true, force: true });
});

beforeAll(async () => {
  requirePrograms('soffice'); // before the building, so a missing LibreOffice fails at once
  const started = Date.now();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-recalc-in-'));
  temporary.push(dir);
  const edge = path.join(dir, 'edge.xlsx');
  await buildEdgeWorkbook(edge);
  const fixtures = (await fs.readdir(FIXTURES)).sort();
  const layouts = fixtures
    .filter((f) => /^layout\..+\.xlsx$/.test(f))
    .map((f) => path.join(FIXTURES, f));
  // Error fixtures add manual, changed and broken scores; the ones that are no readable form are skipped below.
  const errors = fixtures
    .filter((f) => /^error\..+\.xlsx$/.test(f))
    .map((f) => path.join(FIXTURES, f));
  // The fourth field: every owned sheet written straight into the file (src/xlsx/largeSheets.ts, the
  // way of a big form's sheets) instead of as exceljs cells; LibreOffice must read both the same.
  const inputs: [string, string, Profile, boolean?][] = [
    ['example', EXAMPLE, MOF2020],
    ['example', EXAMPLE, MOF2021],
    ['edge', edge, MOF2020],
    ['edge', edge, MOF2021],
    ['edge', edge, YITIHUA_STRICT],
    ['edge', edge, HUBEI_LEGACY],
    ['example', EXAMPLE, YITIHUA_STRICT],
    // Every layout under every catalogue profile: the §10 penalty and caps recompute too.
    ...layouts.flatMap((f): [string, string, Profile][] => [
      [path.basename(f), f, MOF2020],
      [path.basename(f), f, MOF2021],
      [path.basename(f), f, YITIHUA_STRICT],
    ]),
    ...errors.map((f): [string, string, Profile] => [path.basename(f), f, MOF2020]),
    ['example (direct)', EXAMPLE, MOF2020, true],
    ['edge (direct)', edge, MOF2020, true],
    ['edge (direct)', edge, YITIHUA_STRICT, true],
    ...layouts.map((f): [string, string, Profile, boolean] => [
      `${path.basename(f)} (direct)`,
      f,
      MOF2020,
      true,
    ]),
  ];
  for (const [i, [name, input, profile, direct]] of inputs.entries()) {
    let wb: ExcelJS.Workbook;
    try {
      wb = await openWorkbook(input);
    } catch {
      continue; // error.file_unreadable.xlsx: nothing to write
    }
    const snapshot = workbookSnapshot(wb);
    const result = scoreWorkbook(snapshot, profile);
    if (result.forms.length === 0) continue;
    const patch = buildRunPatch(result, snapshot, { now: NOW });
    applyPatch(wb, patch, direct ? { largeSheetCells: 0 } : {});
    const output = path.join(dir, `case${i}.xlsx`);
    await writeWorkbookFile(wb, output);
    const workings = patch.sheets.find((s) => s.name === WORKINGS_SHEET);
    if (!workings) throw new Error(`${name}: no workings sheet`);
    cases.push({
      name: `${name} · ${profile.id}`,
      input,
      profile,
      output,
      patch,
      workings,
      recalculated: '',
    });
  }

  // Sabotage: one score formula made wrong while its cached result still says the engine's value.
  // Only a real recalculation can notice, so this proves LibreOffice recomputed and the helper compares.
  const first = cases[0]!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first.output);
  const ws = wb.getWorksheet(WORKINGS_SHEET)!;
  const rowIndex = first.workings.rows.findIndex(
    (r, i) =>
      i >= WORKINGS_HEADER_ROWS &&
      typeof (r[WORKINGS_COLUMNS.score]?.value as { formula?: string } | null)?.formula ===
        'string' &&
      /J\d+>=H\d+/.test((r[WORKINGS_COLUMNS.score]!.value as { formula: string }).formula),
  );
  sabotagedCell = a1(rowIndex, WORKINGS_COLUMNS.score);
  const cell = ws.getCell(sabotagedCell);
  const v = cell.value as ExcelJS.CellFormulaValue;
  cell.value = { formula: `${v.formula}-1`, result: v.result };
  sabotaged = path.join(dir, 'sabotaged.xlsx');
  await wb.xlsx.writeFile(sabotaged);

  const outputs = await recalculate([...cases.map((c) => c.output), sabotaged]);
  temporary.push(path.dirname(path.dirname(outputs[0]!))); // the soffice profile and its output folder
  cases.forEach((c, i) => {
    c.recalculated = outputs[i]!;
  });
  sabotaged = outputs[outputs.length - 1]!;
  seconds = (Date.now() - started) / 1000;
}, 240_000);

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('LibreOffice recalculates the workings sheet to the engine’s values', () => {
  it('covers the example, the branch workbook and every layout fixture under both profiles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    expect(cases.some((c) => c.name.startsWith('layout.'))).toBe(true);
    expect(cases.some((c) => c.name.startsWith('error.'))).toBe(true);
    // The whole batch (scoring, writing, one soffice call) stays well under a minute.
    expect(seconds).toBeLessThan(120);
  });

  it('every formula recomputes to the engine’s value (±0.005) and every check says 一致', async () => {
    for (const c of cases) {
      const lo = (await readBook(c.recalculated)).getWorksheet(WORKINGS_SHEET);
      expect(lo).toBeDefined();
      expect({ case: c.name, mismatches: formulaMismatches(c.workings, lo!) }).toEqual({
        case: c.name,
        mismatches: [],
      });
      expect(formulaCount(c.workings)).toBeGreaterThan(
        c.workings.rows.length - WORKINGS_HEADER_ROWS,
      );
      const checks: unknown[] = [];
      for (let r = WORKINGS_HEADER_ROWS + 1; r <= lo!.rowCount; r++) {
        const v = shownValue(lo!.findCell(r, WORKINGS_COLUMNS.check + 1));
        if (v !== null && v !== '—') checks.push(v);
      }
      expect(checks.length).toBeGreaterThan(0);
      expect({ case: c.name, notOk: checks.filter((v) => v !== CHECK_OK) }).toEqual({
        case: c.name,
        notOk: [],
      });
    }
  }, 60_000);

  it('the forms differ from the input only in the cells the product writes', async () => {
    for (const c of cases) {
      const allowed = new Set(c.patch.cells.map((w) => `${w.sheet}!${w.address}`));
      const diffs = formSheetDifferences(
        await readBook(c.input),
        await readBook(c.output),
        allowed,
        OWNED,
      );
      expect({ case: c.name, diffs }).toEqual({ case: c.name, diffs: [] });
    }
  }, 60_000);

  it('sabotage: a changed value or style outside the written cells is reported', async () => {
    const c = cases[0]!;
    const allowed = new Set(c.patch.cells.map((w) => `${w.sheet}!${w.address}`));
    const output = await readBook(c.output);
    const ws = output.getWorksheet(c.patch.cells[0]!.sheet)!;
    ws.getCell('A1').value = '改过的标题';
    ws.getCell('B2').font = { bold: true };
    const diffs = formSheetDifferences(await readBook(c.input), output, allowed, OWNED).map(
      (d) => d.what,
    );
    // A1 and B2 are merge anchors: the change shows through every cell of their merges.
    expect(diffs).toEqual(
      expect.arrayContaining([expect.stringMatching(/^A1 value /), 'B2 style']),
    );
    expect(diffs.every((d) => /^[A-H][12] (value|style)/.test(d))).toBe(true);
  });

  it('the branch workbook reaches every formula kind under each profile', () => {
    const formulas = (c: Case): string =>
      c.workings.rows
        .flat()
        .map((x) =>
          x && typeof x.value === 'object' && x.value !== null && 'formula' in x.value
            ? x.value.formula
            : '',
        )
        .join('\n');
    const edge2020 = formulas(cases.find((c) => c.name === 'edge · mof2020')!);
    const edge2021 = formulas(cases.find((c) => c.name === 'edge · mof2021')!);
    for (const f of [edge2020, edge2021]) {
      expect(f).toMatch(/IF\(J\d+<=H\d+,L\d+,IF\(H\d+<=0,0,/); // lower
      expect(f).toMatch(/IF\(AND\(J\d+>=H\d+,J\d+<=I\d+\)/); // range
      expect(f).toMatch(/MIN\(1,J\d+\/H\d+\)/); // budget rate
      expect(f).toMatch(/ROUND\(SUM\(O\d+:O\d+\),2\)/); // total
      expect(f).toMatch(/HYPERLINK\("#'项目''s支出绩效自评表'!G\d+"/); // quoted name with an apostrophe
    }
    expect(edge2021).toMatch(/<0\.6,0,ROUND\(\(J\d+\/H\d+-0\.6\)\/0\.4\*L\d+,2\)/); // 2021 floor
    expect(edge2021).toMatch(/IF\(J\d+>=0\.9,ROUND\(L\d+,2\),IF\(J\d+>=0\.8,ROUND\(L\d+\*0\.8,2\)/); // satisfaction steps
    expect(edge2021).toMatch(/IF\(M\d+>=1,ROUND\(L\d+,2\),IF\(M\d+>=0\.8,ROUND\(L\d+\*0\.7,2\)/); // budget steps
    const strict = formulas(cases.find((c) => c.name === 'edge · yitihua-strict')!);
    expect(strict).toMatch(
      /ROUND\(MAX\(0,IF\(J\d+>=H\d+.*-IF\(H\d+>0,IF\(J\d+\/H\d+>=1\.3,2,0\),0\)\),2\)/,
    ); // penalty
  });

  it('a capped total is recomputed with its cap (SCORING.md §10 executionCaps)', () => {
    const c = cases.find(
      (x) => x.name === 'layout.executionCaps.yitihua-strict.xlsx · yitihua-strict',
    )!;
    const total = c.workings.rows.find((r) => r[WORKINGS_COLUMNS.item]?.value === '总分')!;
    const v = total[WORKINGS_COLUMNS.score]!.value as { formula: string; result: number };
    // 45% < 50%: MIN(59, sum) on the first branch; the engine's 59 is what LibreOffice recomputes.
    expect(v.formula).toMatch(/^IF\(J\d+\/H\d+<0\.5,MIN\(59,ROUND\(SUM\(O\d+:O\d+\),2\)\)/);
    expect(v.result).toBe(59);
  });

  it('sabotage: a wrong formula with the engine’s cached value is caught after recalculation', async () => {
    const first = cases[0]!;
    const lo = (await readBook(sabotaged)).getWorksheet(WORKINGS_SHEET)!;
    const mismatches = formulaMismatches(first.workings, lo).map((m) => m.address);
    const row = Number(/\d+$/.exec(sabotagedCell)![0]);
    const totalRow =
      first.workings.rows.findIndex((r) => r[WORKINGS_COLUMNS.item]?.value === '总分') + 1;
    const check = (r: number): string => a1(r - 1, WORKINGS_COLUMNS.check);
    // The score itself, its check, the total that sums it, and the total's check.
    expect(mismatches.sort()).toEqual(
      [sabotagedCell, check(row), a1(totalRow - 1, WORKINGS_COLUMNS.score), check(totalRow)].sort(),
    );
    expect(shownValue(lo.getCell(check(row)))).toBe(CHECK_DIFFERENT);
  });
});
