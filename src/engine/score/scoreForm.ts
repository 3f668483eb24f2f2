/**
 * Scores a whole form: budget, indicators, weight checks, total and grade (SCORING.md §5, §6, §8.12).
 */
import { cmp, dec, minus, sum2, sumExact } from '../base/decimal';
import { type FindingData, finding } from '../findings/codes';
import { fmtPercent, fmtScore } from '../base/format';
import type { FormModel } from '../read/formModel';
import type { Profile } from '../rules/profiles';
import { executionCap } from '../rules/executionCaps';
import { spendingGap } from '../rules/spendingGap';
import { scoreBudgetBlock } from './scoreBudgetBlock';
import { type IndicatorContext, scoreIndicator } from './scoreIndicator';
import type { ScoredForm, ScoredIndicator } from './scoreTypes';
import type { WriteRecord } from '../base/snapshot';
import { squash } from '../base/text';
import { missingIndicators, readingFindings } from './coverageFindings';

/** The nominal first level a label belongs to (`产出指标（50分）` → 产出指标), or null. */
export function canonicalLevel1(label: string): string | null {
  const k = squash(label);
  if (k.includes('成本')) return '成本指标';
  if (k.includes('产出')) return '产出指标';
  if (k.includes('效益') || k.includes('效果')) return '效益指标';
  if (k.includes('满意')) return '满意度指标';
  return null;
}

/** Grade for a total out of `weightTotal` points (SCORING.md §6); a form not fully read has none (§11.2). */
export function gradeOf(total: number, weightTotal: number, profile: Profile): string {
  if (weightTotal <= 0) return profile.lowestGrade;
  const per100 = dec(total).times(100).div(weightTotal);
  for (const g of profile.grades) if (per100.gte(g.min)) return g.grade;
  return profile.lowestGrade;
}

function weightFindings(
  form: FormModel,
  indicators: readonly ScoredIndicator[],
  budgetWeight: number | null,
  profile: Profile,
): FindingData[] {
  const findings: FindingData[] = [];
  const weights = indicators.map((i) => i.weight).filter((w): w is number => w !== null);
  const sum = sumExact(budgetWeight === null ? weights : [...weights, budgetWeight]);
  // Also with no indicator read (§11.2): a budget's 10 points are not a form's 100.
  if (cmp(sum, 100) !== 0) {
    findings.push(
      finding(
        'weight_sum_not_100',
        form.totalSheet ?? form.sheet,
        form.totalWeightCell?.address ?? null,
        null,
        {
          sum: fmtScore(sum),
          budgetWeight: budgetWeight === null ? 0 : fmtScore(budgetWeight),
        },
      ),
    );
  }
  if (indicators.length === 0) return findings;

  // Several blocks (§9.6): a block's label weight is checked against its rows like a first level.
  const blocks = form.blocks ?? [];
  const blockSums = new Map<string, number[]>();
  for (const i of indicators) {
    const b = i.source.block;
    if (b === null || b === undefined || i.weight === null) continue;
    const list = blockSums.get(b);
    if (list) list.push(i.weight);
    else blockSums.set(b, [i.weight]);
  }
  for (const b of blocks) {
    if (b.weight === null) continue;
    const s = sumExact(blockSums.get(b.label) ?? []);
    if (cmp(s, b.weight) !== 0) {
      findings.push(
        finding('level1_weight_differs', b.sheet ?? form.sheet, b.cell, null, {
          level1: b.label,
          block: b.label,
          labelWeight: fmtScore(b.weight),
          sum: fmtScore(s),
        }),
      );
    }
  }
  // No first level, no split to compare with (§9.7); several blocks split their weight per goal,
  // so the form-wide nominal split says nothing about them either (a reading §9.6 leaves open).
  if (form.hasLevel1 === false || blocks.length >= 2) return findings;

  // Nominal split: 成本20/产出40/效益20/满意度10 only when 成本指标 is a first-level label (§8.12).
  const hasCost = indicators.some((i) => canonicalLevel1(i.level1) === '成本指标');
  // A profile without a nominal split (hubei-legacy) checks only the weights its labels write.
  const nominal = profile.nominalSplit;
  const split = nominal === null ? {} : hasCost ? nominal.withCost : nominal.standard;
  const sums = new Map<string, number[]>();
  for (const i of indicators) {
    const level = canonicalLevel1(i.level1);
    if (level && i.weight !== null) {
      // Push, not copy: copying the list for every row made this quadratic in a level's size.
      const list = sums.get(level);
      if (list) list.push(i.weight);
      else sums.set(level, [i.weight]);
    }
  }
  for (const [level, nominal] of Object.entries(split)) {
    const s = sumExact(sums.get(level) ?? []);
    if (cmp(s, nominal) !== 0) {
      const label = form.level1Labels.find((l) => canonicalLevel1(l.label) === level);
      findings.push(
        finding('level1_weight_differs', label?.sheet ?? form.sheet, label?.cell ?? null, null, {
          level1: level,
          sum: fmtScore(s),
          nominal: fmtScore(nominal),
        }),
      );
    }
  }
  // A weight written in the label (`产出指标（50分）`) must match its rows. A label repeated on
  // every row (no merge) is one first level: reported once (§8.12).
  const checked = new Set<string>();
  for (const label of form.level1Labels) {
    if (label.weight === null || checked.has(label.label)) continue;
    checked.add(label.label);
    const s = sumExact(
      indicators.filter((i) => i.level1 === label.label && i.weight !== null).map((i) => i.weight!),
    );
    if (cmp(s, label.weight) !== 0) {
      findings.push(
        finding('level1_weight_differs', label.sheet ?? form.sheet, label.cell, null, {
          level1: label.label,
          labelWeight: fmtScore(label.weight),
          sum: fmtScore(s),
        }),
      );
    }
  }
  return findings;
}

/** Scores one form. */
export function scoreForm(
  form: FormModel,
  profile: Profile,
  record: WriteRecord | null,
): { form: ScoredForm; findings: FindingData[] } {
  // What could not be read comes first: it decides how far any score below can be trusted.
  const findings: FindingData[] = readingFindings(form);
  const budgetPart = form.budget
    ? scoreBudgetBlock(form.sheet, form.budget, profile, record)
    : null;
  if (budgetPart) findings.push(...budgetPart.findings);
  // Without any year, deadlines are compared within one (leap) year; the engine stays deterministic.
  const ctx: IndicatorContext = { sheet: form.sheet, year: form.year, profile, record };
  const indicators: ScoredIndicator[] = [];
  for (const row of form.indicators) {
    const { scored, findings: f } = scoreIndicator(row, ctx);
    indicators.push(scored);
    for (const x of f) findings.push(x);
  }
  const budget = budgetPart?.budget ?? null;
  for (const x of weightFindings(form, indicators, budget ? budget.weight : null, profile))
    findings.push(x);
  const parts = indicators.map((i) => i.score);
  if (budget) parts.unshift(budget.score);
  const sum = sum2(parts);
  const weights = indicators.map((i) => i.weight ?? 0);
  if (budget) weights.unshift(budget.weight);
  const weightTotal = sumExact(weights);

  // §10 executionCaps: low execution caps the total (and so the grade).
  const cap = budget ? executionCap(budget.planned, budget.executed, profile.executionCaps) : null;
  const capped =
    cap && budget && budget.rawRate !== null && sum > cap.cap
      ? { cap: cap.cap, below: cap.below, rawRate: budget.rawRate, sum }
      : null;
  const total = capped ? capped.cap : sum;
  if (capped) {
    findings.push(
      finding(
        'total_capped',
        form.totalSheet ?? form.sheet,
        form.totalCell?.address ?? null,
        null,
        {
          rate: fmtPercent(capped.rawRate),
          below: fmtPercent(capped.below),
          cap: fmtScore(capped.cap),
          total: fmtScore(capped.sum),
        },
      ),
    );
  }
  // §10 spendingGap: results reported far ahead of the money spent.
  const gap = spendingGap(
    indicators.map((i) => i.score),
    indicators.map((i) => i.weight ?? 0),
    budget?.rate ?? null,
    profile.spendingGap,
  );
  if (gap && budget && profile.spendingGap) {
    findings.push(
      finding(
        'performance_outruns_spending',
        form.sheet,
        budget.rateCell ?? form.budget?.executed?.address ?? form.totalCell?.address ?? null,
        null,
        {
          performance: fmtPercent(gap.performance),
          execution: fmtPercent(gap.execution),
          gap: fmtPercent(gap.gap),
          threshold: fmtPercent(profile.spendingGap.threshold),
        },
      ),
    );
  }
  const missing = missingIndicators(form, indicators, {
    total,
    weightTotal,
    indicatorWeight: budget ? minus(weightTotal, budget.weight) : weightTotal,
  });
  if (missing) findings.unshift(missing);
  const grade = missing ? null : gradeOf(total, weightTotal, profile);
  return {
    form: { model: form, budget, indicators, weightTotal, total, grade, capped },
    findings,
  };
}
