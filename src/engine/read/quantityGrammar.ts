/**
 * The quantity-value production of the value grammar (grammar.ts): [lead] [prefix-op] (range |
 * quantity) [suffix-op], and the productions under it: a number (Arabic, or Chinese before a
 * measure word, 万 or 亿), 万/亿, percent signs and words, a unit of joined atoms, and a bracket
 * that names or supplies the unit. Each reads the whole text or gives back its position.
 */
import type { Operator, Parsed, RawQuantity } from './grammarTypes';
import {
  CHINESE_NUMERAL_UNITS,
  LEAD_WORDS,
  MAX_UNIT_LENGTH,
  MEASURE_WORDS,
  MULTIPLIERS,
  PERCENT_WORDS,
  PREFIX_OPERATORS,
  RANGE_SEPARATORS,
  SUFFIX_OPERATORS,
  UNIT_JOINERS,
} from './grammarLexicon';
import { CN_DIGITS, CN_UNITS, chineseNumeral } from './chineseNumerals';
import { type Scanner, isDigit, isUnitChar, wordIndex } from './valueScanner';

// The lexicon's lists as word indexes for the scanner.
const PREFIX_INDEX = wordIndex(Object.keys(PREFIX_OPERATORS));
const LEAD_INDEX = wordIndex(LEAD_WORDS);
const PERCENT_INDEX = wordIndex(PERCENT_WORDS);
const MEASURE_INDEX = wordIndex(MEASURE_WORDS);
const SUFFIXES_LONGEST = Object.keys(SUFFIX_OPERATORS).sort((a, b) => b.length - a.length);

// ---------------------------------------------------------------------------------------------
// Productions.

/** A number, Arabic (optionally signed) or Chinese (only where a measure word, 万 or 亿 follows). */
function number(sc: Scanner, afterPercentWord = false): string | null {
  const start = sc.pos;
  let sign = '';
  if ((sc.peek() === '-' || sc.peek() === '+') && isDigit(sc.peek(1))) {
    sign = sc.peek() === '-' ? '-' : '';
    sc.pos++;
  }
  const d = sc.digits();
  if (d !== null) return sign + d;
  sc.pos = start;
  const cn = chineseNumeral(sc);
  if (cn === null) return null;
  const after = sc.pos;
  const followedByUnit =
    MULTIPLIERS[sc.peek()] !== undefined || sc.word(MEASURE_INDEX) !== null || sc.done;
  sc.pos = after;
  // `一致`, `十分满意`: a numeral before an ordinary word is part of that word. A numeral alone
  // (`三`) is a number only when it is the whole text.
  if (!afterPercentWord && (!followedByUnit || (sc.done && start !== 0))) {
    sc.pos = start;
    return null;
  }
  return String(cn);
}

/** A unit: atoms joined by / * · × 每, stopping before suffix operators and range separators. */
function unit(sc: Scanner): string {
  let out = '';
  let p = sc.pos;
  for (;;) {
    const ch = sc.s.charAt(p);
    const joiner = UNIT_JOINERS[ch];
    if (joiner !== undefined && out !== '' && isUnitChar(sc.s.charAt(p + 1))) {
      out += joiner;
      p++;
      continue;
    }
    if (!isUnitChar(ch)) break;
    // A range separator word (至/到) before a number ends the unit: `10个至20个`.
    if ((ch === '至' || ch === '到') && out !== '' && startsNumber(sc.s, p + 1)) break;
    // A suffix operator ends the unit: `100人以上`, `6个月内` (内 only as the last character).
    if (startsSuffix(sc.s, p)) break;
    out += ch;
    p++;
  }
  sc.pos = p;
  return out;
}

/** True when a suffix operator starts at p (`内` only at the end or before a bracket). */
function startsSuffix(s: string, p: number): boolean {
  for (const w of SUFFIXES_LONGEST) {
    if (!s.startsWith(w, p)) continue;
    if (w !== '内') return true;
    const next = s.charAt(p + 1);
    return next === '' || next === '(';
  }
  return false;
}

function startsNumber(s: string, p: number): boolean {
  const ch = s.charAt(p);
  return isDigit(ch) || CN_DIGITS[ch] !== undefined || CN_UNITS[ch] !== undefined;
}

/** Words that name the same unit in a bracket: `%(百分比)`, `个（个）`, `30万元（万元）`. */
function bracketNamesUnit(content: string, percent: string | null, written: string): boolean {
  if (percent !== null)
    return content === '%' || content === '‰' || PERCENT_WORDS.includes(content);
  return content === written;
}

/** One quantity. */
function quantity(sc: Scanner): RawQuantity | null {
  const start = sc.pos;
  const percentOf = sc.oneOf(['百分之']) !== null;
  const numStart = sc.pos;
  const digits = number(sc, percentOf);
  if (digits === null) {
    sc.pos = start;
    return null;
  }
  const chinese =
    !isDigit(sc.s.charAt(numStart)) &&
    sc.s.charAt(numStart) !== '-' &&
    sc.s.charAt(numStart) !== '+';
  let shift = 0;
  let multWord = '';
  const mult = MULTIPLIERS[sc.peek()];
  if (mult !== undefined && !percentOf) {
    multWord = sc.peek();
    shift = mult;
    sc.pos++;
  }
  let percent: '%' | '‰' | null = percentOf ? '%' : null;
  let u = '';
  if (percent === null) {
    if (sc.peek() === '%' || sc.peek() === '‰') {
      percent = sc.peek() === '%' ? '%' : '‰';
      sc.pos++;
    } else if (sc.word(PERCENT_INDEX) !== null) {
      percent = '%';
    } else {
      u = unit(sc);
    }
  }
  // A bracket that only names the unit is dropped; one that gives the missing unit supplies it.
  if (sc.peek() === '(') {
    const close = sc.s.indexOf(')', sc.pos);
    if (close > sc.pos) {
      const content = sc.s.slice(sc.pos + 1, close);
      const isPercentWord = content === '%' || PERCENT_WORDS.includes(content);
      if (bracketNamesUnit(content, percent, multWord + u) || (u === '' && percent === null)) {
        if (u === '' && percent === null) {
          if (isPercentWord) percent = '%';
          else if (MULTIPLIERS[content.charAt(0)] !== undefined && shift === 0) {
            shift = MULTIPLIERS[content.charAt(0)] ?? 0;
            u = content.slice(1);
          } else u = content;
        }
        sc.pos = close + 1;
      }
    }
  }
  // `三年行动计划`: after a Chinese numeral only a measure word is a unit; any unit has a length limit.
  // `100%完成`: a percent followed by more words is a sentence, not a quantity.
  if (
    (chinese && u !== '' && !CHINESE_NUMERAL_UNITS.has(u)) ||
    u.length > MAX_UNIT_LENGTH ||
    (percent !== null && shift !== 0)
  ) {
    sc.pos = start;
    return null;
  }
  return { digits, shift, percent, unit: u, written: sc.s.slice(start, sc.pos) };
}

/** The quantity-value production: [lead] [prefix-op] (range | quantity) [suffix-op]. */
export function quantityValue(sc: Scanner): Parsed | null {
  // A lead word reads an actual (`完成12个`); it is no operator of its own.
  sc.word(LEAD_INDEX);
  const opWord = sc.word(PREFIX_INDEX);
  const op = opWord === null ? null : (PREFIX_OPERATORS[opWord] ?? null);
  const q = quantity(sc);
  if (q === null) return null;
  // Range: only without an operator (`控制在85%-95%` is kept within the range).
  if (op === null || opWord === '控制在') {
    const save = sc.pos;
    if (sc.oneOf(RANGE_SEPARATORS) !== null) {
      const hi = quantity(sc);
      if (hi !== null && sc.done) {
        // `85-95%`, `1-2万人`: what only the second number carries applies to both.
        const lo: RawQuantity = {
          ...q,
          percent: q.percent ?? hi.percent,
          unit: q.unit || hi.unit,
          shift: q.shift !== 0 || q.unit !== '' ? q.shift : hi.shift,
        };
        return { kind: 'range', lo, hi };
      }
      sc.pos = save;
    }
  }
  let suffixOp: Operator | null = null;
  let hadSuffix = false;
  for (const w of SUFFIXES_LONGEST) {
    if (sc.s.startsWith(w, sc.pos)) {
      suffixOp = SUFFIX_OPERATORS[w] ?? null;
      hadSuffix = true;
      sc.pos += w.length;
      break;
    }
  }
  if (!sc.done) return null;
  // `控制在5%以内`: the prefix already said at most; a suffix only fills a missing operator.
  const finalOp = op ?? (hadSuffix ? suffixOp : null);
  return { kind: 'number', op: finalOp, q };
}
