/**
 * Chinese numerals below 一万 (`十二`, `一百二十`, `两`) for the value grammar: the digit and unit
 * characters and the reader that turns them into a number. Both productions read them: quantities
 * before a measure word, 万 or 亿 (`三个`, `十二项`; quantityGrammar.ts) and date parts (`十二月底`;
 * deadlineGrammar.ts).
 */
import type { Scanner } from './valueScanner';

/** Chinese digits 零 to 九 (两 is 2, 〇 is 0). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Chinese units below 万: 十, 百, 千. */
export const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 一万 (`一百二十`, `十二`, `两`), or null; advances on success. */
export function chineseNumeral(sc: Scanner): number | null {
  let p = sc.pos;
  let total = 0;
  let digit: number | null = null;
  let any = false;
  for (;;) {
    const ch = sc.s.charAt(p);
    const d = CN_DIGITS[ch];
    const u = CN_UNITS[ch];
    if (d !== undefined) {
      if (digit !== null) break; // `一二` is no numeral
      digit = d;
    } else if (u !== undefined) {
      total += (digit ?? 1) * u; // `十二`: 十 alone is ten
      digit = null;
    } else break;
    any = true;
    p++;
  }
  if (!any) return null;
  sc.pos = p;
  return total + (digit ?? 0);
}
