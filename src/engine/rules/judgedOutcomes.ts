/**
 * Outcomes of the rule registry (registry.ts) that are a judgement, not arithmetic: a band with
 * its default share of the weight and a finding asking (or not) to confirm it; the qualitative
 * judgement of the words (SCORING.md §4, §9.8); and the judgement of target and actual in units
 * that do not convert (§2). Also the cells such findings name. The quantity rules fall back on these.
 */
import { fmtScore } from '../base/format';
import type { BandName } from '../base/bands';
import type { Quantity } from '../read/values';
import { bandDefault, classifyQualitative } from './judgement';
import type { Outcome, RuleInput } from './ruleTypes';

/** The reading of an outcome with no arithmetic: no target, no actual, no unit, no mode. */
export const NO_READING = {
  target: null,
  targetHigh: null,
  actual: null,
  unit: '',
  mode: null,
} as const;

function unitLabel(u: string): string {
  return u === '' ? '无单位' : u;
}

/** The cell a finding on the target names: the target's, else the indicator's name cell. */
export const targetCell = (x: RuleInput): string => x.ind.target?.address ?? x.ind.nameCell;
/** The cell a finding on the actual names: the actual's, else the indicator's name cell. */
export const actualCell = (x: RuleInput): string => x.ind.actual?.address ?? x.ind.nameCell;

/** A band decided by a rule: its default share of the weight, a finding asking (or not) to confirm. */
export function judge(
  x: RuleInput,
  band: BandName,
  automatic: boolean,
  rule: string,
  method: Outcome['method'],
): Outcome {
  const score = bandDefault(x.ctx.profile, band, x.w);
  const params = { actual: x.actual.text, rule, band, score: fmtScore(score) };
  return {
    score,
    method,
    band,
    judgement: true,
    reading: NO_READING,
    basis: `${rule}，判定${band}档，得${fmtScore(score)}分`,
    findings: [
      automatic
        ? x.finding('qualitative_auto', actualCell(x), params)
        : x.finding('needs_judgement', actualCell(x), params),
    ],
  };
}

/**
 * §9.8: a number nobody can read is never a silent full mark; the rule quotes the text. An actual's
 * number counts only against a quantitative target: against a text target (`不低于上年`) a
 * description such as `上调至780元/月` is §4's ordinary description.
 */
function unreadNumber(x: RuleInput): { side: 'target' | 'actual'; text: string } | undefined {
  const t = x.target.reading;
  const a = x.actual.reading;
  if (t.kind === 'text' && t.unreadNumber !== undefined)
    return { side: 'target', text: t.unreadNumber };
  if (
    a.kind === 'text' &&
    a.unreadNumber !== undefined &&
    (t.kind === 'number' || t.kind === 'range')
  )
    return { side: 'actual', text: a.unreadNumber };
  return undefined;
}

/** Judged from the words (§4): the band the qualitative lexicon gives, with its finding. */
export function qualitative(x: RuleInput, method: Outcome['method'] = 'qualitative'): Outcome {
  const c = classifyQualitative(x.actual.text, x.target.text, unreadNumber(x));
  return judge(x, c.band, c.automatic, c.rule, method);
}

/** Target and actual in units that do not convert: judged from the words, with a finding. */
export function mismatch(x: RuleInput, tq: Quantity, aq: Quantity | null): Outcome {
  const c = classifyQualitative(x.actual.text, x.target.text);
  const score = bandDefault(x.ctx.profile, c.band, x.w);
  return {
    score,
    method: 'qualitative',
    band: c.band,
    judgement: true,
    reading: NO_READING,
    basis: `单位不一致，无法按公式计算，判定${c.band}档，得${fmtScore(score)}分`,
    findings: [
      x.finding('unit_mismatch', actualCell(x), {
        target: x.target.text,
        actual: x.actual.text,
        targetUnit: unitLabel(tq.unit),
        actualUnit: unitLabel(aq?.unit ?? ''),
        score: fmtScore(score),
      }),
    ],
  };
}
