import {
  byDepartment,
  closingLine,
  commonestCodes,
  formProblemText,
  rateBands,
  reviewStats,
  reviewSummary,
  sortFiles,
  toReviewJson,
  unreviewedFile,
  NO_DEPARTMENT,
  type ReviewedFile,
  type ReviewedForm,
  type ReviewProblem,
} from '.';

const problem = (
  code: ReviewProblem['code'],
  severity: ReviewProblem['severity'],
): ReviewProblem => ({
  sheet: 'S',
  cell: 'G9',
  indicator: null,
  severity,
  code,
  message: code,
});

/** A form with only what the aggregation reads; the rest as a real record would hold. */
function form(
  total: number,
  grade: string | null,
  opts: Partial<ReviewedForm> & { rate?: number | null; planned?: number; executed?: number } = {},
): ReviewedForm {
  const problems = opts.problems ?? [];
  const codes: Record<string, number> = {};
  for (const p of problems) codes[p.code] = (codes[p.code] ?? 0) + 1;
  return {
    sheet: 'S',
    firstRow: 1,
    kind: 'project',
    unit: '某单位',
    project: '某项目',
    department: opts.department ?? null,
    year: 2022,
    profile: 'mof2020',
    total,
    grade,
    selfReportedTotal: opts.selfReportedTotal ?? null,
    difference: null,
    scoresDiffering: opts.scoresDiffering ?? 0,
    selfScored: opts.selfScored ?? true,
    duplicateOf: opts.duplicateOf ?? null,
    budget:
      opts.rate === undefined
        ? null
        : {
            planned: opts.planned ?? 100,
            executed: opts.executed ?? 100,
            rate: opts.rate,
            rawRate: opts.rate,
          },
    findings: { error: 0, warning: 0, info: 0 },
    codes,
    problems,
    outliers: [],
  };
}

const file = (name: string, forms: ReviewedForm[]): ReviewedFile => ({
  file: name,
  status: forms.length ? 'scored' : 'no_form',
  ...(forms.length ? {} : { message: '工作簿中没有找到绩效自评表' }),
  forms,
  problems: [],
});

describe('review summary', () => {
  // Totals 95, 85, 70, 50, 92: sorted 50 70 85 92 95 → median 85, mean 392/5 = 78.4.
  const files = [
    file('a.xlsx', [form(95, '优', { scoresDiffering: 2 }), form(85, '良')]),
    file('b/c.xlsx', [form(70, '中'), form(50, '差', { scoresDiffering: 1 })]),
    file('d.xlsx', [form(92, '优')]),
    file('e.xlsx', []),
    unreviewedFile('f.xlsx', '文件是空的'),
  ];

  it('counts files by status, forms by grade, and totals', () => {
    expect(reviewSummary(files)).toEqual({
      files: 5,
      forms: 5,
      scored: 3,
      noForm: 1,
      unreadable: 1,
      grades: { 优: 2, 良: 1, 中: 1, 差: 1 },
      meanTotal: 78.4,
      medianTotal: 85,
      withDifferences: 2,
      notSelfScored: 0,
      duplicates: 0,
    });
  });

  it('takes the mean of the two middle totals for an even count, and null for none', () => {
    // 70 and 85 in the middle of 50 70 85 95: (70 + 85) / 2 = 77.5.
    const even = [file('a.xlsx', [form(95, '优'), form(85, '良'), form(70, '中'), form(50, '差')])];
    expect(reviewSummary(even).medianTotal).toBe(77.5);
    expect(reviewSummary([file('e.xlsx', [])])).toMatchObject({
      meanTotal: null,
      medianTotal: null,
    });
  });

  it('writes the closing line in the words of REVIEW.md', () => {
    expect(closingLine(files)).toBe(
      '已复核 5 个文件、5 张自评表：优 2，良 1，中 1，差 1；未找到自评表 1；无法读取 1',
    );
  });

  it('keeps the JSON to the contract: no problem lists, a message only when not scored', () => {
    const json = toReviewJson(files, null);
    expect(json.profile).toBe('as saved per workbook');
    expect(Object.keys(json.files[0]!)).toEqual(['file', 'status', 'forms']);
    expect(json.files[0]!.forms[0]).not.toHaveProperty('problems');
    expect(json.files[0]!.forms[0]).not.toHaveProperty('outliers');
    expect(json.files[4]).toMatchObject({ status: 'unreadable', message: '文件是空的', forms: [] });
    expect(toReviewJson(files, 'mof2021').profile).toBe('mof2021');
  });

  it('puts execution rates in the four bands, edges in the upper band', () => {
    const forms = [0.59, 0.6, 0.79, 0.8, 0.899, 0.9, 1, null].map((r) =>
      form(80, '良', { rate: r }),
    );
    expect(rateBands(forms).map((b) => b.count)).toEqual([1, 2, 2, 2]);
  });

  it('ranks the commonest codes by count, then by forms, with their Chinese names', () => {
    const forms = [
      form(90, '优', {
        problems: [problem('needs_judgement', 'warning'), problem('needs_judgement', 'warning')],
      }),
      form(90, '优', {
        problems: [problem('execution_low', 'warning'), problem('explanation_missing', 'warning')],
      }),
      form(90, '优', { problems: [problem('execution_low', 'warning')] }),
    ];
    expect(commonestCodes(forms)).toEqual([
      { code: 'execution_low', name: '预算执行率偏低', count: 2, forms: 2 },
      { code: 'needs_judgement', name: '定性指标需人工确认', count: 2, forms: 1 },
      { code: 'explanation_missing', name: '偏差原因未填写', count: 1, forms: 1 },
    ]);
    expect(commonestCodes(forms, 1)).toHaveLength(1);
  });

  it("names a form's commonest problem, an error before any number of notes", () => {
    const f = form(90, '优', {
      problems: [
        problem('qualitative_auto', 'info'),
        problem('qualitative_auto', 'info'),
        problem('actual_missing', 'error'),
      ],
    });
    expect(formProblemText(f)).toBe('实际完成值为空');
    const notes = form(90, '优', {
      problems: [problem('qualitative_auto', 'info'), problem('qualitative_auto', 'info')],
    });
    expect(formProblemText(notes)).toBe('定性指标自动判定（2处）');
    expect(formProblemText(form(90, '优'))).toBe('');
  });

  it('leads with why a form was not fully read, whatever else it has (§11.2)', () => {
    const f = form(10, null, {
      problems: [
        problem('actual_missing', 'error'),
        problem('actual_missing', 'error'),
        {
          ...problem('indicators_missing', 'error'),
          message: '工作表“S”C9单元格：未能完整读取：第9行是指标表头……',
        },
      ],
    });
    expect(formProblemText(f)).toBe(
      '指标表未能完整读取（不评定等级）：未能完整读取：第9行是指标表头……；实际完成值为空（2处）',
    );
  });

  it('counts a form with no grade apart, and leaves its partial score out of the totals (§11.2)', () => {
    const s = reviewSummary([
      { file: 'a.xlsx', status: 'scored', forms: [form(90, '优'), form(10, null)], problems: [] },
    ]);
    expect(s.grades).toEqual({ 优: 1, 良: 0, 中: 0, 差: 0, 未评定: 1 });
    expect([s.forms, s.meanTotal, s.medianTotal]).toEqual([2, 90, 90]);
  });

  it('sums budgets for the overall rate and gives min and max', () => {
    // Σ planned 100 + 300 = 400, Σ executed 50 + 250 = 300 → 75%; the form without a budget is left out.
    const stats = reviewStats([
      form(60, '中', { rate: 0.5, planned: 100, executed: 50 }),
      form(88, '良', { rate: 250 / 300, planned: 300, executed: 250 }),
      form(99, '优'),
    ]);
    expect(stats).toMatchObject({
      forms: 3,
      planned: 400,
      executed: 300,
      overallRate: 0.75,
      minTotal: 60,
      maxTotal: 99,
    });
  });

  it('groups forms by 主管部门 in file order, unnamed ones together', () => {
    const groups = byDepartment([
      form(90, '优', { department: '市民政局' }),
      form(80, '良'),
      form(70, '中', { department: '市民政局' }),
    ]);
    expect([...groups.keys()]).toEqual(['市民政局', NO_DEPARTMENT]);
    expect(groups.get('市民政局')).toHaveLength(2);
  });

  it('sorts by path whatever the finishing order', () => {
    const names = ['b/a.xlsx', 'a.xlsx', 'a/b.xlsx', 'B.xlsx'];
    expect(sortFiles(names.map((n) => ({ file: n }))).map((f) => f.file)).toEqual([
      'B.xlsx',
      'a.xlsx',
      'a/b.xlsx',
      'b/a.xlsx',
    ]);
  });
});
