/**
 * Scores one indicator row by the profile's rules (SCORING.md §2–§4, §8) and reports its findings.
 * The flow: weight → error and empty cells → the method the target and actual call for → score →
 * manual-score handling → explanation and deviation checks.
 */
import { cellText, isBlank, isCellError } from './cells';
import { displayText, numberOf, typedByPerson } from './cellReading';
import { dec, gteTimes, round } from './decimal';
import { type FindingCode, type FindingData, type ParamsArg, finding } from './findings';
import { fmtNumber, fmtPercent, fmtScore } from './format';
import type { IndicatorRow } from './parse/formModel';
import type { Profile } from './profiles';
import { judgeDeadline } from './rules/deadline';
import { directionOf } from './rules/direction';
import {
  type BandName,
  bandDefault,
  bandLimits,
  classifyQualitative,
  inBand,
} from './rules/judgement';
import { scoreHigher, scoreLower, scoreRange } from './rules/quantity';
import { isSatisfaction, scoreSatisfaction } from './rules/satisfaction';
import type { Method, Reading, ScoredIndicator } from './scoreTypes';
import type { WriteRecord } from './snapshot';
import {
  type Quantity,
  type ValueReading,
  readValueCell,
  readValueText,
  reconcile,
  unitWord,
} from './values';

/** Context shared by all indicators of a form. */
export interface IndicatorContext {
  readonly sheet: string;
  /** The form's year (from its title or 年度 row), null when it has none. */
  readonly year: number | null;
  readonly profile: Profile;
  readonly record: WriteRecord | null;
}

const NO_READING: Reading = { target: null, targetHigh: null, actual: null, unit: '', mode: null };
const OPERATOR_SIGNS = /^(≥|>=|>|≤|<=|<|=|＞|＜|＝|≧|≦)$/;

/** Target or actual text and reading, composing Sichuan-style split columns (SCORING.md §8.8). */
function readSide(
  ind: IndicatorRow,
  which: 'target' | 'actual',
): { text: string; reading: ValueReading; forcedQualitative: boolean } {
  const ref = ind[which];
  const natureText = ind.nature ? cellText(ind.nature.value).trim() : '';
  const forcedQualitative = natureText.includes('定性');
  if (!ref) return { text: '', reading: { kind: 'empty' }, forcedQualitative };
  if (isCellError(ref.value) || isBlank(ref.value)) {
    return { text: displayText(ref), reading: readValueCell(ref.value), forcedQualitative };
  }
  const unitText = ind.unit ? cellText(ind.unit.value).trim() : '';
  const split = ind.nature !== null || ind.unit !== null;
  if (!split)
    return {
      text: displayText(ref),
      reading: readValueCell(ref.value, ref.format),
      forcedQualitative,
    };
  const value = displayText(ref);
  // A value that already carries its operator (`≥90` beside `≥`) must not get a second one.
  const op =
    which === 'target' && OPERATOR_SIGNS.test(natureText) && !/^[≥≤<>=＞＜＝≧≦]/.test(value)
      ? natureText
      : '';
  const text = `${op}${value}${value.endsWith(unitText) ? '' : unitText}`;
  return { text, reading: readValueText(text), forcedQualitative };
}

/** Garbage in a target cell: only signs, dashes or placeholders, which nobody can read as a target. */
function isUnreadableTarget(text: string): boolean {
  return (
    /^[\s\-—–_/\\.。…·*?？xX#≥≤<>=%0-9０-９]*$/.test(text) ||
    /^(无|暂无|不适用|待定|未定)$/.test(text.trim())
  );
}

function isQuantity(r: ValueReading): boolean {
  return r.kind === 'number' || r.kind === 'range';
}

/** The actual as one number for a direction: a range actual counts by its less favourable end. */
function actualQuantity(r: ValueReading, better: 'higher' | 'lower'): Quantity | null {
  if (r.kind === 'number') return r.q;
  if (r.kind === 'range') return better === 'higher' ? r.lo : r.hi;
  return null;
}

function unitLabel(u: string): string {
  return u === '' ? '无单位' : u;
}

function show(q: number, unit: string): string {
  return unit === '%' ? fmtPercent(q) : `${fmtNumber(q)}${unitWord(unit)}`;
}

/** A side's number for 评分依据: as the form writes it (`55万元/公里`), else from its reading. */
function shown(r: ValueReading, q: number, unit: string): string {
  return (r.kind === 'number' ? r.written : undefined) ?? show(q, unit);
}

interface Outcome {
  score: number;
  method: Method;
  band: BandName | null;
  basis: string;
  reading: Reading;
  /** Judgement cases may keep a manual score inside their band. */
  judgement: boolean;
  findings: FindingData[];
}

/** Scores one indicator. */
export function scoreIndicator(
  ind: IndicatorRow,
  ctx: IndicatorContext,
): { scored: ScoredIndicator; findings: FindingData[] } {
  const { sheet, profile } = ctx;
  const f = <K extends FindingCode>(
    code: K,
    cell: string | null,
    ...params: ParamsArg<K>
  ): FindingData<K> => finding(code, sheet, cell, ind.name, ...params);
  const findings: FindingData[] = [];
  const target = readSide(ind, 'target');
  const actual = readSide(ind, 'actual');
  const scoreCell = ind.score?.address ?? null;
  const at = (ref: { address: string } | null): string | null => ref?.address ?? ind.nameCell;

  const weightValue = ind.weight?.value;
  const weight = numberOf(weightValue);
  const none = (basis: string): Outcome => ({
    score: 0,
    method: 'none',
    band: null,
    basis,
    reading: NO_READING,
    judgement: false,
    findings: [],
  });

  let outcome: Outcome;
  if (ind.weight && isCellError(weightValue)) {
    findings.push(f('cell_error', ind.weight.address, { role: '分值', error: weightValue.error }));
    outcome = none('分值为错误值，得0分');
  } else if (weight === null) {
    findings.push(f('weight_missing', at(ind.weight)));
    outcome = none('未填写分值，得0分');
  } else if (target.reading.kind === 'error' || actual.reading.kind === 'error') {
    const [ref, role, r] =
      target.reading.kind === 'error'
        ? ([ind.target, '年度指标值', target.reading] as const)
        : ([ind.actual, '实际完成值', actual.reading] as const);
    findings.push(f('cell_error', at(ref), { role, error: r.kind === 'error' ? r.error : '' }));
    outcome = none(`${role}为错误值，得0分`);
  } else if (actual.reading.kind === 'empty') {
    findings.push(f('actual_missing', at(ind.actual)));
    outcome = none('实际完成值为空，得0分');
  } else {
    outcome = scoreByMethod(ind, ctx, weight, target, actual);
    findings.push(...outcome.findings);
  }

  // Manual scores (SCORING.md §4, §8.10): kept inside the band for judgement cases; otherwise the
  // computed score wins and the old value goes to the record, with a finding.
  const w = weight ?? 0;
  let score = outcome.score;
  let manualKept = false;
  const typed = typedByPerson(sheet, ind.score, ctx.record);
  const previous = ind.score?.value ?? null;
  const oldRaw = numberOf(previous);
  // A kept score is a score like any other: 2 decimals, half-up (SCORING.md §3).
  const old = oldRaw === null ? null : round(oldRaw);
  // §5 names "a manual or pre-existing score": any value found above the weight, typed or not.
  if (ind.score && oldRaw !== null && weight !== null && oldRaw > weight) {
    findings.push(
      f('score_exceeds_weight', ind.score.address, {
        score: fmtScore(oldRaw),
        weight: fmtScore(weight),
      }),
    );
  }
  if (typed && ind.score) {
    if (outcome.judgement && outcome.band) {
      if (old !== null && inBand(profile, outcome.band, w, old)) {
        score = old;
        manualKept = true;
        // The rule's own finding must quote the score that stands, not the band default (§8.10).
        for (let i = 0; i < findings.length; i++) {
          const x = findings[i]!;
          if (x.code === 'qualitative_auto' || x.code === 'needs_judgement') {
            findings[i] = finding(x.code, x.sheet, x.cell, x.indicator, {
              ...x.params,
              score: fmtScore(score),
            });
          }
        }
      } else {
        const { low, high } = bandLimits(profile, outcome.band, w);
        findings.push(
          f('manual_score_out_of_band', ind.score.address, {
            manual: cellText(previous),
            band: outcome.band,
            low: fmtScore(low),
            high: fmtScore(high),
            score: fmtScore(score),
          }),
        );
      }
    } else if (
      outcome.method !== 'qualitative' &&
      outcome.method !== 'none' &&
      (old === null || Math.abs(old - score) > 1e-9)
    ) {
      findings.push(
        f('score_changed', ind.score.address, { old: cellText(previous), new: fmtScore(score) }),
      );
    }
  }

  // 偏差原因 must explain any lost point and any target exceeded by far (SCORING.md §5, §8.2).
  const explanation = ind.explanation ? cellText(ind.explanation.value).trim() : '';
  const deviated = findings.some((x) => x.code === 'deviation_over_target');
  if (explanation === '' && weight !== null && (score < weight || deviated)) {
    const why =
      score < weight
        ? `得分${fmtScore(score)}低于分值${fmtScore(weight)}`
        : '实际完成值远超年度指标值';
    findings.push(
      f('explanation_missing', ind.explanation?.address ?? scoreCell ?? ind.nameCell, { why }),
    );
  }

  const basis = manualKept
    ? `${outcome.basis}；保留手工得分${fmtScore(score)}分（在${outcome.band}档范围内）`
    : outcome.basis;
  return {
    scored: {
      source: ind,
      name: ind.name,
      level1: ind.level1,
      level2: ind.level2,
      row: ind.row + 1,
      target: target.text,
      actual: actual.text,
      weight,
      score,
      method: outcome.method,
      band: outcome.band,
      cell: scoreCell,
      basis,
      reading: outcome.reading,
      explanation,
      previous,
      manualKept,
    },
    findings,
  };
}

type Side = ReturnType<typeof readSide>;

function scoreByMethod(
  ind: IndicatorRow,
  ctx: IndicatorContext,
  w: number,
  target: Side,
  actual: Side,
): Outcome {
  const { sheet, profile } = ctx;
  const f = <K extends FindingCode>(
    code: K,
    cell: string | null,
    ...params: ParamsArg<K>
  ): FindingData<K> => finding(code, sheet, cell, ind.name, ...params);
  const targetCell = ind.target?.address ?? ind.nameCell;
  const actualCell = ind.actual?.address ?? ind.nameCell;
  const t = target.reading;
  const a = actual.reading;

  const judge = (
    band: BandName,
    automatic: boolean,
    rule: string,
    method: Method,
    extra: FindingData[] = [],
  ): Outcome => {
    const score = bandDefault(profile, band, w);
    const code = automatic ? 'qualitative_auto' : 'needs_judgement';
    return {
      score,
      method,
      band,
      judgement: true,
      reading: NO_READING,
      basis: `${rule}，判定${band}档，得${fmtScore(score)}分`,
      findings: [
        ...extra,
        f(code, actualCell, { actual: actual.text, rule, band, score: fmtScore(score) }),
      ],
    };
  };
  const qualitative = (method: Method = 'qualitative'): Outcome => {
    const c = classifyQualitative(actual.text, target.text);
    return judge(c.band, c.automatic, c.rule, method);
  };

  if (target.forcedQualitative) return qualitative();

  if (t.kind === 'deadline') {
    const outcome = judgeDeadline(t.date, a, actual.text, ctx.year);
    if (outcome === null) return qualitative('deadline');
    if (outcome.met) {
      return {
        score: w,
        method: 'deadline',
        band: null,
        basis: `${outcome.rule}，得满分${fmtScore(w)}分`,
        reading: NO_READING,
        judgement: false,
        findings: [],
      };
    }
    return judge(outcome.band, false, outcome.rule, 'deadline');
  }

  if (t.kind === 'empty' || (t.kind === 'text' && isUnreadableTarget(target.text))) {
    if (isQuantity(a) || a.kind === 'deadline') {
      return {
        score: 0,
        method: 'none',
        band: null,
        basis: '年度指标值为空或无法识别，得0分',
        reading: NO_READING,
        judgement: false,
        findings: [f('target_missing', targetCell, { target: target.text })],
      };
    }
    return qualitative();
  }

  if (t.kind !== 'number' && t.kind !== 'range') return qualitative();
  if (!isQuantity(a)) return qualitative();

  // Satisfaction under 2021 bands: the surveyed rate itself is scored on steps.
  if (
    profile.satisfaction &&
    isSatisfaction(ind.level1, ind.level2, ind.name) &&
    a.kind === 'number'
  ) {
    const tq = t.kind === 'number' ? t.q : t.lo;
    const pair = reconcile(tq, a.q);
    if (pair && pair.a.unit === '%') {
      const score = scoreSatisfaction(w, pair.a.value, profile.satisfaction);
      // Satisfaction is a higher-is-better quantity too, so §8.9's deviation check applies.
      const found: FindingData[] = [];
      if (pair.t.value > 0 && gteTimes(pair.a.value, pair.t.value, profile.deviationThreshold)) {
        found.push(
          f('deviation_over_target', actualCell, {
            target: target.text,
            actual: actual.text,
            ratio: fmtPercent(dec(pair.a.value).div(pair.t.value).toNumber()),
            threshold: fmtPercent(profile.deviationThreshold),
          }),
        );
      }
      return {
        score,
        method: 'higher',
        band: null,
        judgement: false,
        findings: found,
        basis: `满意度${fmtPercent(pair.a.value)}，按满意度分档得${fmtScore(score)}分`,
        reading: {
          target: pair.t.value,
          targetHigh: null,
          actual: pair.a.value,
          unit: '%',
          mode: 'satisfaction',
        },
      };
    }
  }

  const mode = profile.quantity.mode;
  if (t.kind === 'range') {
    const aq = actualQuantity(a, 'higher');
    const lo = aq && reconcile(t.lo, aq);
    const hi = aq && reconcile(t.hi, aq);
    if (!aq || !lo || !hi) return mismatch(t.lo, aq);
    const av = lo.a.value;
    const score = scoreRange(w, lo.t.value, hi.t.value, av, profile.quantity);
    const u = lo.t.unit || lo.a.unit;
    const inside = av >= lo.t.value && av <= hi.t.value;
    return {
      score,
      method: 'range',
      band: null,
      judgement: false,
      findings: [],
      basis: inside
        ? `实际${show(av, u)}在目标区间${show(lo.t.value, u)}–${show(hi.t.value, u)}内，得满分${fmtScore(w)}分`
        : `实际${show(av, u)}在目标区间${show(lo.t.value, u)}–${show(hi.t.value, u)}外，得${fmtScore(score)}分`,
      reading: { target: lo.t.value, targetHigh: hi.t.value, actual: av, unit: u, mode },
    };
  }

  const dir = directionOf(t.op, ind.level1, ind.level2, ind.name);
  const aq = actualQuantity(a, dir.better);
  const pair = aq && reconcile(t.q, aq);
  if (!aq || !pair) return mismatch(t.q, aq);
  const tv = pair.t.value;
  const av = pair.a.value;
  const u = pair.t.unit || pair.a.unit;
  const found: FindingData[] = [];
  if (dir.inferred && dir.better === 'lower')
    found.push(f('direction_inferred', targetCell, { reason: dir.reason }));
  let score: number;
  let basis: string;
  if (dir.better === 'higher') {
    score = scoreHigher(w, tv, av, profile.quantity);
    basis =
      av >= tv
        ? `实际${shown(a, av, u)}不低于目标${shown(t, tv, u)}，得满分${fmtScore(w)}分`
        : mode === 'proportional' || tv <= 0
          ? `实际${shown(a, av, u)}低于目标${shown(t, tv, u)}，按完成比例得${fmtScore(score)}分`
          : `完成比例${fmtPercent(dec(av).div(tv).toNumber())}，按${fmtPercent(profile.quantity.mode === 'threshold' ? profile.quantity.floor : 0)}起评规则得${fmtScore(score)}分`;
    if (tv > 0 && gteTimes(av, tv, profile.deviationThreshold)) {
      found.push(
        f('deviation_over_target', actualCell, {
          target: target.text,
          actual: actual.text,
          ratio: fmtPercent(dec(av).div(tv).toNumber()),
          threshold: fmtPercent(profile.deviationThreshold),
        }),
      );
    }
  } else {
    score = scoreLower(w, tv, av, profile.quantity);
    basis =
      av <= tv
        ? `实际${shown(a, av, u)}不高于目标${shown(t, tv, u)}，得满分${fmtScore(w)}分`
        : `实际${shown(a, av, u)}高于目标${shown(t, tv, u)}，按完成比例得${fmtScore(score)}分`;
  }
  return {
    score,
    method: dir.better,
    band: null,
    basis,
    judgement: false,
    findings: found,
    reading: { target: tv, targetHigh: null, actual: av, unit: u, mode },
  };

  function mismatch(tq: Quantity, aq: Quantity | null): Outcome {
    const c = classifyQualitative(actual.text, target.text);
    const score = bandDefault(profile, c.band, w);
    return {
      score,
      method: 'qualitative',
      band: c.band,
      judgement: true,
      reading: NO_READING,
      basis: `单位不一致，无法按公式计算，判定${c.band}档，得${fmtScore(score)}分`,
      findings: [
        f('unit_mismatch', actualCell, {
          target: target.text,
          actual: actual.text,
          targetUnit: unitLabel(tq.unit),
          actualUnit: unitLabel(aq?.unit ?? ''),
          score: fmtScore(score),
        }),
      ],
    };
  }
}
