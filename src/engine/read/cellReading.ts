/**
 * Small readers for the cells a rule needs: weights, amounts, previous scores and value texts as
 * a person sees them, and whether a value was typed by a person or written by selfeval.
 */
import { type CellValue, isBlank, isCellDate, isCellError } from '../base/cells';
import { fmtNumber } from '../base/format';
import type { CellRef } from './sheetView';
import type { WriteRecord } from '../base/snapshot';
import { normaliseValueText } from './values';
import { chineseNumeral } from './chineseNumerals';
import { Scanner } from './valueScanner';

/** A number from a number cell or from numeric text (`10`, `10分`, `11,605.29`, `11,605.29万元`). */
export function numberOf(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = normaliseValueText(v).replace(/(分|万元|元)$/, '');
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * Points as people write them in 分值 and 得分 cells (SCORING.md §11.7): a number, numeric text
 * (`10`, `10分`), or Chinese numerals read by the value grammar's numeral reader (`两分`, `十五`,
 * `二十分`). Null for anything else, which a weight then reports as `weight_unreadable`.
 */
export function pointsOf(v: CellValue | undefined): number | null {
  const n = numberOf(v);
  if (n !== null || typeof v !== 'string') return n;
  const t = normaliseValueText(v).replace(/分$/, '');
  if (t === '') return null;
  const sc = new Scanner(t);
  const cn = chineseNumeral(sc);
  return cn !== null && sc.done ? cn : null;
}

/** The text of a value cell as a person sees it: percents as `90%`, dates as `2022年12月31日`. */
export function displayText(ref: CellRef | null): string {
  if (!ref) return '';
  const v = ref.value;
  if (v === null) return '';
  if (typeof v === 'number') {
    if (ref.format?.includes('%')) return `${fmtNumber(v * 100)}%`;
    return fmtNumber(v);
  }
  if (isCellDate(v)) {
    const [y, m, d] = v.date.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v.trim();
}

/** True when the cell holds a value selfeval did not write there last time (SCORING.md §4, §8.10). */
export function typedByPerson(
  sheet: string,
  ref: CellRef | null,
  record: WriteRecord | null,
): boolean {
  if (!ref || isBlank(ref.value)) return false;
  if (!record) return true;
  const written = record.values[`${sheet}!${ref.address}`];
  if (written === undefined) return true;
  if (typeof written === 'number') {
    const n = numberOf(ref.value);
    return n === null || Math.abs(n - written) > 1e-9;
  }
  return written !== ref.value;
}
