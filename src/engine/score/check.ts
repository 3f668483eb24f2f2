/**
 * Check mode (仅核查): compares the score, rate and total cells a form holds now with what the engine
 * computes, without writing anything. This is what a reviewer at the finance bureau runs on a
 * hand-scored form to list exactly its wrong cells.
 */
import { type CellValue, cellText, isBlank } from '../base/cells';
import { numberOf, pointsOf } from '../read/cellReading';
import { fmtMoney, fmtPercent, fmtScore } from '../base/format';
import type { ScoreResult, ScoredForm } from './scoreTypes';
import { totalCellOf, writesTotal } from './formIdentity';

/** Which kind of form cell differs. */
export type DifferenceKind = 'rate' | 'budget' | 'score' | 'total';

/** A form cell whose current value differs from the computed one. */
export interface Difference {
  readonly sheet: string;
  readonly cell: string;
  /** The indicator's name; `预算执行率` for the budget's rate and score; null for the total. */
  readonly indicator: string | null;
  /** The value the cell holds now. */
  readonly current: CellValue;
  /** The computed value (a rate as a fraction). */
  readonly expected: number;
  /** 评分依据: how the expected value was reached. */
  readonly rule: string;
  readonly kind: DifferenceKind;
}

/** Readings of a rate cell: a fraction, a percent text (`98.5%`), or a percent written as a number (98.5). */
/** Tolerance of the check column and of check mode: half a unit of the second decimal. */
export const CHECK_TOLERANCE = 0.005;

function rateReadings(v: CellValue): number[] {
  if (typeof v === 'number') return v > 1 ? [v, v / 100] : [v];
  if (typeof v !== 'string') return [];
  const t = v.trim().replace(/[％]$/, '%');
  if (t.endsWith('%')) {
    const n = numberOf(t.slice(0, -1));
    return n === null ? [] : [n / 100];
  }
  const n = numberOf(t);
  return n === null ? [] : n > 1 ? [n, n / 100] : [n];
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < CHECK_TOLERANCE;
}

/** True when a score cell holds the expected value (a blank cell never does). */
function scoreMatches(v: CellValue, expected: number): boolean {
  if (isBlank(v)) return false;
  const n = pointsOf(v);
  return n !== null && near(n, expected);
}

/**
 * Every score, rate or total cell whose current value differs from the computed one, in form order.
 * Tolerance 0.005; rates compare as fractions; a manual score the engine kept is not a difference.
 */
export function checkDifferences(result: ScoreResult): Difference[] {
  const out: Difference[] = [];
  for (const form of result.forms) {
    const sheet = form.model.sheet;
    const b = form.budget;
    const rateRef = form.model.budget?.rate ?? null;
    if (b && b.rate !== null && rateRef) {
      if (!rateReadings(rateRef.value).some((r) => near(r, b.rate!))) {
        const raw = b.rawRate ?? b.rate;
        const capped = raw > 1 ? '，超过100%按100%计' : '';
        out.push({
          sheet,
          cell: rateRef.address,
          indicator: '预算执行率',
          current: rateRef.value,
          expected: b.rate,
          kind: 'rate',
          rule: `全年执行数${fmtMoney(b.executed ?? 0)} ÷ 预算数${fmtMoney(b.planned ?? 0)} = ${fmtPercent(raw)}${capped}`,
        });
      }
    }
    if (b && b.cell && !scoreMatches(b.previous, b.score)) {
      out.push({
        sheet,
        cell: b.cell,
        indicator: '预算执行率',
        current: b.previous,
        expected: b.score,
        kind: 'budget',
        rule: b.basis,
      });
    }
    for (const ind of form.indicators) {
      if (!ind.cell || ind.manualKept) continue;
      if (scoreMatches(ind.previous, ind.score)) continue;
      out.push({
        sheet: ind.sheet,
        cell: ind.cell,
        indicator: ind.name,
        current: ind.previous,
        expected: ind.score,
        kind: 'score',
        rule: ind.basis,
      });
    }
    // A partial score is no total (§11.2): the 总分 of a form not fully read is not checked against it.
    const totalAt = totalCellOf(form);
    const total = totalAt && writesTotal(form) ? totalAt.ref : null;
    if (totalAt && total && !scoreMatches(total.value, form.total)) {
      out.push({
        sheet: totalAt.sheet,
        cell: total.address,
        indicator: null,
        current: total.value,
        expected: form.total,
        kind: 'total',
        rule: `总分 = 预算执行得分 + 各指标得分 = ${fmtScore(form.total)}`,
      });
    }
  }
  return out;
}

/**
 * The forms check mode cannot vouch for (§11.2): not fully read, so no list of differences can say
 * that everything matches.
 */
export function uncheckedForms(result: ScoreResult): ScoredForm[] {
  return result.forms.filter((f) => f.grade === null);
}

/** The current value as a reviewer reads it: `空` for a blank cell, rates as percents. */
function showCurrent(d: Difference): string {
  if (isBlank(d.current)) return '空';
  if (d.kind === 'rate' && typeof d.current === 'number' && d.current <= 1)
    return fmtPercent(d.current);
  return cellText(d.current).trim();
}

/** One line of the check summary: `Sheet!G12  当前 X，应为 Y（依据）  指标名`. */
export function differenceLine(d: Difference): string {
  const expected = d.kind === 'rate' ? fmtPercent(d.expected) : fmtScore(d.expected);
  const what =
    d.kind === 'total' ? '总分' : d.kind === 'budget' ? '预算执行得分' : (d.indicator ?? '');
  return `${d.sheet}!${d.cell}  当前 ${showCurrent(d)}，应为 ${expected}（${d.rule}）  ${what}`.trimEnd();
}
