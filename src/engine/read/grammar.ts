/**
 * The value grammar (SCORING.md §2, §8.5, §9.3, §9.4, §9.8): ONE parser for what people write
 * into 年度指标值 and 实际完成值 cells. A scanner walks the normalised text left to right and
 * recognises its lexical pieces (operator words and signs, numbers in Arabic or Chinese numerals,
 * the multipliers 万/亿, percent signs and words, units, unit-naming brackets, range separators,
 * date parts); the productions below put them together. docs/RULES.md §2 has the same grammar as
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
 */
import { toHalfWidth } from '../base/text';

/** Comparison operator of a target: `≥ > ≤ < =`. */
export type Operator = '>=' | '>' | '<=' | '<' | '=';

/** One quantity as written, before multipliers and units are applied (values.ts applies them). */
export interface RawQuantity {
  /** Decimal digits, sign included (`-5`, `1.2`); Chinese numerals already turned into digits. */
  readonly digits: string;
  /** Powers of ten of the multiplier (万 4, 亿 8), 0 when none. */
  readonly shift: number;
  /** `%` or `‰`, or null. */
  readonly percent: '%' | '‰' | null;
  /** The unit as written after normalisation (`元/人·月`), '' when none. */
  readonly unit: string;
  /** The text this quantity was read from (operator removed), for 评分依据. */
  readonly written: string;
}

/** A calendar point, any part of which may be missing (`12月底前` has no year and no day). */
export interface RawDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** What the grammar made of a text. */
export type Parsed =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly op: Operator | null; readonly q: RawQuantity }
  | { readonly kind: 'range'; readonly lo: RawQuantity; readonly hi: RawQuantity }
  | { readonly kind: 'deadline'; readonly date: RawDate }
  | {
      readonly kind: 'text';
      /** The longest start of the text the grammar could read (may be ''). */
      readonly read: string;
      /** The rest, from the first piece the grammar could not place. */
      readonly unread: string;
      /** Digits with an operator, a percent or a unit: a number somebody meant but nobody can read (§9.8). */
      readonly numberLike: boolean;
    };

// ---------------------------------------------------------------------------------------------
// Lexicon of the grammar (data): operator words, suffixes, multipliers, measure words, date words.

/** Prefix operators, signs and words. Longest match wins, so the order here does not matter. */
export const PREFIX_OPERATORS: Readonly<Record<string, Operator>> = {
  大于或等于: '>=',
  大于等于: '>=',
  高于或等于: '>=',
  高于等于: '>=',
  不低于: '>=',
  不少于: '>=',
  不小于: '>=',
  至少: '>=',
  达到: '>=',
  '≥': '>=',
  '>=': '>=',
  '≧': '>=',
  '=>': '>=',
  小于或等于: '<=',
  小于等于: '<=',
  低于或等于: '<=',
  低于等于: '<=',
  不高于: '<=',
  不超过: '<=',
  不多于: '<=',
  不大于: '<=',
  至多: '<=',
  最多: '<=',
  控制在: '<=',
  '≤': '<=',
  '<=': '<=',
  '≦': '<=',
  '=<': '<=',
  大于: '>',
  高于: '>',
  超过: '>',
  多于: '>',
  '>': '>',
  小于: '<',
  低于: '<',
  少于: '<',
  '<': '<',
  等于: '=',
  '==': '=',
  '=': '=',
};

/** Suffix operators: `90%以上`, `5%以内`, `6个月内`; `左右` (about) says no operator. */
export const SUFFIX_OPERATORS: Readonly<Record<string, Operator | null>> = {
  及以上: '>=',
  以上: '>=',
  及以下: '<=',
  以下: '<=',
  以内: '<=',
  之内: '<=',
  内: '<=',
  左右: null,
};

/**
 * Words an actual may start with that add nothing to its number: `完成12个`, `累计3633人次`,
 * `实际完成95%`. They are read, not an operator (the number stands as a bare actual).
 */
export const LEAD_WORDS: readonly string[] = [
  '实际完成',
  '已完成',
  '完成',
  '共计',
  '累计',
  '合计',
  '共',
  '全年',
];

/** Multipliers: powers of ten. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** Words that mean `%` (the systems' own column words, §9.3). */
export const PERCENT_WORDS: readonly string[] = ['百分比', '百分率'];

/**
 * Measure words (量词) that may follow a Chinese numeral: `三个`, `十二项`, `两次`, `一百二十人`.
 * A Chinese numeral before anything else (`一致`, `十分满意`) is a word, not a number.
 */
export const MEASURE_WORDS: readonly string[] = [
  '个',
  '项',
  '次',
  '人',
  '名',
  '位',
  '户',
  '家',
  '件',
  '起',
  '所',
  '座',
  '场',
  '期',
  '批',
  '条',
  '份',
  '篇',
  '本',
  '台',
  '套',
  '辆',
  '处',
  '间',
  '张',
  '天',
  '日',
  '周',
  '月',
  '年',
  '季度',
  '小时',
  '类',
  '支',
  '队',
  '村',
  '镇',
  '所',
  '栋',
  '口',
  '块',
  '宗',
  '轮',
  '部',
  '门',
  '种',
  '册',
  '幅',
  '公里',
  '亩',
  '吨',
  '元',
];

/** Units a Chinese numeral may carry: the measure words and a few compounds (`十二个月`, `两人次`). */
const CHINESE_NUMERAL_UNITS: ReadonlySet<string> = new Set([
  ...MEASURE_WORDS,
  '个月',
  '人次',
  '户次',
  '场次',
  '批次',
  '项次',
  '个工作日',
  '工作日',
  '个百分点',
]);
/** Longest unit read after a number (a longer run of words is a sentence). */
const MAX_UNIT_LENGTH = 8;

/** Range separators. */
const RANGE_SEPARATORS: readonly string[] = ['-', '~', '—', '–', '－', '至', '到'];
/** Characters that join unit atoms into one compound unit (`元/人·月`); `*` `×` `・` read as `·`. */
const UNIT_JOINERS: Readonly<Record<string, string>> = {
  '/': '/',
  '·': '·',
  '*': '·',
  '×': '·',
  '・': '·',
  '•': '·',
  每: '/',
};

const CN_DIGITS: Readonly<Record<string, number>> = {
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
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Before-words of deadlines and of the year-end words. */
const BEFORE_WORDS: readonly string[] = ['之前', '以前', '前'];
const WITHIN_WORDS: readonly string[] = ['之内', '内'];
const DONE_WORDS: readonly string[] = ['完成', '办结', '实现'];
const YEAR_END_WORDS: readonly string[] = [
  '年底',
  '年末',
  '年内',
  '年度内',
  '度内',
  '度末',
  '底',
  '末',
];

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

// ---------------------------------------------------------------------------------------------
// The scanner: a position in the text and small readers that advance it only on success.

/** Words of a list grouped by first character, longest first: a lookup, not a scan (npm run bench). */
function wordIndex(words: Iterable<string>): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) {
    const list = map.get(w.charAt(0)) ?? [];
    list.push(w);
    map.set(w.charAt(0), list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

const PREFIX_INDEX = wordIndex(Object.keys(PREFIX_OPERATORS));
const LEAD_INDEX = wordIndex(LEAD_WORDS);
const PERCENT_INDEX = wordIndex(PERCENT_WORDS);
const MEASURE_INDEX = wordIndex(MEASURE_WORDS);
const SUFFIXES_LONGEST = Object.keys(SUFFIX_OPERATORS).sort((a, b) => b.length - a.length);

class Scanner {
  pos = 0;
  constructor(readonly s: string) {}
  get done(): boolean {
    return this.pos >= this.s.length;
  }
  peek(n = 0): string {
    return this.s.charAt(this.pos + n);
  }
  rest(): string {
    return this.s.slice(this.pos);
  }
  /** Longest word of the index at the position; advances past it. */
  word(index: ReadonlyMap<string, readonly string[]>): string | null {
    for (const w of index.get(this.peek()) ?? []) {
      if (this.s.startsWith(w, this.pos)) {
        this.pos += w.length;
        return w;
      }
    }
    return null;
  }
  /** One of the words (first that matches; callers list longest first). */
  oneOf(words: readonly string[]): string | null {
    for (const w of words) {
      if (this.s.startsWith(w, this.pos)) {
        this.pos += w.length;
        return w;
      }
    }
    return null;
  }
  /** Arabic digits with an optional fraction: `1200`, `0.95`. */
  digits(): string | null {
    const start = this.pos;
    let p = this.pos;
    while (isDigit(this.s.charAt(p))) p++;
    if (p === start) return null;
    if (this.s.charAt(p) === '.' && isDigit(this.s.charAt(p + 1))) {
      p++;
      while (isDigit(this.s.charAt(p))) p++;
    }
    this.pos = p;
    return this.s.slice(start, p);
  }
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** True for characters a unit atom is made of: letters, CJK, a few unit signs. */
function isUnitChar(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    '㎡²³°℃'.includes(ch)
  );
}

/** A Chinese numeral below 一万 (`一百二十`, `十二`, `两`), or null; advances on success. */
function chineseNumeral(sc: Scanner): number | null {
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
function quantityValue(sc: Scanner): Parsed | null {
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
function isoDate(sc: Scanner): RawDate | null {
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
function chineseDate(sc: Scanner): RawDate | null {
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
