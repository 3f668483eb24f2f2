/**
 * SCORING.md §10 executionCaps: when the raw execution rate (执行数 ÷ 预算数, not capped at 100%) is
 * below an entry's `below`, the form's total is at most its `cap`; of several such entries the one
 * with the lowest `below` applies. The workings twin is `capFormula`.
 */
import { dec } from '../base/decimal';
import type { ExecutionCap } from './profileTypes';
import { lit } from './formulas';

/** Lowest `below` first: the order in which the strictest cap is found. */
function ascending(caps: readonly ExecutionCap[]): ExecutionCap[] {
  return [...caps].sort((a, b) => a.below - b.below);
}

/** The cap that applies to a budget, or null (no cap, or the rate is not below any). */
export function executionCap(
  planned: number | null,
  executed: number | null,
  caps: readonly ExecutionCap[],
): ExecutionCap | null {
  if (planned === null || executed === null || !(planned > 0)) return null;
  // executed < below × planned, decimal-exact: a rate of exactly 80% is not below 80%.
  for (const c of ascending(caps)) if (dec(executed).lt(dec(c.below).times(planned))) return c;
  return null;
}

/**
 * `total` capped over the budget row's cells: IF(a/t<0.5,MIN(59,total),IF(a/t<0.6,MIN(69,total),
 * … total)). The caller writes it only when the budget has a rate (t > 0).
 */
export function capFormula(
  total: string,
  planned: string,
  executed: string,
  caps: readonly ExecutionCap[],
): string {
  let f = total;
  for (const c of ascending(caps).reverse()) {
    f = `IF(${executed}/${planned}<${lit(c.below)},MIN(${lit(c.cap)},${total}),${f})`;
  }
  return f;
}
