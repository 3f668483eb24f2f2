/**
 * Building blocks of the workings formulas (评分计算), the Excel twins of rules/quantity.ts,
 * rules/satisfaction.ts and rules/budget.ts. Only functions Excel 2010+ and LibreOffice 7.4 share,
 * written without the leading `=`.
 */
import { dec } from '../base/decimal';
import type { Profile, Step } from './profiles';

/** A number as a formula literal: plain decimal notation, never `1e-7`. */
export function lit(x: number): string {
  return dec(x).toFixed();
}

/**
 * The score for a completion ratio num/den below 1 (the caller has ruled out num ≤ 0 and den ≤ 0):
 * proportional (财预〔2020〕10号) or with the 2021 floor (财预〔2021〕101号: r < floor → 0, else
 * w × (r − floor) / (1 − floor)).
 */
export function partialFormula(num: string, den: string, w: string, profile: Profile): string {
  const q = profile.quantity;
  if (q.mode === 'proportional') return `ROUND(${num}/${den}*${w},2)`;
  const floor = lit(q.floor);
  const span = dec(1).minus(q.floor).toFixed();
  return `IF(${num}/${den}<${floor},0,ROUND((${num}/${den}-${floor})/${span}*${w},2))`;
}

/** Nested IFs over descending steps: at or above `min` the score is ROUND(w × factor, 2). */
export function stepsFormula(x: string, w: string, steps: readonly Step[]): string {
  // Built from the lowest step outwards, so the highest step is tested first.
  const ascending = [...steps].sort((p, q) => p.min - q.min);
  let f = '0';
  for (const s of ascending) {
    const value = s.factor === 1 ? `ROUND(${w},2)` : `ROUND(${w}*${lit(s.factor)},2)`;
    f = `IF(${x}>=${lit(s.min)},${value},${f})`;
  }
  return f;
}
