/**
 * Invariants of the engine, checked with fast-check on generated in-memory forms (DESIGN.md
 * conventions; SCORING.md §3, §6, §7): 0 ≤ score ≤ weight under both official profiles, the total
 * is the sum of the parts, a better actual never lowers a score, row order changes nothing, and no
 * score carries more than 2 decimals; and (SCORING.md §11) a note row anywhere, a header synonym, a
 * hidden sheet or the form pasted twice on one sheet never changes a total silently.
 */
import fc from 'fast-check';
import Big from 'big.js';
import {
  type CellValue,
  MOF2020,
  MOF2021,
  type Profile,
  type ScoredForm,
  type SheetSnapshot,
  scoreWorkbook,
} from '../src/engine';
import { sheet, workbook } from './helpers/workbooks';

const PROFILES: readonly Profile[] = [MOF2020, MOF2021];

/** One indicator row of a generated form. */
interface GenRow {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: CellValue;
  readonly actual: CellValue;
  readonly weight: CellValue;
  readonly score: CellValue;
  readonly explanation: CellValue;
}

/** The budget row of a generated form. */
interface GenBudget {
  readonly budget: CellValue;
  readonly executed: CellValue;
  readonly weight: CellValue;
  readonly score: CellValue;
}

const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/** A minimal project form: title, budget block, indicator block and a 总分 row. */
function formSheet(
  rows: readonly GenRow[],
  budget: GenBudget | null,
  name = '项目支出绩效自评表',
): SheetSnapshot {
  const cells: CellValue[][] = [['2022年度项目支出绩效自评表']];
  if (budget) {
    cells.push([
      '年度预算执行情况（万元）',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    cells.push([
      '年度资金总额',
      budget.budget,
      budget.budget,
      budget.executed,
      budget.weight,
      null,
      budget.score,
    ]);
    cells.push([]);
  }
  cells.push(HEADER);
  for (const r of rows)
    cells.push([r.level1, r.level2, r.name, r.target, r.actual, r.weight, r.score, r.explanation]);
  cells.push(['总分', null, null, null, null, null, null, null]);
  return sheet(name, cells);
}

function scoreOne(rows: readonly GenRow[], budget: GenBudget | null, profile: Profile): ScoredForm {
  const result = scoreWorkbook(workbook(formSheet(rows, budget)), profile);
  const form = result.forms[0];
  if (!form) throw new Error('the generated sheet was not recognised as a form');
  return form;
}

// ---- generators -------------------------------------------------------------------------

/** A decimal with at most `dp` places in [min, max] (as integers scaled, so the text is exact). */
const decimal = (min: number, max: number, dp: number): fc.Arbitrary<number> =>
  fc
    .integer({ min: min * 10 ** dp, max: max * 10 ** dp })
    .map((n) => Number(new Big(n).div(10 ** dp).toString()));

const percentText = decimal(0, 150, 1).map((p) => `${p}%`);
const countText = decimal(0, 5000, 1);

const targetArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('≥', '>', '不低于', '达到', '≤', '<', '不超过', '=', ''),
      decimal(0, 100, 1),
    )
    .map(([op, p]) => `${op}${p}%`),
  fc
    .tuple(fc.constantFrom('≥', '≤', ''), countText, fc.constantFrom('个', '人次', '户', ''))
    .map(([op, n, u]) => `${op}${n}${u}`),
  fc.tuple(decimal(0, 50, 0), decimal(50, 100, 0)).map(([lo, hi]) => `${lo}%-${hi}%`),
  fc.constantFrom(
    '应保尽保',
    '不低于上年',
    '效果明显',
    '2022年12月31日前',
    '12月底前',
    '年底前',
    '',
    '—',
  ),
  decimal(0, 1, 2),
);

const actualArb: fc.Arbitrary<CellValue> = fc.oneof(
  percentText,
  fc.tuple(countText, fc.constantFrom('个', '人次', '户', '')).map(([n, u]) => `${n}${u}`),
  decimal(-5, 5000, 2),
  fc.constantFrom(
    '应保尽保',
    '部分完成',
    '基本完成',
    '未完成',
    '已完成',
    '上调至780元/月',
    '按时完成',
    '延期',
    '2022年11月30日',
    '2023年3月1日',
    '大于90%',
    '',
    null,
  ),
  fc.constant<CellValue>({ error: '#N/A' }),
);

const weightArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 9, arbitrary: decimal(0, 30, 2) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '十分', { error: '#DIV/0!' }) },
);

const manualArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<CellValue>(null) },
  { weight: 2, arbitrary: decimal(-1, 40, 3) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>('优', '—') },
);

const LEVELS: readonly (readonly [string, string])[] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['成本指标', '经济成本指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

const rowArb = (i: number): fc.Arbitrary<GenRow> =>
  fc
    .record({
      levels: fc.constantFrom(...LEVELS),
      target: targetArb,
      actual: actualArb,
      weight: weightArb,
      score: manualArb,
      explanation: fc.constantFrom<CellValue>(null, '已说明'),
    })
    .map((r) => ({
      level1: r.levels[0],
      level2: r.levels[1],
      name: `第${i + 1}项服务`,
      target: r.target,
      actual: r.actual,
      weight: r.weight,
      score: r.score,
      explanation: r.explanation,
    }));

const rowsArb: fc.Arbitrary<GenRow[]> = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(i))));

const budgetArb: fc.Arbitrary<GenBudget | null> = fc.option(
  fc.record({
    budget: fc.oneof(
      { weight: 9, arbitrary: decimal(0, 20000, 2) },
      { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '待定') },
    ),
    executed: decimal(-10, 30000, 2),
    weight: fc.oneof(decimal(0, 20, 1), fc.constant<CellValue>(null)),
    score: manualArb,
  }),
  { nil: null },
);

const profileArb = fc.constantFrom(...PROFILES);

// ---- helpers ---------------------------------------------------------------------------

function decimals(x: number): number {
  const [, frac = ''] = new Big(x).toString().split('.');
  return frac.length;
}

const baseRow = (target: CellValue, actual: CellValue, extra: Partial<GenRow> = {}): GenRow => ({
  level1: '产出指标',
  level2: '数量指标',
  name: '救助人数',
  target,
  actual,
  weight: 10,
  score: null,
  explanation: null,
  ...extra,
});

function scoreOf(row: GenRow, profile: Profile): number {
  return scoreOne([row], null, profile).indicators[0]!.score;
}

// ---- properties ------------------------------------------------------------------------

describe('properties', () => {
  it('0 ≤ score ≤ weight for every indicator and the budget, under mof2020 and mof2021', () => {
    fc.assert(
      fc.property(rowsArb, budgetArb, profileArb, (rows, budget, profile) => {
        const form = scoreOne(rows, budget, profile);
        expect(form.indicators).toHaveLength(rows.length);
        for (const i of form.indicators) {
          expect(i.score).toBeGreaterThanOrEqual(0);
          expect(i.score).toBeLessThanOrEqual(i.weight ?? 0);
        }
        if (form.budget) {
          expect(form.budget.score).toBeGreaterThanOrEqual(0);
          expect(form.budget.score).toBeLessThanOrEqual(form.budget.weight);
        }
      }),
    );
  });

  it('no score has more than 2 decimals, and the total neither', () => {
    fc.assert(
      fc.property(rowsArb, budgetArb, profileArb, (rows, budget, profile) => {
        const form = scoreOne(rows, budget, profile);
        for (const i of form.indicators) expect(decimals(i.score)).toBeLessThanOrEqual(2);
        if (form.budget) expect(decimals(form.budget.score)).toBeLessThanOrEqual(2);
        expect(decimals(form.total)).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('total = budget score + Σ indicator scores, exactly (rounded to 2 decimals)', () => {
    fc.assert(
      fc.property(rowsArb, budgetArb, profileArb, (rows, budget, profile) => {
        const form = scoreOne(rows, budget, profile);
        let sum = new Big(form.budget?.score ?? 0);
        for (const i of form.indicators) sum = sum.plus(i.score);
        expect(form.total).toBe(sum.round(2, Big.roundHalfUp).toNumber());
      }),
    );
  });

  it('shuffling the indicator rows changes no indicator’s score, no finding and not the total', () => {
    const withOrder = rowsArb.chain((rows) =>
      fc.tuple(
        fc.constant(rows),
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
      ),
    );
    fc.assert(
      fc.property(withOrder, budgetArb, profileArb, ([rows, shuffled], budget, profile) => {
        const run = (r: readonly GenRow[]) =>
          scoreWorkbook(workbook(formSheet(r, budget)), profile);
        const ra = run(rows);
        const rb = run(shuffled);
        const a = ra.forms[0]!;
        const b = rb.forms[0]!;
        const byName = (f: ScoredForm) =>
          new Map(f.indicators.map((i) => [i.name, [i.score, i.method, i.band]] as const));
        expect(byName(b)).toEqual(byName(a));
        expect(b.total).toBe(a.total);
        expect(b.grade).toBe(a.grade);
        // Cells move with their rows, so findings are compared by code and indicator.
        const codes = (fs: typeof ra.findings) =>
          fs.map((f) => `${f.code}|${f.indicator ?? ''}`).sort();
        expect(codes(rb.findings)).toEqual(codes(ra.findings));
      }),
    );
  });

  describe('a better actual never lowers a score', () => {
    /** Two numbers, the first no larger than the second. */
    const pair: fc.Arbitrary<readonly [number, number]> = fc
      .tuple(decimal(0, 2000, 1), decimal(0, 2000, 1))
      .map(([x, y]): readonly [number, number] => (x <= y ? [x, y] : [y, x]));

    it('higher is better: increasing the actual', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('≥', '>', '=', '不低于', ''),
          decimal(0, 1000, 1),
          pair,
          fc.constantFrom('%', '人', ''),
          profileArb,
          (op, t, [a1, a2], unit, profile) => {
            const target = `${op}${t}${unit}`;
            const low = scoreOf(baseRow(target, `${a1}${unit}`), profile);
            const high = scoreOf(baseRow(target, `${a2}${unit}`), profile);
            expect(high).toBeGreaterThanOrEqual(low);
          },
        ),
      );
    });

    it('lower is better (≤ <, and bare costs): decreasing the actual', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('≤', '<', '不超过', ''),
          decimal(0, 1000, 1),
          pair,
          profileArb,
          (op, t, [a1, a2], profile) => {
            const extra =
              op === '' ? { level1: '成本指标', level2: '经济成本指标', name: '人均成本' } : {};
            const target = `${op}${t}元`;
            const worse = scoreOf(baseRow(target, `${a2}元`, extra), profile);
            const better = scoreOf(baseRow(target, `${a1}元`, extra), profile);
            expect(better).toBeGreaterThanOrEqual(worse);
          },
        ),
      );
    });

    it('ranges: moving the actual towards the range', () => {
      fc.assert(
        fc.property(
          decimal(1, 60, 0),
          decimal(60, 100, 0),
          pair,
          profileArb,
          (lo, hi, [a1, a2], profile) => {
            const target = `${lo}%-${hi}%`;
            // Both below the range: the larger is closer; both above: the smaller is closer.
            const x = a1 / 20;
            const y = a2 / 20;
            const s = (a: number) => scoreOf(baseRow(target, `${a}%`), profile);
            if (y <= lo) expect(s(y)).toBeGreaterThanOrEqual(s(x));
            if (x >= hi) expect(s(x)).toBeGreaterThanOrEqual(s(y));
            if (x >= lo && x <= hi) expect(s(x)).toBe(10);
          },
        ),
      );
    });

    it('satisfaction (mof2021 steps and mof2020 proportional): a higher rate', () => {
      fc.assert(
        fc.property(pair, profileArb, ([a1, a2], profile) => {
          const sat = { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度' };
          const x = a1 / 20;
          const y = a2 / 20;
          expect(scoreOf(baseRow('≥90%', `${y}%`, sat), profile)).toBeGreaterThanOrEqual(
            scoreOf(baseRow('≥90%', `${x}%`, sat), profile),
          );
        }),
      );
    });

    it('budget execution: executing more of the budget', () => {
      fc.assert(
        fc.property(decimal(1, 20000, 2), pair, profileArb, (planned, [e1, e2], profile) => {
          const row = baseRow('≥1', '1');
          const s = (e: number) =>
            scoreOne([row], { budget: planned, executed: e, weight: 10, score: null }, profile)
              .budget!.score;
          expect(s(e2 * 10)).toBeGreaterThanOrEqual(s(e1 * 10));
        }),
      );
    });
  });
});

// ---- SCORING.md §11: never a total changed silently ----------------------------------------

/** The §11.3 synonyms of each indicator header a person may write instead of the national word. */
const SYNONYMS: readonly (readonly [string, readonly string[]])[] = [
  ['年度指标值', ['全年目标值', '预期目标', '预期目标值', '年度目标', '计划指标值', '目标值']],
  [
    '实际完成值',
    [
      '实际完成情况',
      '全年完成情况',
      '完成情况',
      '年终完成值',
      '全年实际完成值',
      '实际完成',
      '完成数',
    ],
  ],
  ['分值', ['指标分值', '标准分值', '分数']],
  ['得分', ['自评得分', '自评分', '评分', '得分（分）']],
  ['偏差原因分析及改进措施', ['偏差原因', '原因说明', '未完成原因', '情况说明']],
];
const synonymArb = fc
  .constantFrom(...SYNONYMS)
  .chain(([word, list]) => fc.tuple(fc.constant(word), fc.constantFrom(...list)));

/** Notes as people write them into a form (§11.1): one text, in the first column. */
const noteArb = fc.constantFrom(
  '说明：以下指标按季度统计',
  '注：数据截至2022年12月31日',
  '备注：单位为万元',
  '填表说明：1.执行率=执行数÷预算数',
  '说明',
);

/**
 * The §11 property: the same form read another way keeps its total and its grade, or it is flagged
 * with no grade — never another total under a grade. The reader does better than the spec asks for
 * these four changes: it reads each of them in full, so the total and the grade are the same as
 * before (a form flagged before, with weights it cannot read, is flagged the same after).
 */
function keepsOrFlags(before: ScoredForm, after: ScoredForm | undefined): void {
  expect(after).toBeDefined();
  expect([after!.total, after!.grade]).toEqual([before.total, before.grade]);
}

describe('§11: what people do to a form never changes its total silently', () => {
  it('inserting a note row anywhere inside the form', () => {
    fc.assert(
      fc.property(
        rowsArb,
        budgetArb,
        profileArb,
        noteArb,
        fc.nat(),
        (rows, budget, profile, note, at) => {
          const s = formSheet(rows, budget);
          const before = scoreWorkbook(workbook(s), profile).forms[0]!;
          // Anywhere from under the title to under the 总分 row.
          const i = 1 + (at % s.cells.length);
          const cells = [...s.cells.slice(0, i), [note], ...s.cells.slice(i)];
          const after = scoreWorkbook(workbook({ ...s, cells }), profile);
          expect(after.forms).toHaveLength(1);
          keepsOrFlags(before, after.forms[0]);
        },
      ),
    );
  });

  it('renaming an indicator header to any §11.3 synonym', () => {
    fc.assert(
      fc.property(rowsArb, budgetArb, profileArb, synonymArb, (rows, budget, profile, [w, syn]) => {
        const s = formSheet(rows, budget);
        const before = scoreWorkbook(workbook(s), profile).forms[0]!;
        const header = s.cells.find((x) => x[2] === '三级指标');
        const cells = s.cells.map((r) => (r === header ? r.map((v) => (v === w ? syn : v)) : r));
        const after = scoreWorkbook(workbook({ ...s, cells }), profile);
        expect(after.forms).toHaveLength(1);
        keepsOrFlags(before, after.forms[0]);
        expect(after.forms[0]!.indicators).toHaveLength(rows.length);
      }),
    );
  });

  it('hiding the sheet: scored the same, and said (form_hidden)', () => {
    fc.assert(
      fc.property(rowsArb, budgetArb, profileArb, (rows, budget, profile) => {
        const s = formSheet(rows, budget);
        const before = scoreWorkbook(workbook(s), profile).forms[0]!;
        const after = scoreWorkbook(workbook({ ...s, hidden: true }), profile);
        keepsOrFlags(before, after.forms[0]);
        expect(after.findings.map((f) => f.code)).toContain('form_hidden');
      }),
    );
  });

  it('pasting the form twice on one sheet: two forms, each with its own total', () => {
    fc.assert(
      fc.property(rowsArb, budgetArb, profileArb, fc.nat(2), (rows, budget, profile, gap) => {
        const s = formSheet(rows, budget);
        const before = scoreWorkbook(workbook(s), profile).forms[0]!;
        const blank: CellValue[][] = Array.from({ length: gap }, () => []);
        const cells = [...s.cells, ...blank, ...s.cells];
        const after = scoreWorkbook(workbook({ ...s, cells }), profile);
        expect(after.forms.map((f) => f.model.firstRow)).toEqual([0, s.cells.length + gap]);
        for (const f of after.forms) keepsOrFlags(before, f);
      }),
    );
  });
});
