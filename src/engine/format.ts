/**
 * Numbers as the form writes them: `11,605.29`, `96`, `100%`, `9.5`. Used in messages, the CLI
 * summary and the report, so every place shows a figure the same way.
 */

/** A score or weight: up to 2 decimals, no trailing zeros (`9.5`, `96`). */
export function fmtScore(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** Money in 万元: thousands separators and exactly 2 decimals (`11,605.29`). */
export function fmtMoney(x: number): string {
  const [int, frac] = (Math.round(x * 100) / 100).toFixed(2).split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** A fraction as a percent with up to 2 decimals (`0.9345` → `93.45%`, `1` → `100%`). */
export function fmtPercent(x: number): string {
  return `${Math.round(x * 10000) / 100}%`;
}

/** A plain number without float noise (`0.30000000000000004` → `0.3`). */
export function fmtNumber(x: number): string {
  return String(Number(x.toPrecision(12)));
}
