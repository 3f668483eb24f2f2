/**
 * Why an indicator has, or has not, full marks, in the words a report uses. A score below the
 * weight does not always mean the target was missed: the weight may be missing, a cell empty or an
 * error, or a person kept a score inside band A. Each case gets its own phrase so the report never
 * says 未达到 of a target that was met.
 */
import { cellText, isBlank, isCellError } from '../base/cells';
import { cmp } from '../base/decimal';
import { toHalfWidth } from '../base/text';
import type { ScoredIndicator } from '../score/scoreTypes';

export type IndicatorStatus =
  /** Full marks. */
  | 'met'
  /** Higher is better and the actual is below the target. */
  | 'below'
  /** Lower is better and the actual is above the target. */
  | 'above'
  /** A range target the actual is outside of. */
  | 'outside'
  /** Judged band B or C: partly met, or late. */
  | 'partial'
  /** Judged band A (met) but scored below the weight (a person's score kept inside the band). */
  | 'metBelowFull'
  /**
   * The target is met, but a rule scores it below the full weight: 财预〔2021〕101号 satisfaction
   * steps (a met ≥80% target with 85% surveyed earns the 80% step), or a profile's deduction for an
   * actual far above its target. Never 未达到.
   */
  | 'stepped'
  | 'noWeight'
  | 'noTarget'
  | 'noActual'
  | 'errorCell';

export function statusOf(i: ScoredIndicator): IndicatorStatus {
  if (i.weight === null) return 'noWeight';
  if (cmp(i.score, i.weight) >= 0) return 'met';
  const target = i.source.target?.value;
  const actual = i.source.actual?.value;
  if (isCellError(target) || isCellError(actual) || isCellError(i.source.weight?.value))
    return 'errorCell';
  if (i.method === 'none')
    return isBlank(actual) || i.actual.trim() === '' ? 'noActual' : 'noTarget';
  if (i.band === 'A') return 'metBelowFull';
  const r = i.reading;
  if (r.mode === 'satisfaction' && r.target !== null && r.actual !== null && r.actual >= r.target)
    return 'stepped';
  // A met target a rule still scores below the weight (a profile's deduction for an actual far
  // above a target set too low): met, never 未达到.
  if (r.target !== null && r.actual !== null) {
    const met =
      i.method === 'higher'
        ? r.actual >= r.target
        : i.method === 'lower'
          ? r.actual <= r.target
          : i.method === 'range' && r.targetHigh !== null
            ? r.actual >= r.target && r.actual <= r.targetHigh
            : false;
    if (met) return 'stepped';
  }
  if (i.band !== null) return 'partial';
  if (i.method === 'lower') return 'above';
  if (i.method === 'range') return 'outside';
  return 'below';
}

/** Full marks. */
export const isComplete = (i: ScoredIndicator): boolean => statusOf(i) === 'met';

/** The target is met, whatever the score (full marks, a step below full, a kept manual score). */
export const isMet = (i: ScoredIndicator): boolean => {
  const s = statusOf(i);
  return s === 'met' || s === 'stepped' || s === 'metBelowFull';
};

/** Value text for prose: half-width digits and signs, a bare `=` dropped (`=100%` → `100%`). */
export function proseValue(text: string): string {
  return toHalfWidth(text.trim()).replace(/^[=＝]\s*/, '');
}

/** The 年初指标值 an adjusted target replaced, for prose; '' when there is none or it is the same. */
function initialTargetOf(i: ScoredIndicator): string {
  const initial = i.source.initialTarget ? proseValue(cellText(i.source.initialTarget.value)) : '';
  return initial === proseValue(i.target) ? '' : initial;
}

/**
 * The target for running prose, with the 年初指标值 when an adjusted target replaced it:
 * `≤450元` or `调整后≤450元（年初≤500元）`; '' when the form has none.
 */
export function proseTargetOf(i: ScoredIndicator): string {
  const t = proseValue(i.target);
  const initial = initialTargetOf(i);
  return t !== '' && initial !== '' ? `调整后${t}（年初${initial}）` : t;
}

/** The target inside brackets: `≥40家` or `调整后≤450元，年初≤500元`; '' when the form has none. */
export function bracketTargetOf(i: ScoredIndicator): string {
  const t = proseValue(i.target);
  const initial = initialTargetOf(i);
  return t !== '' && initial !== '' ? `调整后${t}，年初${initial}` : t;
}

/** `（≥40家）`: the target in brackets after 年度指标值, or nothing when the form has none. */
function targetInBrackets(i: ScoredIndicator): string {
  const t = bracketTargetOf(i);
  return t === '' ? '' : `（${t}）`;
}

/**
 * What an indicator's result says about its target, after the actual: `未达到年度指标值（≥40家）`,
 * `超出年度指标值（≤450元）`, `达到年度指标值（稳步提升），得27分（分值30分）`.
 */
export function resultPhrase(i: ScoredIndicator, fmtScore: (x: number) => string): string {
  const target = targetInBrackets(i);
  switch (statusOf(i)) {
    case 'met':
      return `达到年度指标值${target}`;
    case 'below':
      return `未达到年度指标值${target}`;
    case 'above':
      return `超出年度指标值${target}`;
    case 'outside':
      return `不在年度指标值区间${target}内`;
    case 'partial':
      return `未完全达到年度指标值${target}`;
    case 'metBelowFull':
    case 'stepped':
      return `达到年度指标值${target}，得${fmtScore(i.score)}分（分值${fmtScore(i.weight ?? 0)}分）`;
    case 'noWeight':
      return `年度指标值${proseValue(i.target) || '未填写'}，自评表未填写分值，按0分计`;
    case 'noTarget':
      return '自评表未填写可识别的年度指标值，按0分计';
    case 'noActual':
      return '实际完成值未填写，按0分计';
    case 'errorCell':
      return '自评表相关单元格为错误值，按0分计';
  }
}
