/**
 * 重复: the same kind, unit, project and year filed twice is one form, counted once everywhere; and
 * 未自评: a form the unit left unscored is not 不一致.
 */
import {
  closingLine,
  countedForms,
  finishReview,
  formIdentity,
  markDuplicates,
  reviewStats,
  reviewSummary,
  summaryReports,
  type ReviewedFile,
  type ReviewedForm,
} from '.';

function form(over: Partial<ReviewedForm>): ReviewedForm {
  return {
    sheet: '项目支出绩效自评表',
    firstRow: 1,
    kind: 'project',
    unit: '县社会救助中心',
    project: '困难群众救助补助资金',
    department: '县民政局',
    year: 2022,
    profile: 'mof2020',
    total: 90,
    grade: '优',
    selfReportedTotal: 90,
    difference: 0,
    scoresDiffering: 0,
    selfScored: true,
    duplicateOf: null,
    budget: { planned: 100, executed: 120, rate: 1, rawRate: 1.2 },
    findings: { error: 0, warning: 0, info: 0 },
    codes: {},
    problems: [],
    outliers: [],
    ...over,
  };
}

const file = (name: string, forms: ReviewedForm[]): ReviewedFile => ({
  file: name,
  status: 'scored',
  forms,
  problems: [],
});

// a.xlsx and its copy b.xlsx: 90 points, 100 planned, 120 executed. c.xlsx another project: 80
// points, 200 planned, 150 executed.
const X = form({});
const Y = form({
  project: '临时救助资金',
  total: 80,
  grade: '良',
  budget: { planned: 200, executed: 150, rate: 0.75, rawRate: 0.75 },
});

describe('重复', () => {
  it('marks the later of two forms of the same unit, project and year, in sorted file order', () => {
    // The workers finish in any order: b.xlsx came back first, a.xlsx still counts.
    const files = finishReview([file('b.xlsx', [X]), file('c.xlsx', [Y]), file('a.xlsx', [X])]);
    expect(files.map((f) => f.file)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(files.map((f) => f.forms[0]!.duplicateOf)).toEqual([
      null,
      { file: 'a.xlsx', sheet: '项目支出绩效自评表', firstRow: 1 },
      null,
    ]);
  });

  it('counts the copy once in every total: forms, grades, mean, budgets, the closing line', () => {
    const files = finishReview([file('a.xlsx', [X]), file('b.xlsx', [X]), file('c.xlsx', [Y])]);
    // Counted: X and Y. Mean (90 + 80) ÷ 2 = 85 (with the copy it was 260 ÷ 3 = 86.67).
    expect(reviewSummary(files)).toMatchObject({
      files: 3,
      forms: 2,
      grades: { 优: 1, 良: 1, 中: 0, 差: 0 },
      meanTotal: 85,
      medianTotal: 85,
      duplicates: 1,
    });
    // Σ executed 120 + 150 = 270 over Σ planned 100 + 200 = 300: 90% (with the copy 390 ÷ 400 = 97.5%).
    const stats = reviewStats(countedForms(files));
    expect(stats).toMatchObject({ forms: 2, planned: 300, executed: 270, overallRate: 0.9 });
    expect(closingLine(files)).toBe(
      '已复核 3 个文件、2 张自评表：优 1，良 1，中 0，差 0；重复 1（未计入）；无法读取 0',
    );
    // The 总结报告 lists two projects, not three.
    const text = JSON.stringify(summaryReports(files)[0]!.blocks);
    expect(text).toContain('县民政局共汇总绩效自评表2张');
    expect(text).toContain('预算数合计300.00万元，执行数合计270.00万元，总体执行率90%');
  });

  it('reads unit and project without white space and in half-width; the year must match', () => {
    const spaced = form({ unit: ' 县社会救助中心 ', project: '困难群众救助补助资金\u3000' });
    expect(formIdentity(spaced)).toBe(formIdentity(X));
    expect(formIdentity(form({ year: 2023 }))).not.toBe(formIdentity(X));
    expect(formIdentity(form({ kind: 'department', project: null }))).not.toBe(formIdentity(X));
  });

  it('never takes two forms that name neither unit nor project for one', () => {
    const anonymous = form({ unit: null, project: null });
    expect(formIdentity(anonymous)).toBeNull();
    const files = markDuplicates([file('a.xlsx', [anonymous]), file('b.xlsx', [anonymous])]);
    expect(countedForms(files)).toHaveLength(2);
  });

  it('counts a copy read in full rather than an earlier one that was not (no grade)', () => {
    const unread = form({ grade: null, total: 10 });
    const files = markDuplicates([file('a.xlsx', [unread]), file('b.xlsx', [X])]);
    expect(files[0]!.forms[0]!.duplicateOf).toEqual({
      file: 'b.xlsx',
      sheet: '项目支出绩效自评表',
      firstRow: 1,
    });
    expect(files[1]!.forms[0]!.duplicateOf).toBeNull();
    expect(reviewSummary(files)).toMatchObject({ forms: 1, grades: { 优: 1 }, meanTotal: 90 });
  });

  it('marks a form pasted twice in one workbook', () => {
    const files = markDuplicates([file('a.xlsx', [X, { ...X, firstRow: 40 }])]);
    expect(files[0]!.forms[1]!.duplicateOf).toEqual({
      file: 'a.xlsx',
      sheet: '项目支出绩效自评表',
      firstRow: 1,
    });
  });
});

describe('未自评', () => {
  it('is neither a form with differences nor counted in withDifferences', () => {
    // The unscored example: 34 cells differ because they are empty.
    const unscored = form({ selfScored: false, scoresDiffering: 34, selfReportedTotal: null });
    const differing = form({ project: '临时救助资金', scoresDiffering: 2 });
    const s = reviewSummary([file('a.xlsx', [unscored, differing])]);
    expect([s.withDifferences, s.notSelfScored]).toEqual([1, 1]);
  });
});
