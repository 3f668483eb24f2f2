/**
 * The words and phrases several parts of the 自评报告 share: who the report is about (the subject
 * of a department or a project form), amounts in 万元, how an indicator's target, actual and result
 * are written, the rules' name and the step a rate fell in, the cause of points a rule took, and
 * indicators grouped by 二级指标. 一、自评结论 and 二、佐证材料 both say these things; they live
 * here, apart from either part, so the two say them alike and import each other never.
 */
import { fmtMoney, fmtPercent, fmtScore } from '../base/format';
import { cmp, dec } from '../base/decimal';
import type { Profile, Step } from '../rules/profiles';
import type { ScoredForm, ScoredIndicator } from '../score/scoreTypes';
import { bare } from './chinese';
import { proseTargetOf, proseValue, resultPhrase, statusOf } from './status';

/** The words that change between a department and a project form. */
export interface Subject {
  /** `部门整体` or `项目`, as in 部门整体绩效自评得分 / 项目绩效自评得分. */
  readonly kindWord: '部门整体' | '项目';
  /** `部门` or `项目`, as in 部门自评工作开展情况 / 项目自评工作开展情况. */
  readonly shortWord: '部门' | '项目';
  /** Who the sentences are about: `荆门市民政局` or `XX项目`. */
  readonly who: string;
  /** What is scored, as the score sentence opens: `荆门市民政局部门整体` or `XX项目`. */
  readonly scored: string;
  /** `2022年` or '' when the form carries no year. */
  readonly year: string;
}

/** The subject of a form's report: a department's unit or a project, and its year. */
export function subjectOf(form: ScoredForm): Subject {
  const m = form.model;
  const year = m.year !== null ? `${m.year}年` : '';
  if (m.kind === 'project') {
    const name = m.projectName?.trim() ?? '';
    const project = name === '' ? '本项目' : name.endsWith('项目') ? name : `${name}项目`;
    return { kindWord: '项目', shortWord: '项目', who: project, scored: project, year };
  }
  const unit = m.unit?.trim() || m.implementer?.trim() || m.authority?.trim() || '本部门';
  return { kindWord: '部门整体', shortWord: '部门', who: unit, scored: `${unit}部门整体`, year };
}

/** Amounts are written in 万元 as on the form: `11,605.29万元`. */
export const money = (x: number): string => `${fmtMoney(x)}万元`;

/** Target and actual texts as the table shows them, with a word where the form left the cell empty. */
export const targetText = (i: ScoredIndicator): string =>
  i.target.trim() === '' ? '未填写' : i.target.trim();
/** The actual, the same way. */
export const actualText = (i: ScoredIndicator): string =>
  i.actual.trim() === '' ? '未填写' : i.actual.trim();
/** The same for prose: half-width, a bare `=` dropped, an Excel error value never quoted. */
export const proseTarget = (i: ScoredIndicator): string => proseTargetOf(i) || '未填写';
/** The actual, the same way for prose. */
export const proseActual = (i: ScoredIndicator): string =>
  (statusOf(i) === 'errorCell' ? '' : proseValue(i.actual)) || '未填写';
/** What the result says about the target, after the actual (resultPhrase, with the report's score format). */
export const result = (i: ScoredIndicator): string => resultPhrase(i, fmtScore);

/** The short name of the rules in prose: `101号` for 财预〔2021〕101号, else the profile's name in quotes. */
export function ruleName(profile: Profile): string {
  const m = /财预〔\d{4}〕(\d+)号/.exec(profile.name);
  return m ? `${m[1]}号` : `“${profile.name}”`;
}

/**
 * The step a rate fell in, in words: `（80%–90%）得分档80%`, `（90%及以上）得分档100%`, `（低于60%）得分档0`.
 * Steps are the profile's, sorted from the highest.
 */
export function stepPhrase(rate: number, steps: readonly Step[]): string {
  const sorted = [...steps].sort((p, q) => q.min - p.min);
  const at = sorted.findIndex((st) => rate >= st.min);
  if (at < 0) {
    const lowest = sorted[sorted.length - 1];
    return lowest ? `（低于${fmtPercent(lowest.min)}）得分档0` : '得分档0';
  }
  const step = sorted[at];
  if (!step) return '';
  const upper = sorted[at - 1];
  const range = upper
    ? `${fmtPercent(step.min)}–${fmtPercent(upper.min)}`
    : `${fmtPercent(step.min)}及以上`;
  return `（${range}）得分档${fmtPercent(step.factor)}`;
}

/** Completion ratio a / t (higher) or t / a (lower) the proportional rules score by; null when not a ratio. */
function completion(i: ScoredIndicator): number | null {
  const { target: t, actual: a, targetHigh } = i.reading;
  if (t === null || a === null) return null;
  if (i.method === 'higher') return t > 0 && a > 0 ? dec(a).div(t).toNumber() : null;
  if (i.method === 'lower') return a > 0 && t > 0 ? dec(t).div(a).toNumber() : null;
  if (i.method === 'range' && targetHigh !== null) {
    if (a < t) return t > 0 && a > 0 ? dec(a).div(t).toNumber() : null;
    return a > 0 && targetHigh > 0 ? dec(targetHigh).div(a).toNumber() : null;
  }
  return null;
}

/**
 * How the rule reached a score below the weight, after the target/actual clause: the cause of the
 * lost points in the words of the rule (`按完成比例95%计分`, `满意度85%，按101号分档（80%–90%）得分档80%`).
 */
export function scoringCause(i: ScoredIndicator, profile: Profile): string {
  const status = statusOf(i);
  const rule = ruleName(profile);
  if (i.reading.mode === 'satisfaction' && i.reading.actual !== null && profile.satisfaction) {
    return `满意度${fmtPercent(i.reading.actual)}，按${rule}分档${stepPhrase(i.reading.actual, profile.satisfaction)}`;
  }
  if (status === 'below' || status === 'above' || status === 'outside') {
    const r = completion(i);
    if (r === null) return '按0分计';
    if (i.reading.mode === 'threshold' && profile.quantity.mode === 'threshold') {
      const floor = fmtPercent(profile.quantity.floor);
      return cmp(r, profile.quantity.floor) < 0
        ? `完成比例${fmtPercent(r)}，低于${rule}规定的${floor}起评线`
        : `完成比例${fmtPercent(r)}，按${rule}规则（${floor}起评）计分`;
    }
    return `按完成比例${fmtPercent(r)}计分`;
  }
  if (status === 'partial') {
    // The rule that put the text in its band (`含“基本”`), from 评分依据; the values are said already.
    const why = i.basis.split('，判定')[0] ?? '';
    return `${why ? `${why}，` : ''}判定为${i.band ?? ''}档`;
  }
  if (status === 'metBelowFull') return '保留人工评定的得分';
  if (status === 'stepped') {
    // A deduction of the profile on a met target: its own words from 评分依据, after the full-marks clause.
    const rule = i.basis.split('；').slice(1).join('；');
    return (
      bare(rule.replace(/(，扣[\d.]+分)?，得[\d.]+分$/, '').replace(/，扣[\d.]+分$/, '')) ||
      bare(i.basis)
    );
  }
  return '';
}

/** Indicators grouped by 二级指标 (under their 一级指标), in form order. */
export function groupByLevel2(
  indicators: readonly ScoredIndicator[],
): { label: string; level1: string; items: ScoredIndicator[] }[] {
  const groups: { label: string; level1: string; items: ScoredIndicator[] }[] = [];
  for (const i of indicators) {
    const label = i.level2.trim() || i.level1.trim() || '其他指标';
    // Rows of one 二级指标 are usually adjacent; when a form splits them, they still go together.
    const same = groups.find((g) => g.label === label && g.level1 === i.level1);
    if (same) same.items.push(i);
    else groups.push({ label, level1: i.level1, items: [i] });
  }
  return groups;
}
