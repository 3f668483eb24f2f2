/** 主要问题 in VERIFY.md §2's order: the headline a reviewer reads first. */
import {
  duplicateText,
  formProblemText,
  problemRank,
  type ReviewProblem,
  type ReviewedForm,
} from '.';

const problem = (
  code: string,
  severity: ReviewProblem['severity'],
  message: string = code,
): ReviewProblem => ({
  sheet: 'S',
  cell: 'G9',
  indicator: null,
  severity,
  // Codes other branches add (recheck_grade_changed, report_*) are ordered by name already.
  code: code as ReviewProblem['code'],
  message,
});

const times = (n: number, p: ReviewProblem): ReviewProblem[] => Array.from({ length: n }, () => p);

function form(problems: ReviewProblem[], over: Partial<ReviewedForm> = {}): ReviewedForm {
  return {
    sheet: 'S',
    firstRow: 1,
    kind: 'department',
    unit: '荆门市民政局',
    project: null,
    department: '荆门市民政局',
    year: 2022,
    profile: 'mof2020',
    total: 98,
    grade: '优',
    selfReportedTotal: 100,
    difference: -2,
    scoresDiffering: 1,
    selfScored: true,
    duplicateOf: null,
    budget: null,
    findings: { error: 0, warning: 0, info: 0 },
    codes: {},
    problems,
    outliers: [],
    ...over,
  };
}

const INFLATED = problem(
  'self_score_inflated',
  'warning',
  '工作表“S”G42单元格：自评总分100分，按评分规则计算为98分，高出2分，自评得分偏高，请逐项核实得分。',
);

describe('主要问题 (VERIFY.md §2)', () => {
  it('ranks: not fully read, inflated self-score, grade changed by 复核, report, execution, the rest', () => {
    const ranks = [
      'indicators_missing',
      'self_score_inflated',
      'recheck_grade_changed',
      'report_value_differs',
      'report_hides_over_budget',
      'execution_over_budget',
      'execution_low',
      'budget_missing',
      'total_capped',
      'performance_outruns_spending',
      'actual_missing',
      'needs_judgement',
      'qualitative_auto',
    ].map(problemRank);
    expect(ranks).toEqual([0, 1, 2, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5]);
  });

  it('puts an inflated self-score before 3 needs_judgement and the over-budget execution, quoted', () => {
    // The example: 定性指标需人工确认（3处） led the headline and hid the self-score.
    const f = form([
      problem('execution_over_budget', 'warning'),
      ...times(9, problem('qualitative_auto', 'info')),
      ...times(3, problem('needs_judgement', 'warning')),
      INFLATED,
    ]);
    expect(formProblemText(f)).toBe(
      '自评得分偏高：自评总分100分，按评分规则计算为98分，高出2分，自评得分偏高，请逐项核实得分；超预算执行；定性指标需人工确认（3处）',
    );
  });

  it('puts execution problems before the rest, and within the rest errors before warnings', () => {
    const f = form([
      ...times(5, problem('explanation_missing', 'warning')),
      problem('actual_missing', 'error'),
      problem('execution_low', 'warning'),
    ]);
    expect(formProblemText(f)).toBe('预算执行率偏低；实际完成值为空；偏差原因未填写（5处）');
  });

  it('names at most three kinds and counts the others', () => {
    const f = form([
      problem('execution_low', 'warning'),
      problem('actual_missing', 'error'),
      problem('explanation_missing', 'warning'),
      problem('unit_mismatch', 'warning'),
      problem('qualitative_auto', 'info'),
    ]);
    // Four kinds of error or warning; the note is not among them.
    expect(formProblemText(f)).toBe('预算执行率偏低；实际完成值为空；偏差原因未填写等4类问题');
  });

  it('names a note only when the form has no error or warning, and nothing for no finding', () => {
    expect(formProblemText(form(times(2, problem('qualitative_auto', 'info'))))).toBe(
      '定性指标自动判定（2处）',
    );
    expect(formProblemText(form([]))).toBe('');
  });

  it('says first that a form repeats another, then its problems', () => {
    const dup = form([problem('execution_low', 'warning')], {
      duplicateOf: { file: '民政局/自评表.xlsx', sheet: '部门整体支出绩效自评表', firstRow: 1 },
    });
    expect(duplicateText(dup)).toBe(
      '重复：与“民政局/自评表.xlsx”的自评表单位、项目、年度相同，未计入统计',
    );
    // A form repeated from a sheet holding several is named by its sheet and first row.
    const below = form([], { duplicateOf: { file: 'a.xlsx', sheet: '项目表', firstRow: 40 } });
    expect(duplicateText(below)).toBe(
      '重复：与“a.xlsx”工作表“项目表”第40行起的自评表单位、项目、年度相同，未计入统计',
    );
    expect(formProblemText(dup)).toBe(`${duplicateText(dup)}；预算执行率偏低`);
  });
});
