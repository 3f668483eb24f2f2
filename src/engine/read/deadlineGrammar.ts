/**
 * The deadline production of the value grammar (grammar.ts; SCORING.md §8.5, §8.7): dates written
 * with separators (`2022-12-31`, `2022/6/30`, `2022.12前`) and in Chinese (`2022年12月31日前`,
 * `12月底前`, `年底前`, `2022年度内`, a calendar year alone). Each reads the whole text or gives
 * back its position, so that the quantity-value production is tried next.
 */
import type { RawDate } from './grammarTypes';
import { BEFORE_WORDS, DONE_WORDS, WITHIN_WORDS, YEAR_END_WORDS } from './grammarLexicon';
import { chineseNumeral } from './chineseNumerals';
import { type Scanner, isDigit } from './valueScanner';

/** A small integer in Arabic or Chinese numerals (`12`, `十二`), for date parts. */
function dateInt(sc: Scanner, maxLen: number): number | null {
  const start = sc.pos;
  let p = sc.pos;
  while (isDigit(sc.s.charAt(p)) && p - start < maxLen) p++;
  if (p > start && !isDigit(sc.s.charAt(p))) {
    sc.pos = p;
    return Number(sc.s.slice(start, p));
  }
  if (p > start) return null;
  return chineseNumeral(sc);
}

function validDate(month: number | null, day: number | null): boolean {
  return (
    (month === null || (month >= 1 && month <= 12)) && (day === null || (day >= 1 && day <= 31))
  );
}

/** `2022-12-31`, `2022/6/30`, `2022.12.31`, `2022.12前`: a year that looks like one, then parts. */
export function isoDate(sc: Scanner): RawDate | null {
  const start = sc.pos;
  const y = sc.s.slice(sc.pos, sc.pos + 4);
  if (!/^(?:19|20)\d\d$/.test(y)) return null;
  const sep = sc.s.charAt(sc.pos + 4);
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  sc.pos += 5;
  const month = dateInt(sc, 2);
  let day: number | null = null;
  if (month !== null && sc.peek() === sep && isDigit(sc.peek(1))) {
    sc.pos++;
    day = dateInt(sc, 2);
  }
  const before = sc.oneOf(BEFORE_WORDS) !== null;
  sc.oneOf(['完成']);
  // `2022.5` alone is a number: a dotted date needs its day or a 前.
  if (
    month === null ||
    !sc.done ||
    (sep === '.' && day === null && !before) ||
    !validDate(month, day)
  ) {
    sc.pos = start;
    return null;
  }
  return { year: Number(y), month, day };
}

/** `2022年12月31日前`, `12月底前`, `年底前`, `2022年度内`, `6月30日之前完成`, `十二月底`. */
export function chineseDate(sc: Scanner): RawDate | null {
  const start = sc.pos;
  let year: number | null = null;
  const y = sc.s.slice(sc.pos, sc.pos + 5);
  if (/^\d{4}年$/.test(y)) {
    year = Number(y.slice(0, 4));
    sc.pos += 5;
  }
  const afterYear = sc.pos;
  let month: number;
  let day: number | null = null;
  const m = dateInt(sc, 2);
  if (m !== null && sc.peek() === '月') {
    sc.pos++;
    month = m;
    const dStart = sc.pos;
    const d = dateInt(sc, 2);
    if (d !== null && (sc.peek() === '日' || sc.peek() === '号')) {
      sc.pos++;
      day = d;
    } else {
      sc.pos = dStart;
      sc.oneOf(['底', '末', '份']);
    }
    if (sc.oneOf(BEFORE_WORDS) === null) sc.oneOf(WITHIN_WORDS);
    sc.oneOf(DONE_WORDS);
  } else {
    sc.pos = afterYear;
    // A calendar year alone (`2019年` under 完成时限) is a deadline: the end of that year. Only
    // 19xx/20xx: `20年` stays a quantity (工程设计使用年限 ≥20年).
    if (year !== null && sc.done && year >= 1900 && year <= 2099) {
      return { year, month: null, day: null };
    }
    if (sc.oneOf(YEAR_END_WORDS) === null) {
      sc.pos = start;
      return null;
    }
    month = 12;
    day = 31;
    sc.oneOf(BEFORE_WORDS);
    sc.oneOf(['完成']);
  }
  if (!sc.done || !validDate(month, day)) {
    sc.pos = start;
    return null;
  }
  return { year, month, day };
}
