/**
 * Outcomes of the rule registry (registry.ts) computed from the numbers (SCORING.md §2, §3, §8):
 * a one-number target scored higher- or lower-is-better, the deviation check of an actual far over
 * its target (§8.9, with a profile's penalty, §10), the satisfaction pair, and how each side is
 * quoted in 评分依据 (as written, or in the other side's unit when one side has none).
 */
import { dec, gteTimes } from '../base/decimal';
import { fmtNumber, fmtPercent, fmtScore } from '../base/format';
import type { ScoredIndicator } from '../score/scoreTypes';
import { type Quantity, type ValueReading, reconcile, unitWord } from '../read/values';
import { deviationPenalty } from './deviationPenalty';
import { actualCell, mismatch, qualitative, targetCell } from './judgedOutcomes';
import { scoreHigher, scoreLower } from './quantity';
import type { Outcome, RuleInput } from './ruleTypes';
import { isSatisfaction } from './satisfaction';

/** Whether a reading is a quantity: a number or a range. */
export function isQuantity(r: ValueReading): boolean {
  return r.kind === 'number' || r.kind === 'range';
}

/** The actual as one number for a direction: a range actual counts by its less favourable end. */
export function actualQuantity(r: ValueReading, better: 'higher' | 'lower'): Quantity | null {
  if (r.kind === 'number') return r.q;
  if (r.kind === 'range') return better === 'higher' ? r.lo : r.hi;
  return null;
}

/** A number in its unit for 评分依据: a percent, or the number and its unit word. */
export function show(q: number, unit: string): string {
  return unit === '%' ? fmtPercent(q) : `${fmtNumber(q)}${unitWord(unit)}`;
}

/** A side's number for 评分依据: as the form writes it (`55万元/公里`), else from its reading. */
function shown(r: ValueReading, q: number, unit: string): string {
  return (r.kind === 'number' ? r.written : undefined) ?? show(q, unit);
}

/**
 * A side for 评分依据 when it may have been written without a unit: a bare number against a side
 * that has one (`90` against `≤90万元`) is quoted as written, saying whose unit it was counted in,
 * rather than as `90元`, which the form never says (SCORING.md §2: a missing unit on one side is
 * accepted). A bare number read as a percent (`95` against `≥90%`) is quoted as that percent.
 */
export function quoted(
  r: ValueReading,
  q: number,
  unit: string,
  side: Quantity,
  other: '年度指标值' | '实际完成值',
): string {
  const written = r.kind === 'number' ? r.q : null;
  // Read in the other side's multiplier too (`95` against `≤90万元` is 95万元: values.ts reconcile).
  if (written && written.unit === '' && side.shift)
    return `${fmtNumber(written.value)}（未写单位，按${other}的单位“${MULTIPLIER_WORDS[side.shift] ?? ''}${unitWord(unit)}”计）`;
  if (side.unit === '' && unit !== '' && unit !== '%')
    return `${fmtNumber(q)}（未写单位，按${other}的单位“${unitWord(unit)}”计）`;
  return shown(r, q, unit);
}

/** The multiplier words by their power of ten, as a unit is written (`万元`). */
const MULTIPLIER_WORDS: Readonly<Record<number, string>> = { 4: '万', 8: '亿' };

/**
 * §8.9: a higher-is-better actual at or above threshold × target suggests a target set too low;
 * under a profile's deviationPenalty (§10) it also costs points, which the finding and the basis say.
 */
export function deviation(
  x: RuleInput,
  t: number,
  a: number,
  score: number,
  basis: string,
): { score: number; basis: string; findings: Outcome['findings'] } {
  const { profile } = x.ctx;
  const flagged = t > 0 && gteTimes(a, t, profile.deviationThreshold);
  const penalty = deviationPenalty(score, t, a, profile.deviationPenalty);
  if (!flagged && !penalty) return { score, basis, findings: [] };
  const threshold =
    !flagged && profile.deviationPenalty
      ? profile.deviationPenalty.threshold
      : profile.deviationThreshold;
  const params = {
    target: x.target.text,
    actual: x.actual.text,
    ratio: fmtPercent(dec(a).div(t).toNumber()),
    threshold: fmtPercent(threshold),
  };
  if (!penalty)
    return { score, basis, findings: [x.finding('deviation_over_target', actualCell(x), params)] };
  return {
    score: penalty.score,
    basis: `${basis}；实际超过目标${fmtPercent(profile.deviationPenalty?.threshold ?? threshold)}，扣${fmtScore(penalty.lost)}分，得${fmtScore(penalty.score)}分`,
    findings: [
      x.finding('deviation_over_target', actualCell(x), {
        ...params,
        penalty: fmtScore(penalty.lost),
      }),
    ],
  };
}

/** The target and actual of a satisfaction row in one unit, when it is a percent. */
export function satisfactionPair(x: RuleInput): { t: Quantity; a: Quantity } | null {
  const t = x.target.reading;
  const a = x.actual.reading;
  if (!x.ctx.profile.satisfaction || a.kind !== 'number') return null;
  if (t.kind !== 'number' && t.kind !== 'range') return null;
  if (!isSatisfaction(x.ind.level1, x.ind.level2, x.ind.name)) return null;
  const pair = reconcile(t.kind === 'number' ? t.q : t.lo, a.q);
  return pair && pair.a.unit === '%' ? pair : null;
}

/** Whether a score is arithmetic over the row's numbers (else the workings show a value). */
export function arithmetic(ind: ScoredIndicator): boolean {
  const r = ind.reading;
  return !ind.manualKept && ind.weight !== null && r.target !== null && r.actual !== null;
}

/** Scores a one-number target, higher or lower is better, with its basis and findings. */
export function directional(x: RuleInput, better: 'higher' | 'lower'): Outcome {
  const { profile } = x.ctx;
  const t = x.target.reading;
  const a = x.actual.reading;
  if (t.kind !== 'number') return qualitative(x);
  const dir = x.direction();
  const aq = actualQuantity(a, better);
  const pair = aq && reconcile(t.q, aq);
  if (!aq || !pair) return mismatch(x, t.q, aq);
  const tv = pair.t.value;
  const av = pair.a.value;
  const u = pair.t.unit || pair.a.unit;
  const mode = profile.quantity.mode;
  const reading = { target: tv, targetHigh: null, actual: av, unit: u, mode };
  const actualText = quoted(a, av, u, pair.a, '年度指标值');
  const targetText = quoted(t, tv, u, pair.t, '实际完成值');
  if (better === 'higher') {
    const computed = scoreHigher(x.w, tv, av, profile.quantity);
    const score = computed;
    const basis =
      av >= tv
        ? `实际${actualText}不低于目标${targetText}，得满分${fmtScore(x.w)}分`
        : mode === 'proportional' || tv <= 0
          ? `实际${actualText}低于目标${targetText}，按完成比例得${fmtScore(score)}分`
          : `完成比例${fmtPercent(dec(av).div(tv).toNumber())}，按${fmtPercent(profile.quantity.floor)}起评规则得${fmtScore(score)}分`;
    const checked = deviation(x, tv, av, computed, basis);
    return {
      score: checked.score,
      method: 'higher',
      band: null,
      basis: checked.basis,
      judgement: false,
      findings: checked.findings,
      reading,
    };
  }
  const score = scoreLower(x.w, tv, av, profile.quantity);
  const basis =
    av <= tv
      ? `实际${actualText}不高于目标${targetText}，得满分${fmtScore(x.w)}分`
      : `实际${actualText}高于目标${targetText}，按完成比例得${fmtScore(score)}分`;
  const found =
    dir.inferred && dir.better === 'lower'
      ? [x.finding('direction_inferred', targetCell(x), { reason: dir.reason })]
      : [];
  return { score, method: 'lower', band: null, basis, judgement: false, findings: found, reading };
}
