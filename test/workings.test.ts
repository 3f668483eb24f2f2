/**
 * The workings sheet (评分计算), the audit record (评分记录) and check mode (checkDifferences): formula
 * text per method and profile, cached results equal to the scores, links and checks that point at
 * the form's cells, old values kept across runs, and exactly the wrong cells of a hand-scored form.
 * (test/recalc.test.ts has LibreOffice recompute the same formulas.)
 */
import ExcelJS from 'exceljs';
import {
  AUDIT_HEADERS,
  AUDIT_SHEET,
  type CellValue,
  type Formula,
  MOF2020,
  MOF2021,
  type Profile,
  type ScoreResult,
  type SheetCell,
  type SheetWrite,
  WORKINGS_COLUMNS as C,
  WORKINGS_HEADER_ROWS,
  WORKINGS_SHEET,
  auditSheet,
  buildRunPatch,
  checkDifferences,
  differenceLine,
  readForm,
  scoreCellWrites,
  scoreWorkbook,
  workingsSheet,
} from '../src/engine';
import { applyPatch, openWorkbook, workbookSnapshot } from '../src/xlsx/node';
import { EXAMPLE, sheet, workbook } from './helpers/workbooks';

const SHEET = '项目支出绩效自评表';
const NOW = '2024-03-01T08:00:00.000Z';
/** NOW as the reviewer sheets show it: Beijing time, UTC+8. */
const NOW_LOCAL = '2024-03-01 16:00';

type Ind = [string, string, string, CellValue, CellValue, number, CellValue?];

/** A small project form: a budget block, the given indicators, a 总分 row. Scores in column G. */
function form(
  indicators: Ind[],
  budget: [number, number, number] = [100, 100, 90],
  scores: { rate?: CellValue; budget?: CellValue; total?: CellValue } = {},
) {
  const [initial, full, executed] = budget;
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', initial, full, executed, 10, scores.rate ?? null, scores.budget ?? null],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ...indicators.map(([l1, l2, name, t, a, w, s]) => [l1, l2, name, t, a, w, s ?? null, '说明']),
    ['总分', null, null, null, null, 100, scores.total ?? null],
  ];
  return workbook(sheet(SHEET, rows));
}

const cellsOf = (ws: SheetWrite, i: number): readonly (SheetCell | null)[] =>
  ws.rows[WORKINGS_HEADER_ROWS + i]!;
const formulaOf = (c: SheetCell | null | undefined): Formula | null =>
  c && typeof c.value === 'object' && c.value !== null && 'formula' in c.value ? c.value : null;

function scored(
  indicators: Ind[],
  profile: Profile = MOF2020,
  budget?: [number, number, number],
): { result: ScoreResult; ws: SheetWrite } {
  const result = scoreWorkbook(form(indicators, budget), profile);
  return { result, ws: workingsSheet(result)! };
}

describe('workings sheet: formulas per method and profile', () => {
  const cases: { name: string; ind: Ind; profile: Profile; formula: string; score: number }[] = [
    {
      name: 'higher, proportional',
      profile: MOF2020,
      ind: ['产出指标', '数量指标', '培训人次', '≥100人次', '80人次', 10],
      score: 8,
      formula: 'IF(J4>=H4,L4,IF(OR(H4<=0,J4<=0),0,ROUND(J4/H4*L4,2)))',
    },
    {
      name: 'higher, 2021 floor',
      profile: MOF2021,
      ind: ['产出指标', '数量指标', '培训人次', '≥100人次', '80人次', 10],
      score: 5,
      formula: 'IF(J4>=H4,L4,IF(OR(H4<=0,J4<=0),0,IF(J4/H4<0.6,0,ROUND((J4/H4-0.6)/0.4*L4,2))))',
    },
    {
      name: 'lower',
      profile: MOF2020,
      ind: ['产出指标', '质量指标', '差错率', '≤5%', '8%', 10],
      score: 6.25,
      formula: 'IF(J4<=H4,L4,IF(H4<=0,0,ROUND(H4/J4*L4,2)))',
    },
    {
      name: 'lower, t = 0',
      profile: MOF2020,
      ind: ['产出指标', '质量指标', '安全事故', '≤0起', '2起', 10],
      score: 0,
      formula: 'IF(J4<=H4,L4,IF(H4<=0,0,ROUND(H4/J4*L4,2)))',
    },
    {
      name: 'higher, t = 0',
      profile: MOF2020,
      ind: ['产出指标', '数量指标', '新增数', '≥0个', '3个', 10],
      score: 10,
      formula: 'IF(J4>=H4,L4,IF(OR(H4<=0,J4<=0),0,ROUND(J4/H4*L4,2)))',
    },
    {
      name: 'range, below',
      profile: MOF2020,
      ind: ['产出指标', '质量指标', '达标率', '85%-95%', '80%', 10],
      score: 9.41,
      formula:
        'IF(AND(J4>=H4,J4<=I4),L4,IF(J4<H4,IF(OR(H4<=0,J4<=0),0,ROUND(J4/H4*L4,2)),IF(I4<=0,0,ROUND(I4/J4*L4,2))))',
    },
    {
      name: 'satisfaction steps (2021)',
      profile: MOF2021,
      ind: ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '85%', 10],
      score: 8,
      formula: 'IF(J4>=0.9,ROUND(L4,2),IF(J4>=0.8,ROUND(L4*0.8,2),IF(J4>=0.6,ROUND(L4*0.5,2),0)))',
    },
  ];
  it.each(cases)('$name', ({ ind, profile, formula, score }) => {
    const { result, ws } = scored([ind], profile);
    expect(result.forms[0]!.indicators[0]!.score).toBe(score);
    const f = formulaOf(cellsOf(ws, 1)[C.score]);
    expect(f).toEqual({ formula, result: score });
  });

  it('budget rate and score: proportional under mof2020, steps under mof2021', () => {
    const ind: Ind = ['产出指标', '数量指标', '培训人次', '≥100人次', '100人次', 90];
    const a = scored([ind], MOF2020, [100, 100, 85]).ws;
    expect(formulaOf(cellsOf(a, 0)[C.rate])).toEqual({ formula: 'MIN(1,J3/H3)', result: 0.85 });
    expect(formulaOf(cellsOf(a, 0)[C.score])).toEqual({
      formula: 'IF(M3<=0,0,ROUND(L3*M3,2))',
      result: 8.5,
    });
    const b = scored([ind], MOF2021, [100, 100, 85]).ws;
    expect(formulaOf(cellsOf(b, 0)[C.score])).toEqual({
      formula:
        'IF(M3<=0,0,IF(M3>=1,ROUND(L3,2),IF(M3>=0.8,ROUND(L3*0.7,2),IF(M3>=0.6,ROUND(L3*0.5,2),0))))',
      result: 7,
    });
  });

  it('judgement scores are values with their rule; the total is a SUM; links and checks point at the form', () => {
    const { result, ws } = scored([
      ['产出指标', '数量指标', '培训人次', '≥100人次', '80人次', 45],
      ['效益指标', '社会效益指标', '服务水平', '效果明显', '部分完成', 45],
    ]);
    const form = result.forms[0]!;
    const judged = cellsOf(ws, 2);
    expect(judged[C.score]!.value).toBe(form.indicators[1]!.score);
    expect(judged[C.band]!.value).toBe('B档');
    expect(judged[C.basis]!.value).toBe(form.indicators[1]!.basis);
    expect(formulaOf(judged[C.link])).toEqual({
      formula: `HYPERLINK("#'${SHEET}'!G6","${SHEET}!G6")`,
      result: `${SHEET}!G6`,
    });
    expect(formulaOf(judged[C.form])).toEqual({
      formula: `'${SHEET}'!G6`,
      result: form.indicators[1]!.score,
    });
    expect(formulaOf(judged[C.check])).toEqual({
      formula: `IF(ABS(O5-'${SHEET}'!G6)<0.005,"一致","不一致")`,
      result: '一致',
    });
    const total = cellsOf(ws, 3);
    expect(formulaOf(total[C.score])).toEqual({
      formula: 'ROUND(SUM(O3:O5),2)',
      result: form.total,
    });
    expect(formulaOf(total[C.check])!.formula).toBe(
      `IF(ABS(O6-'${SHEET}'!G7)<0.005,"一致","不一致")`,
    );
    // The budget row checks both of its cells.
    expect(formulaOf(cellsOf(ws, 0)[C.check])!.formula).toBe(
      `IF(AND(ABS(M3-'${SHEET}'!F3)<0.005,ABS(O3-'${SHEET}'!G3)<0.005),"一致","不一致")`,
    );
  });

  it('every cached result of the example equals the engine’s value, and no formula starts with =', async () => {
    const result = scoreWorkbook(workbookSnapshot(await openWorkbook(EXAMPLE)));
    const ws = workingsSheet(result)!;
    const form = result.forms[0]!;
    expect(ws.rows).toHaveLength(WORKINGS_HEADER_ROWS + 1 + form.indicators.length + 1);
    form.indicators.forEach((ind, i) => {
      const c = cellsOf(ws, i + 1)[C.score]!;
      expect(formulaOf(c)?.result ?? c.value).toBe(ind.score);
    });
    for (const c of ws.rows.flat())
      expect(formulaOf(c)?.formula.startsWith('=') ?? false).toBe(false);
    expect(ws.freeze).toEqual({ rows: WORKINGS_HEADER_ROWS, cols: 1 });
    expect(ws.after).toBe(form.model.sheet);
    // Printed for the reviewer: landscape, one page wide, the header row on every page.
    expect(ws.page).toMatchObject({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      repeatRows: { from: WORKINGS_HEADER_ROWS, to: WORKINGS_HEADER_ROWS },
    });
    // Plain words: one top line names the rules and version; no row repeats them, no jargon.
    const texts = ws.rows
      .slice(1)
      .flatMap((r) => r.map((c) => (typeof c?.value === 'string' ? c.value : '')));
    expect(texts.some((t) => /越高越好|越低越好|·/.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('0.1.0'))).toBe(false);
    const timed = workingsSheet(result, { now: '2026-12-01T07:44:00.000Z' })!;
    expect(timed.rows[0]![0]?.value).toEqual(
      expect.stringMatching(/绩效自评助手 \d+\.\d+\.\d+，2026-12-01 15:44生成。$/),
    );
  });

  it('is never read as a form, so re-scoring a scored workbook finds the same forms', () => {
    const { ws } = scored([['产出指标', '数量指标', '培训人次', '≥100人次', '80人次', 90]]);
    const plain = ws.rows.map((r) =>
      r.map((c) => {
        const v = c?.value ?? null;
        return typeof v === 'object' && v !== null && 'formula' in v ? (v.result ?? null) : v;
      }),
    );
    expect(readForm(sheet(WORKINGS_SHEET, plain))).toBeNull();
  });
});

describe('audit record (评分记录)', () => {
  it('keeps every changed cell with its old value, and appends on each run', async () => {
    const wb = await openWorkbook(EXAMPLE);
    // A person had typed a wrong score into 抽查审计社会组织's 得分 cell (G21).
    wb.getWorksheet('部门整体支出绩效自评表')!.getCell('G21').value = 2;
    const snap1 = workbookSnapshot(wb);
    const r1 = scoreWorkbook(snap1);
    applyPatch(wb, buildRunPatch(r1, snap1, { now: NOW }));
    const snap2 = workbookSnapshot(wb);
    const audit1 = snap2.sheets.find((s) => s.name === AUDIT_SHEET)!;
    // One line names the rules and the version; the header; then the rows, in local time (UTC+8).
    expect(audit1.cells[0]![0]).toEqual(
      expect.stringMatching(
        /^评分记录：.*评分规则 mof2020（财预〔2020〕10号.*），绩效自评助手 \d+\.\d+\.\d+。$/,
      ),
    );
    expect(audit1.cells[1]).toEqual([...AUDIT_HEADERS]);
    expect(AUDIT_HEADERS).not.toContain('引擎版本');
    const g21 = audit1.cells.find((r) => r[3] === 'G21')!;
    expect(g21).toEqual([
      NOW_LOCAL,
      'mof2020',
      '部门整体支出绩效自评表',
      'G21',
      '抽查审计社会组织 得分',
      2,
      1.9,
    ]);
    // Rate, budget score, 31 scores and the total: the form held none of them, so all 34 changed.
    expect(audit1.cells).toHaveLength(2 + 34);

    // A second run changes nothing and says so, below the first run's rows.
    const r2 = scoreWorkbook(snap2);
    const later = '2024-03-02T08:00:00.000Z'; // 16:00 in Beijing
    const sheet2 = auditSheet(r2, snap2, scoreCellWrites(r2), { now: later });
    expect(sheet2.rows).toHaveLength(2 + 34 + 1);
    expect(sheet2.rows[36]!.map((c) => c?.value)).toEqual([
      '2024-03-02 16:00',
      'mof2020',
      null,
      null,
      '本次评分未改动任何单元格',
      null,
      null,
      null,
    ]);
    expect(sheet2.rows[2]!.map((c) => c?.value).slice(0, 2)).toEqual([NOW_LOCAL, 'mof2020']);
    // Printed one page wide in landscape, the header row repeated on every page.
    expect(sheet2.page).toMatchObject({
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { from: 2, to: 2 },
    });
    // Another time zone when the host says so.
    const tokyo = auditSheet(r2, snap2, scoreCellWrites(r2), {
      now: later,
      timeZone: 'Asia/Tokyo',
    });
    expect(tokyo.rows[36]![0]?.value).toBe('2024-03-02 17:00');
  });

  it('reads the rows of the earlier layout (engine version in a column, ISO times) into the new one', () => {
    const old = {
      name: AUDIT_SHEET,
      merges: [],
      cells: [
        ['时间', '评分规则', '引擎版本', '工作表', '单元格', '项目', '原值', '新值'],
        ['2023-03-01T00:00:00.000Z', 'mof2020', '0.1.0', '表', 'G5', '培训人次 得分', 2, 1.9],
      ],
    };
    const snap = { sheets: [old], record: null };
    const result = scoreWorkbook(snap);
    const sheet = auditSheet(result, snap, [], { now: '2023-03-02T00:00:00.000Z' });
    expect(sheet.rows[2]!.map((c) => c?.value)).toEqual([
      '2023-03-01 08:00',
      'mof2020',
      '表',
      'G5',
      '培训人次 得分',
      2,
      1.9,
    ]);
  });
});

describe('check mode (checkDifferences)', () => {
  it('lists exactly the wrong cells of a hand-scored form', () => {
    const snap = form(
      [
        ['产出指标', '数量指标', '培训人次', '≥100人次', '80人次', 40, 8], // wrong: 32
        ['产出指标', '质量指标', '合格率', '≥95%', '96%', 30, '30分'], // right, written as text
        ['效益指标', '社会效益指标', '服务水平', '效果明显', '基本达到', 20, 15], // manual 15 inside band B [12,16): kept
      ],
      [100, 100, 90],
      { rate: '90%', budget: 9, total: 80 },
    );
    const result = scoreWorkbook(snap);
    const diffs = checkDifferences(result);
    expect(diffs.map((d) => [d.cell, d.current, d.expected, d.kind])).toEqual([
      ['G5', 8, 32, 'score'],
      ['G8', 80, 86, 'total'],
    ]);
    expect(diffs[0]!.rule).toBe(result.forms[0]!.indicators[0]!.basis);
    expect(differenceLine(diffs[0]!)).toBe(
      `${SHEET}!G5  当前 8，应为 32（${diffs[0]!.rule}）  培训人次`,
    );
  });

  it('compares the rate as a fraction, accepting 90%, 0.9 and 90 alike', () => {
    const ind: Ind[] = [['产出指标', '数量指标', '培训人次', '≥100人次', '100人次', 90, 90]];
    for (const rate of ['90%', 0.9, 90, '90.00%']) {
      expect(
        checkDifferences(scoreWorkbook(form(ind, [100, 100, 90], { rate, budget: 9, total: 99 }))),
      ).toEqual([]);
    }
    const wrong = checkDifferences(
      scoreWorkbook(form(ind, [100, 100, 90], { rate: '95%', budget: 9, total: 99 })),
    );
    expect(wrong.map((d) => [d.cell, d.kind, d.expected])).toEqual([['F3', 'rate', 0.9]]);
  });

  it('finds no difference in a workbook selfeval just scored, under either profile', async () => {
    for (const profile of [MOF2020, MOF2021]) {
      const wb = await openWorkbook(EXAMPLE);
      const snap = workbookSnapshot(wb);
      const before = scoreWorkbook(snap, profile);
      expect(checkDifferences(before).length).toBeGreaterThan(0);
      applyPatch(wb, buildRunPatch(before, snap, { now: NOW }));
      const buffer = await wb.xlsx.writeBuffer();
      const reread = new ExcelJS.Workbook();
      await reread.xlsx.load(buffer);
      const after = scoreWorkbook(workbookSnapshot(reread), profile);
      expect(after.forms.map((f) => f.model.sheet)).toEqual(before.forms.map((f) => f.model.sheet));
      expect(checkDifferences(after)).toEqual([]);
    }
  });
});
