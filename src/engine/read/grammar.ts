/**
 * The value grammar (SCORING.md §2, §8.5, §9.3, §9.4, §9.8): ONE parser for what people write
 * into 年度指标值 and 实际完成值 cells. A scanner walks the normalised text left to right and
 * recognises its lexical pieces (operator words and signs, numbers in Arabic or Chinese numerals,
 * the multipliers 万/亿, percent signs and words, units, unit-naming brackets, range separators,
 * date parts); the productions put them together. docs/RULES.md §2 has the same grammar as
 * a table for reviewers.
 *
 *   value     := deadline | quantity-value
 *   deadline  := iso-date | [year 年] (month 月 [day 日|号|底|末|份] | year-end) [before] [done]
 *              | year 年                                  (a calendar year alone, 19xx/20xx)
 *   quantity-value := [lead] [prefix-op] (range | quantity) [suffix-op]
 *   range     := quantity separator quantity            (no operator, or 控制在)
 *   quantity  := [百分之] number [万|亿] [% | ‰ | 百分比 | 百分率 | unit] [unit-bracket]
 *   number    := digits [. digits] | chinese-numeral (only before a measure word, 万 or 亿)
 *   unit      := atom (joiner atom)*, joiner ∈ / * · × 每   (one unit, compared as a whole)
 *
 * Every parse says what it read and what it left unread: a text the grammar could not read that
 * still holds a number with an operator or a unit is `numberLike`, and SCORING.md §9.8 (never a
 * silent full mark for such a text) is decided from that one flag.
 *
 * This module normalises the text, tries the productions (deadline, then quantity-value) and says
 * what was left unread. The pieces live beside it: the types it produces (grammarTypes.ts), the
 * word lists (grammarLexicon.ts), the scanner (valueScanner.ts), Chinese numerals
 * (chineseNumerals.ts) and the two productions (deadlineGrammar.ts, quantityGrammar.ts).
 */
import { toHalfWidth } from '../base/text';
import { chineseDate, isoDate } from './deadlineGrammar';
import { PREFIX_OPERATORS, SUFFIX_OPERATORS } from './grammarLexicon';
import type { Parsed } from './grammarTypes';
import { quantityValue } from './quantityGrammar';
import { Scanner } from './valueScanner';

export type { Operator, Parsed, RawDate, RawQuantity } from './grammarTypes';
export {
  LEAD_WORDS,
  MEASURE_WORDS,
  MULTIPLIERS,
  PERCENT_WORDS,
  PREFIX_OPERATORS,
  SUFFIX_OPERATORS,
} from './grammarLexicon';

// ---------------------------------------------------------------------------------------------
// Normalisation: half-width, no spaces (§9.3), no thousands separators, `～` as `~`.

const NEEDS_NORMALISING = /[\s\u00a0\u200b〜～(,]|[。.;；，!！]$/;

/** Normalises a value text: half-width, no spaces, no thousands separators, `～` as `~`. */
export function normaliseValueText(s: string): string {
  const half = toHalfWidth(s);
  // Most values (`≥95%`, `12个`) need nothing: one test instead of five replaces (npm run bench).
  if (!NEEDS_NORMALISING.test(half)) return half;
  return (
    half
      .replace(/[\s\u00a0\u200b]+/g, '')
      .replace(/[〜～]/g, '~')
      // `≥95%（含）` and a closing `95%。` say nothing more than the number itself.
      .replace(/\((?:含|包含|含本数)\)/g, '')
      .replace(/[。.;；,，!！]+$/, '')
      .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
  );
}

const NUMBER_LIKE_SIGNS = /[≥≤<>=≧≦%‰]/;
const OPERATOR_WORD_RE = new RegExp(
  [...Object.keys(PREFIX_OPERATORS), ...Object.keys(SUFFIX_OPERATORS)]
    .filter((w) => /[\u4e00-\u9fff]/.test(w) && w !== '内')
    .join('|'),
);

/**
 * Digits with an operator, a percent or a unit right after them (`1150元/人.年`, `≥95%左右`,
 * `完成12个以上任务`): somebody wrote a number the grammar could not read (§9.8).
 */
function looksNumeric(t: string): boolean {
  if (!/\d/.test(t)) return false;
  if (NUMBER_LIKE_SIGNS.test(t)) return true;
  if (OPERATOR_WORD_RE.test(t)) return true;
  return /\d(?:[万亿])?[A-Za-z\u4e00-\u9fff㎡]/.test(t);
}

/** Parses a value text by the grammar. Never throws. */
export function parseValue(raw: string): Parsed {
  const t = normaliseValueText(raw);
  if (t === '') return { kind: 'empty' };
  const sc = new Scanner(t);
  const iso = isoDate(sc);
  if (iso) return { kind: 'deadline', date: iso };
  const cn = chineseDate(sc);
  if (cn) return { kind: 'deadline', date: cn };
  const q = quantityValue(sc);
  if (q) return q;
  // What could be read before the grammar stopped (the scanner's position on failure).
  const read = t.slice(0, Math.min(sc.pos, t.length));
  return { kind: 'text', read, unread: t.slice(read.length), numberLike: looksNumeric(t) };
}
