/**
 * SCORING.md §10 spendingGap: p = Σ indicator scores ÷ Σ indicator weights, e = the capped
 * execution rate; (p − e) ÷ p above the threshold means results are reported far ahead of the money
 * spent (`performance_outruns_spending`). A check, not a score: nothing is deducted.
 */
import { dec, sumExact } from '../base/decimal';
import type { SpendingGap } from './profileTypes';

/** p, e and (p − e) ÷ p when the gap exceeds the threshold, else null. */
export function spendingGap(
  scores: readonly number[],
  weights: readonly number[],
  rate: number | null,
  gap: SpendingGap | null,
): { performance: number; execution: number; gap: number } | null {
  if (!gap || rate === null) return null;
  const w = sumExact(weights);
  if (!(w > 0)) return null;
  const p = dec(sumExact(scores)).div(w);
  if (p.lte(0)) return null;
  const g = p.minus(rate).div(p);
  if (!g.gt(gap.threshold)) return null;
  return { performance: p.toNumber(), execution: rate, gap: g.toNumber() };
}
