/** A whole form: total, grade and the weight checks (SCORING.md §5, §6, §8.12, §8.14). */
import { type CellValue, a1 } from '../base/cells';
import type { BudgetBlock, FormModel, IndicatorRow, Level1Label } from '../read/formModel';
import type { CellRef } from '../read/sheetView';
import { MOF2020 } from '../rules/profiles';
import { scoreWorkbook, unreadableResult } from './scoreWorkbook';
import { describeFindings } from '../findings/messages';
import { canonicalLevel1, gradeOf, scoreForm as scoreFormData } from './scoreForm';

/** scoreForm with the messages a run attaches at its end, as users see the findings. */
function scoreForm(...args: Parameters<typeof scoreFormData>) {
  const out = scoreFormData(...args);
  return { ...out, findings: describeFindings(out.findings) };
}

const SHEET = '项目支出绩效自评表';

const ref = (row: number, col: number, value: CellValue): CellRef => ({
  address: a1(row, col),
  row,
  col,
  value,
  format: undefined,
});

interface Ind {
  level1: string;
  level2?: string;
  name?: string;
  weight: CellValue;
  target?: CellValue;
  actual?: CellValue;
}

function indicator(i: Ind, n: number): IndicatorRow {
  const row = 10 + n;
  return {
    row,
    name: i.name ?? `指标${String.fromCharCode(0x4e00 + n)}`,
    nameCell: a1(row, 2),
    level1: i.level1,
    level2: i.level2 ?? '数量指标',
    target: ref(row, 3, i.target ?? '≥100'),
    actual: ref(row, 4, i.actual ?? '100'),
    weight: ref(row, 5, i.weight),
    score: ref(row, 6, null),
    explanation: ref(row, 7, '说明'),
    nature: null,
    unit: null,
  };
}

function budgetBlock(budget: number, executed: number, weight: CellValue = 10): BudgetBlock {
  return {
    headerRow: 3,
    totalRow: 4,
    initial: null,
    budget: ref(4, 2, budget),
    executed: ref(4, 3, executed),
    weight: ref(4, 4, weight),
    rate: ref(4, 5, null),
    score: ref(4, 6, null),
    explanation: null,
    breakdown: [],
  };
}

function form(
  inds: readonly Ind[],
  opts: { budget?: BudgetBlock | null; labels?: Level1Label[] } = {},
): FormModel {
  return {
    sheet: SHEET,
    kind: 'project',
    title: null,
    unit: null,
    projectName: null,
    authority: null,
    implementer: null,
    year: 2022,
    budget: opts.budget === undefined ? budgetBlock(100, 100) : opts.budget,
    goal: null,
    indicators: inds.map(indicator),
    level1Labels: opts.labels ?? [],
    totalCell: ref(40, 6, null),
    totalWeightCell: ref(40, 5, null),
  };
}

const STANDARD: readonly Ind[] = [
  { level1: '产出指标', weight: 30 },
  { level1: '产出指标', weight: 20 },
  { level1: '效益指标', weight: 30 },
  { level1: '满意度指标', level2: '服务对象满意度指标', weight: 10, target: '≥90%', actual: '95%' },
];

const codesOf = (fs: readonly { code: string }[]) => fs.map((f) => f.code);

describe('canonicalLevel1', () => {
  it.each([
    ['产出指标', '产出指标'],
    ['产出指标（50分）', '产出指标'],
    ['效益指标', '效益指标'],
    ['效果指标', '效益指标'],
    ['满意度指标', '满意度指标'],
    ['成本指标', '成本指标'],
    [' 成 本 指 标 ', '成本指标'],
    ['其他', null],
  ])('%s → %s', (label, level) => expect(canonicalLevel1(label)).toBe(level));
});

describe('gradeOf (§6)', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('%p of 100 → %s', (total, grade) => expect(gradeOf(total, 100, MOF2020)).toBe(grade));
  it('grades on total × 100 / weight total', () => {
    expect(gradeOf(45, 50, MOF2020)).toBe('优');
    expect(gradeOf(44.99, 50, MOF2020)).toBe('良');
    expect(gradeOf(10, 0, MOF2020)).toBe('差');
  });
  it('uses the profile’s grades', () => {
    const p = {
      ...MOF2020,
      id: 'strict',
      grades: [{ grade: '合格', min: 95 }],
      lowestGrade: '不合格',
    };
    expect(gradeOf(96, 100, p)).toBe('合格');
    expect(gradeOf(94, 100, p)).toBe('不合格');
  });
});

describe('scoreForm: total', () => {
  it('total = budget score + Σ indicator scores; weights add up to 100 → no weight finding', () => {
    const { form: f, findings } = scoreForm(form(STANDARD), MOF2020, null);
    expect(f.total).toBe(100);
    expect(f.weightTotal).toBe(100);
    expect(f.grade).toBe('优');
    expect(codesOf(findings)).toEqual([]);
  });
  it('the total is the exact sum of rounded scores', () => {
    const inds: Ind[] = [
      { level1: '产出指标', weight: 20, target: '≥3', actual: '1' }, // 6.67
      { level1: '产出指标', weight: 30, target: '≥3', actual: '2' }, // 20
      { level1: '效益指标', weight: 30, target: '≥3', actual: '1' }, // 10
      { level1: '满意度指标', weight: 10, target: '≥3', actual: '1' }, // 3.33
    ];
    const { form: f } = scoreForm(form(inds, { budget: budgetBlock(3, 1) }), MOF2020, null); // budget 3.33
    expect(f.indicators.map((i) => i.score)).toEqual([6.67, 20, 10, 3.33]);
    expect(f.budget!.score).toBe(3.33);
    expect(f.total).toBe(43.33);
    expect(f.grade).toBe('差');
  });
  it('indicators without weight count 0 in the weight total', () => {
    const { form: f, findings } = scoreForm(
      form([...STANDARD, { level1: '产出指标', weight: null }]),
      MOF2020,
      null,
    );
    expect(f.weightTotal).toBe(100);
    expect(codesOf(findings)).toEqual(['weight_missing']);
  });
  it('a form without a budget block', () => {
    const { form: f, findings } = scoreForm(form(STANDARD, { budget: null }), MOF2020, null);
    expect(f.budget).toBeNull();
    expect(f.total).toBe(90);
    expect(f.weightTotal).toBe(90);
    expect(codesOf(findings)).toEqual(['weight_sum_not_100']);
  });
});

describe('weight_sum_not_100 (§5, §8.12, §8.14)', () => {
  it('reported on the 总分 row’s 分值 cell with a null indicator', () => {
    const { findings } = scoreForm(
      form([...STANDARD, { level1: '其他', weight: 1 }]),
      MOF2020,
      null,
    );
    const f = findings.find((x) => x.code === 'weight_sum_not_100')!;
    expect(f).toMatchObject({ sheet: SHEET, indicator: null, cell: 'F41', severity: 'warning' });
    expect(f.message).toContain('101');
  });
  it('decimal-exact: 33.3 + 33.3 + 33.4 is 100', () => {
    const inds: Ind[] = [
      { level1: '其他', weight: 33.3 },
      { level1: '其他', weight: 33.3 },
      { level1: '其他', weight: 23.4 },
    ];
    const { findings } = scoreForm(form(inds), MOF2020, null);
    expect(codesOf(findings)).not.toContain('weight_sum_not_100');
  });
  it('the budget’s default weight 10 counts when its 分值 is empty', () => {
    const { findings } = scoreForm(
      form(STANDARD, { budget: budgetBlock(100, 100, null) }),
      MOF2020,
      null,
    );
    expect(codesOf(findings)).toEqual([]);
  });
});

describe('level1_weight_differs (§5, §8.12)', () => {
  it('once per first level of the split whose sum differs, an absent level counting 0', () => {
    const inds: Ind[] = [
      { level1: '产出指标', weight: 60 },
      { level1: '效益指标', weight: 30 },
    ];
    const { findings } = scoreForm(form(inds), MOF2020, null);
    const differs = findings.filter((f) => f.code === 'level1_weight_differs');
    expect(differs.map((f) => f.params.level1)).toEqual(['产出指标', '满意度指标']);
    expect(
      differs.every((f) => f.severity === 'info' && f.indicator === null && f.sheet === SHEET),
    ).toBe(true);
    expect(differs[1]!.params.sum).toBe('0');
  });
  it('first levels outside the split are ignored', () => {
    const { findings } = scoreForm(
      form([
        ...STANDARD.slice(0, 3),
        { level1: '满意度指标', weight: 5 },
        { level1: '其他指标', weight: 5 },
      ]),
      MOF2020,
      null,
    );
    expect(
      findings.filter((f) => f.code === 'level1_weight_differs').map((f) => f.params.level1),
    ).toEqual(['满意度指标']);
  });
  it('成本指标 as a first level switches to 成本20/产出40/效益20/满意度10', () => {
    const inds: Ind[] = [
      { level1: '成本指标', level2: '经济成本指标', weight: 20 },
      { level1: '产出指标', weight: 40 },
      { level1: '效益指标', weight: 20 },
      { level1: '满意度指标', weight: 10 },
    ];
    expect(codesOf(scoreForm(form(inds), MOF2020, null).findings)).toEqual([]);
  });
  it('a 成本指标 second level under 产出指标 counts towards 产出 (standard split)', () => {
    const inds: Ind[] = [
      { level1: '产出指标', level2: '成本指标', weight: 20 },
      { level1: '产出指标', weight: 30 },
      { level1: '效益指标', weight: 30 },
      { level1: '满意度指标', weight: 10 },
    ];
    expect(codesOf(scoreForm(form(inds), MOF2020, null).findings)).toEqual([]);
  });
  it('a weight in the label that differs from its rows → level1_weight_differs on the label cell', () => {
    const inds: Ind[] = STANDARD.map((i) =>
      i.level1 === '产出指标' ? { ...i, level1: '产出指标' } : i,
    );
    const labels: Level1Label[] = [{ label: '产出指标', weight: 45, cell: 'A11' }];
    const { findings } = scoreForm(form(inds, { labels }), MOF2020, null);
    const f = findings.filter((x) => x.code === 'level1_weight_differs');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      cell: 'A11',
      params: { level1: '产出指标', labelWeight: '45', sum: '50' },
    });
    expect(f[0]!.message).toContain('标注45分');
  });
  it('a label repeated on every row (no merge) is reported once', () => {
    const labels: Level1Label[] = [
      { label: '产出指标', weight: 45, cell: 'A11' },
      { label: '产出指标', weight: 45, cell: 'A12' },
    ];
    const { findings } = scoreForm(form(STANDARD, { labels }), MOF2020, null);
    expect(findings.filter((x) => x.code === 'level1_weight_differs')).toHaveLength(1);
  });
  it('a label weight equal to its rows → nothing', () => {
    const labels: Level1Label[] = [{ label: '产出指标', weight: 50, cell: 'A11' }];
    expect(codesOf(scoreForm(form(STANDARD, { labels }), MOF2020, null).findings)).toEqual([]);
  });
});

describe('workbook-level findings (§8.1)', () => {
  it('a readable workbook with no form → no_form_found, sheet and cell null', () => {
    const result = scoreWorkbook({
      sheets: [{ name: '封面', cells: [['2022年度绩效自评材料'], ['填报说明']], merges: [] }],
      record: null,
    });
    expect(result.forms).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      code: 'no_form_found',
      severity: 'error',
      sheet: null,
      cell: null,
      indicator: null,
    });
    expect(result.findings[0]!.message).toContain('没有找到绩效自评表');
  });
  it('a data sheet with budget words as column headers is not a form (§1, §8.15)', () => {
    const data = {
      name: '月度执行数据',
      cells: [
        ['月份', '全年预算数', '全年执行数'],
        ['1月', 1000, 80],
        ['2月', 1000, 160],
      ],
      merges: [],
    };
    const result = scoreWorkbook({ sheets: [data], record: null });
    expect(result.forms).toEqual([]);
    expect(codesOf(result.findings)).toEqual(['no_form_found']);
  });
  it('a budget-only sheet is still a form when it has the total row or says it is a form', () => {
    const withTotal = {
      name: 'Sheet1',
      cells: [
        ['', '全年预算数', '全年执行数', '分值'],
        ['年度资金总额', 100, 95, 10],
      ],
      merges: [],
    };
    expect(scoreWorkbook({ sheets: [withTotal], record: null }).forms[0]?.total).toBe(9.5);
    // Titled as a form but its total row mislabelled: a form with budget_missing, as before.
    const titled = {
      name: 'Sheet1',
      cells: [
        ['项目支出绩效自评表'],
        ['', '全年预算数', '全年执行数', '分值'],
        ['资金', 100, 95, 10],
      ],
      merges: [],
    };
    const result = scoreWorkbook({ sheets: [titled], record: null });
    expect(result.forms.map((f) => f.model.kind)).toEqual(['project']);
    expect(codesOf(result.findings)).toContain('budget_missing');
  });
  it('an unreadable file → file_unreadable whose message says why', () => {
    const result = unreadableResult('不是 zip 文件');
    expect(result.forms).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'file_unreadable',
        severity: 'error',
        sheet: null,
        cell: null,
      }),
    ]);
    expect(result.findings[0]!.message).toContain('不是 zip 文件');
  });
});
