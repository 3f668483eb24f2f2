/**
 * Numbers as the form writes them: `11,605.29`, `96`, `100%`, `9.5`. Used in messages, the CLI
 * summary and the report, so every place shows a figure the same way.
 */
import { dec, hundredths, round, shiftPoint } from './decimal';

/** A score or weight: up to 2 decimals, no trailing zeros (`9.5`, `96`). */
export function fmtScore(x: number): string {
  // Decimal rounding: binary `Math.round(1.005 * 100)` gives 100, not the half-up 101.
  // Whole numbers (most weights and scores) need no rounding, and skipping Big for them is cheap.
  if (Number.isSafeInteger(x)) return String(x);
  return Number.isFinite(x) ? String(round(x)) : String(x);
}

/** Money in 万元: thousands separators and exactly 2 decimals (`11,605.29`). */
export function fmtMoney(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const [int, frac] = dec(x).toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** A fraction as a percent with up to 2 decimals (`0.9345` → `93.45%`, `1` → `100%`). */
export function fmtPercent(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  // Most rates are whole or 2-decimal percents: moving the decimal point needs no Big (npm run bench).
  const shifted = shiftPoint(x, 2);
  if (hundredths(shifted) !== null) return `${shifted + 0}%`;
  return `${round(dec(x).times(100))}%`;
}

/** A plain number without float noise (`0.30000000000000004` → `0.3`). */
export function fmtNumber(x: number): string {
  // Integers carry no float noise; skipping toPrecision for them matters on big forms (npm run bench).
  if (Number.isSafeInteger(x)) return String(x);
  return String(Number(x.toPrecision(12)));
}
