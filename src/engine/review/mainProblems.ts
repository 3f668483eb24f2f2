/**
 * The 主要问题 of one form in a review, in the order a reviewer checks (VERIFY.md §2): a form that
 * could not be fully read, an inflated self-score, a grade changed by 复核, the report's
 * contradictions, execution problems, then the rest. The 汇总 sheet, the review page and browser
 * mode's batch review all show this one text.
 */
import { codeName } from './codeNames';
import type { ReviewProblem, ReviewedForm } from './types';

/** Codes of the execution problems: the budget block and what follows from it. */
const EXECUTION = new Set([
  'execution_over_budget',
  'execution_low',
  'budget_missing',
  'total_capped',
  'performance_outruns_spending',
]);

/**
 * VERIFY.md §2's order, one test per place, by code. `recheck_grade_changed` and the `report_*`
 * codes belong to the re-check and to the report check (issue 23's first part): their place is
 * kept here, so they lead the rest as soon as a run reports them.
 */
const ORDER: readonly ((code: string) => boolean)[] = [
  (c) => c === 'indicators_missing',
  (c) => c === 'self_score_inflated',
  (c) => c === 'recheck_grade_changed',
  (c) => c.startsWith('report_'),
  (c) => EXECUTION.has(c),
];

/** Where a code stands in VERIFY.md §2's order: the rest come after every named place. */
export function problemRank(code: string): number {
  const i = ORDER.findIndex((test) => test(code));
  return i >= 0 ? i : ORDER.length;
}

/** Codes whose first finding is quoted when it leads: the reason a reviewer must read first. */
const QUOTED = new Set(['indicators_missing', 'self_score_inflated']);

/** At most this many kinds of problem are named; the rest are counted (`等5类问题`). */
const SHOWN = 3;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** A finding's message without its place (`工作表“X”G15单元格：`) and its closing full stop. */
function withoutPlace(message: string): string {
  return message.replace(/^工作表“[^”]*”(?:[A-Z]+\d+单元格)?：/, '').replace(/。$/, '');
}

interface Kind {
  readonly code: string;
  readonly count: number;
  readonly severity: ReviewProblem['severity'];
  readonly first: ReviewProblem;
}

/** The form's kinds of problem in VERIFY.md §2's order; within a place by severity, then count. */
export function rankedProblems(problems: readonly ReviewProblem[]): Kind[] {
  const kinds = new Map<string, { count: number; first: ReviewProblem }>();
  for (const p of problems) {
    const k = kinds.get(p.code);
    if (k) k.count++;
    else kinds.set(p.code, { count: 1, first: p });
  }
  return [...kinds.entries()]
    .map(([code, k]) => ({ code, count: k.count, severity: k.first.severity, first: k.first }))
    .sort(
      (a, b) =>
        problemRank(a.code) - problemRank(b.code) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.count - a.count ||
        (a.code < b.code ? -1 : 1),
    );
}

/**
 * `重复：与“a.xlsx”的自评表单位、项目、年度相同，未计入统计`, or '' for a form counted. The sheet and
 * row are named when the form repeated starts below row 1 (a sheet that holds several forms).
 */
export function duplicateText(form: ReviewedForm): string {
  const d = form.duplicateOf;
  if (!d) return '';
  const where = d.firstRow > 1 ? `工作表“${d.sheet}”第${d.firstRow}行起` : '';
  return `重复：与“${d.file}”${where}的自评表单位、项目、年度相同，未计入统计`;
}

/**
 * The 主要问题 of a form in words: its kinds of problem in VERIFY.md §2's order, the first quoted
 * when it is a form not fully read or an inflated self-score, at most three named (`（3处）` when
 * a kind occurs more than once) and the others counted. Notes (提示) are named only when the form
 * has no error or warning: they explain, they ask for nothing. A repeated form says so first.
 * Empty when the form has no finding.
 */
export function formProblemText(form: ReviewedForm): string {
  const ranked = rankedProblems(form.problems);
  const serious = ranked.filter((k) => k.severity !== 'info');
  const kinds = serious.length > 0 ? serious : ranked.slice(0, 1);
  const named = kinds.slice(0, SHOWN).map((k, i) => {
    const name = codeName(k.code);
    if (i === 0 && QUOTED.has(k.code)) return `${name}：${withoutPlace(k.first.message)}`;
    return k.count > 1 ? `${name}（${k.count}处）` : name;
  });
  const more = kinds.length - named.length;
  const text = named.join('；') + (more > 0 ? `等${kinds.length}类问题` : '');
  return [duplicateText(form), text].filter(Boolean).join('；');
}
