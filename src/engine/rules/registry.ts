/**
 * The rule registry: every scoring method of an indicator, listed once with what it applies to, how
 * it scores and its workings formula (the live Excel formula of 评分计算 that recomputes the score).
 * scoreIndicator.ts asks the rules in ORDER and takes the first that applies; workings.ts asks the
 * rule that scored a row for its formula. `formula` is a required key of a mapped type over RuleId,
 * so a rule without a formula (or an explicit `null`: a judgement, not arithmetic) does not compile.
 * The outcomes the rules build live beside it: judgedOutcomes.ts (bands, the qualitative judgement,
 * unit mismatch) and quantityOutcomes.ts (higher / lower, deviation, satisfaction, 评分依据 quotes).
 */
import { fmtPercent, fmtScore } from '../base/format';
import type { Profile } from './profiles';
import type { ScoredBudget, ScoredIndicator } from '../score/scoreTypes';
import { reconcile } from '../read/values';
import { judgeDeadline } from './deadline';
import { penaltyFormula } from './deviationPenalty';
import { partialFormula, stepsFormula } from './formulas';
import { NO_READING, judge, mismatch, qualitative, targetCell } from './judgedOutcomes';
import { scoreRange } from './quantity';
import {
  actualQuantity,
  arithmetic,
  deviation,
  directional,
  isQuantity,
  quoted,
  satisfactionPair,
  show,
} from './quantityOutcomes';
import { scoreBudget } from './budget';
import type { FormulaInput, Outcome, RowRefs, RuleInput } from './ruleTypes';
import { scoreSatisfaction } from './satisfaction';

export { NO_READING } from './judgedOutcomes';

/** The rules: one per scoring method, satisfaction steps apart from higher-is-better. */
export type RuleId =
  'deadline' | 'none' | 'satisfaction' | 'range' | 'higher' | 'lower' | 'qualitative';

/** One scoring method. */
export interface IndicatorRule<R extends RuleId = RuleId> {
  readonly id: R;
  /** What it applies to, in words (docs/RULES.md quotes these). */
  readonly appliesTo: string;
  /** Whether it scores the row; rules are asked in ORDER and the first that applies scores. */
  readonly applies: (x: RuleInput) => boolean;
  /** How it scores. */
  readonly score: (x: RuleInput) => Outcome;
  /**
   * The workings formula recomputing the score from the row's cells, or null for a judgement (the
   * workings then show the value and the rule's words). Required: a new rule must say which.
   */
  readonly formula: ((x: FormulaInput) => string | null) | null;
}

/** Garbage in a target cell: only signs, dashes or placeholders, which nobody can read as a target. */
function isUnreadableTarget(text: string): boolean {
  return (
    /^[\s\-—–_/\\.。…·*?？xX#≥≤<>=%0-9０-９]*$/.test(text) ||
    /^(无|暂无|不适用|待定|未定)$/.test(text.trim())
  );
}

/** Rows whose 指标性质 says 定性 are judged whatever their cells read. */
const byFormula = (x: RuleInput): boolean => !x.target.forcedQualitative;
const targetUnusable = (x: RuleInput): boolean =>
  x.target.reading.kind === 'empty' ||
  (x.target.reading.kind === 'text' && isUnreadableTarget(x.target.text));

/** One-number target (higher or lower is better) with a quantity actual. */
const numberTarget = (x: RuleInput): boolean =>
  byFormula(x) && x.target.reading.kind === 'number' && isQuantity(x.actual.reading);

/** Every indicator rule, by id. */
export const RULES: { readonly [R in RuleId]: IndicatorRule<R> } = {
  deadline: {
    id: 'deadline',
    appliesTo: '年度指标值为时限（日期、“X月底前”）的指标',
    applies: (x) => byFormula(x) && x.target.reading.kind === 'deadline',
    score: (x) => {
      const t = x.target.reading;
      if (t.kind !== 'deadline') return qualitative(x, 'deadline');
      const outcome = judgeDeadline(t.date, x.actual.reading, x.actual.text, x.ctx.year);
      if (outcome === null) return qualitative(x, 'deadline');
      if (!outcome.met) return judge(x, outcome.band, false, outcome.rule, 'deadline');
      return {
        score: x.w,
        method: 'deadline',
        band: null,
        basis: `${outcome.rule}，得满分${fmtScore(x.w)}分`,
        reading: NO_READING,
        judgement: false,
        findings: [],
      };
    },
    // Met on time is full marks; otherwise a band: never arithmetic.
    formula: null,
  },
  none: {
    id: 'none',
    appliesTo: '年度指标值为空或无法识别、实际完成值为数量或日期的指标（无法比较，得0分）',
    applies: (x) =>
      byFormula(x) &&
      targetUnusable(x) &&
      (isQuantity(x.actual.reading) || x.actual.reading.kind === 'deadline'),
    score: (x) => ({
      score: 0,
      method: 'none',
      band: null,
      basis: '年度指标值为空或无法识别，得0分',
      reading: NO_READING,
      judgement: false,
      findings: [x.finding('target_missing', targetCell(x), { target: x.target.text })],
    }),
    formula: null,
  },
  satisfaction: {
    id: 'satisfaction',
    appliesTo: '评分规则设有满意度分档时，二级指标或名称含“满意”、实际为百分比的指标',
    applies: (x) => byFormula(x) && satisfactionPair(x) !== null,
    score: (x) => {
      const pair = satisfactionPair(x);
      const steps = x.ctx.profile.satisfaction;
      if (!pair || !steps) return qualitative(x);
      const stepped = scoreSatisfaction(x.w, pair.a.value, steps);
      // Satisfaction is a higher-is-better quantity too, so §8.9's deviation check applies.
      const { score, basis, findings } = deviation(
        x,
        pair.t.value,
        pair.a.value,
        stepped,
        `满意度${fmtPercent(pair.a.value)}，按满意度分档得${fmtScore(stepped)}分`,
      );
      return {
        score,
        method: 'higher',
        band: null,
        judgement: false,
        findings,
        basis,
        reading: {
          target: pair.t.value,
          targetHigh: null,
          actual: pair.a.value,
          unit: '%',
          mode: 'satisfaction',
        },
      };
    },
    formula: ({ ind, profile, refs }) =>
      arithmetic(ind) && profile.satisfaction
        ? penaltyFormula(
            stepsFormula(refs.a, refs.w, profile.satisfaction),
            refs.t,
            refs.a,
            profile.deviationPenalty,
          )
        : null,
  },
  range: {
    id: 'range',
    appliesTo: '年度指标值为区间（“90%-95%”）、实际为数量的指标',
    applies: (x) =>
      byFormula(x) && x.target.reading.kind === 'range' && isQuantity(x.actual.reading),
    score: (x) => {
      const t = x.target.reading;
      if (t.kind !== 'range') return qualitative(x);
      const { profile } = x.ctx;
      const aq = actualQuantity(x.actual.reading, 'higher');
      const lo = aq && reconcile(t.lo, aq);
      const hi = aq && reconcile(t.hi, aq);
      if (!aq || !lo || !hi) return mismatch(x, t.lo, aq);
      const av = lo.a.value;
      const score = scoreRange(x.w, lo.t.value, hi.t.value, av, profile.quantity);
      const u = lo.t.unit || lo.a.unit;
      const inside = av >= lo.t.value && av <= hi.t.value;
      const mode = profile.quantity.mode;
      return {
        score,
        method: 'range',
        band: null,
        judgement: false,
        findings: [],
        basis: inside
          ? `实际${quoted(x.actual.reading, av, u, lo.a, '年度指标值')}在目标区间${show(lo.t.value, u)}–${show(hi.t.value, u)}内，得满分${fmtScore(x.w)}分`
          : `实际${quoted(x.actual.reading, av, u, lo.a, '年度指标值')}在目标区间${show(lo.t.value, u)}–${show(hi.t.value, u)}外，得${fmtScore(score)}分`,
        reading: { target: lo.t.value, targetHigh: hi.t.value, actual: av, unit: u, mode },
      };
    },
    // Inside → w; below → by a / lo; above → by hi / a; lo ≤ 0 or a ≤ 0 below → 0.
    formula: ({ ind, profile, refs: { t, tHigh, a, w } }) =>
      arithmetic(ind) && ind.reading.targetHigh !== null
        ? `IF(AND(${a}>=${t},${a}<=${tHigh}),${w},IF(${a}<${t},` +
          `IF(OR(${t}<=0,${a}<=0),0,${partialFormula(a, t, w, profile)}),` +
          `IF(${tHigh}<=0,0,${partialFormula(tHigh, a, w, profile)})))`
        : null,
  },
  higher: {
    id: 'higher',
    appliesTo: '年度指标值为一个数（“≥”“>”“=”或未写方向）、越高越好的数量指标',
    applies: (x) => numberTarget(x) && x.direction().better === 'higher',
    score: (x) => directional(x, 'higher'),
    // a ≥ t → w; t ≤ 0 or a ≤ 0 below the target → 0; otherwise by a / t.
    formula: ({ ind, profile, refs: { t, a, w } }) =>
      arithmetic(ind)
        ? penaltyFormula(
            `IF(${a}>=${t},${w},IF(OR(${t}<=0,${a}<=0),0,${partialFormula(a, t, w, profile)}))`,
            t,
            a,
            profile.deviationPenalty,
          )
        : null,
  },
  lower: {
    id: 'lower',
    appliesTo: '年度指标值为“≤”“<”或成本、时长类越低越好的数量指标',
    applies: (x) => numberTarget(x) && x.direction().better === 'lower',
    score: (x) => directional(x, 'lower'),
    // a ≤ t → w; t ≤ 0 with a above it → 0; otherwise by t / a.
    formula: ({ ind, profile, refs: { t, a, w } }) =>
      arithmetic(ind)
        ? `IF(${a}<=${t},${w},IF(${t}<=0,0,${partialFormula(t, a, w, profile)}))`
        : null,
  },
  qualitative: {
    id: 'qualitative',
    appliesTo: '其余指标：定性（指标性质为定性，或目标、实际为文字），按A/B/C档判断',
    applies: () => true,
    score: (x) => qualitative(x),
    formula: null,
  },
};

/** The order rules are asked in: specific before general; qualitative takes whatever is left. */
export const ORDER: readonly RuleId[] = [
  'deadline',
  'none',
  'satisfaction',
  'range',
  'higher',
  'lower',
  'qualitative',
];

/** The rule that scored a row, from its method and reading mode. */
export function ruleOf(ind: Pick<ScoredIndicator, 'method' | 'reading'>): IndicatorRule {
  if (ind.reading.mode === 'satisfaction') return RULES.satisfaction;
  return RULES[ind.method];
}

/** Scores a row by the first rule that applies. */
export function applyRules(x: RuleInput): Outcome {
  for (const id of ORDER) {
    const rule: IndicatorRule = RULES[id];
    if (rule.applies(x)) return rule.score(x);
  }
  return RULES.qualitative.score(x);
}

/** What a budget formula is written from. */
export interface BudgetFormulaInput {
  readonly budget: ScoredBudget;
  readonly profile: Profile;
  readonly refs: RowRefs;
}

/** Budget execution (SCORING.md §3 first row, §7): the one rule of the 预算执行 row. */
export const BUDGET_RULE = {
  appliesTo: '预算执行率：全年执行数 ÷ 预算数（全年预算数，空时取年初预算数），超过100%按100%计',
  score: scoreBudget,
  /** 执行数 / 预算数, capped at 100%; null when no rate was computed. */
  rateFormula: ({ budget, refs }: Omit<BudgetFormulaInput, 'profile'>): string | null =>
    budget.rate === null || budget.planned === null || budget.executed === null
      ? null
      : `MIN(1,${refs.a}/${refs.t})`,
  /** The score over the rate cell: proportional or stepped by profile. */
  formula: ({ budget, profile, refs: { rate, w } }: BudgetFormulaInput): string | null => {
    if (budget.rate === null) return null;
    const b = profile.budget;
    const inner =
      b.mode === 'proportional' ? `ROUND(${w}*${rate},2)` : stepsFormula(rate, w, b.steps);
    return `IF(${rate}<=0,0,${inner})`;
  },
} as const;
