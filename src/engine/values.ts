/**
 * Reading the text people write into 年度指标值 and 实际完成值 cells (SCORING.md §2): operators in
 * symbols or words, percentages, 万/亿 multipliers, units, ranges, deadlines, and everything else
 * as qualitative text. A reading never throws: unreadable input is simply `text`.
 */
import { type CellValue, isCellDate, isCellError } from './cells';
import { toHalfWidth } from './text';
import { shiftPoint } from './decimal';

/** Comparison operator of a target: `≥ > ≤ < =`. */
export type Operator = '>=' | '>' | '<=' | '<' | '=';

/** A number in base units: percents as fractions (90% → 0.9), 万/亿 applied (5.3万人 → 53000 人). */
export interface Quantity {
  readonly value: number;
  /** Unit after the multiplier (`人`, `元/户`); `%` for percents; '' when none was written. */
  readonly unit: string;
}

/** A calendar point, any part of which may be missing (`12月底前` has no year and no day). */
export interface PartialDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** What a value cell says. */
export type ValueReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly error: string }
  | {
      readonly kind: 'number';
      readonly op: Operator | null;
      readonly q: Quantity;
      /** The number as written, operator removed, when it carries a unit or % (`55万元/公里`), for 评分依据. */
      readonly written?: string;
    }
  | { readonly kind: 'range'; readonly lo: Quantity; readonly hi: Quantity }
  | { readonly kind: 'deadline'; readonly date: PartialDate }
  | { readonly kind: 'text'; readonly text: string };

const OPERATOR_PREFIXES: readonly (readonly [string, Operator])[] = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['高于或等于', '>='],
  ['高于等于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['≥', '>='],
  ['>=', '>='],
  ['≧', '>='],
  ['=>', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['低于或等于', '<='],
  ['低于等于', '<='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['至多', '<='],
  ['最多', '<='],
  ['控制在', '<='],
  ['≤', '<='],
  ['<=', '<='],
  ['≦', '<='],
  ['=<', '<='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['>', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['<', '<'],
  ['等于', '='],
  ['==', '='],
  ['=', '='],
];

const OPERATOR_SUFFIXES: readonly (readonly [string, Operator | null])[] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  // `6个月内`, `10天内`: within, like 以内 (`年内` is a deadline, read before operators).
  ['内', '<='],
  ['左右', null],
];

/** Powers of ten of the multipliers. */
const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** Units that mean the same thing although written differently. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  平方米: '㎡',
  m2: '㎡',
  'm²': '㎡',
  平米: '㎡',
  公里: 'km',
  千米: 'km',
  米: 'm',
  公斤: 'kg',
  千克: 'kg',
};

const NUMBER = String.raw`[+-]?\d+(?:\.\d+)?`;
/** A unit is short and made of letters, CJK characters and a few unit signs, never digits. */
const UNIT = String.raw`[A-Za-z\u4e00-\u9fff/㎡²³°℃·]{0,8}`;
const QUANTITY_RE = new RegExp(`^(${NUMBER})(%|‰)?([万亿])?(${UNIT})$`);
const RANGE_RE = new RegExp(
  `^(${NUMBER})(%|‰)?([万亿])?(${UNIT})(?:-|~|—|–|－|至|到)(${NUMBER})(%|‰)?([万亿])?(${UNIT})$`,
);

/** Anything normaliseValueText would change once the text is half-width. */
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

function unitKey(unit: string): string {
  return UNIT_ALIASES[unit] ?? unit;
}

/** Chinese words for the unit keys that are symbols, for text people read. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  '㎡': '平方米',
  km: '公里',
  m: '米',
  kg: '公斤',
};

/** A unit key as people write it in a report (`km` → 公里). */
export function unitWord(unit: string): string {
  return UNIT_WORDS[unit] ?? unit;
}

function quantity(
  num: string,
  pct: string | undefined,
  mult: string | undefined,
  unit: string,
): Quantity | null {
  let value = Number(num);
  if (!Number.isFinite(value)) return null;
  if (pct) {
    if (mult || unit) return null; // `100%完成` is a sentence, not a quantity
    return { value: shiftPoint(value, pct === '%' ? -2 : -3), unit: '%' };
  }
  if (mult) value = shiftPoint(value, MULTIPLIERS[mult]!);
  return { value, unit: unitKey(unit) };
}

function readQuantityText(core: string): Quantity | null {
  const m = QUANTITY_RE.exec(core);
  if (!m) return null;
  return quantity(m[1]!, m[2], m[3], m[4]!);
}

function readRange(t: string): ValueReading | null {
  const m = RANGE_RE.exec(t);
  if (!m) return null;
  // `85-95%`: a unit or percent written only after the second number applies to both.
  const loPct = m[2] ?? m[6];
  const loUnit = m[4] || m[8]!;
  const lo = quantity(m[1]!, loPct, m[3] ?? (m[4] ? undefined : m[7]), loUnit);
  const hi = quantity(m[5]!, m[6] ?? m[2], m[7], m[8] || m[4]!);
  if (!lo || !hi || lo.value > hi.value) return null;
  return { kind: 'range', lo, hi };
}

const DEADLINE_PATTERNS: readonly RegExp[] = [
  // 2022年12月31日前, 12月底前, 2022年12月, 6月30日之前完成
  /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|底|末|份)?(?:之前|以前|前|内|之内)?(?:完成|办结|实现)?$/,
  // 2022-12-31, 2022/12/31, 2022-12 (optionally 前). The year must look like one, so that a
  // number such as `1200.5` is never read as a date.
  /^((?:19|20)\d{2})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:之前|以前|前)?(?:完成)?$/,
  // 2022.12.31 needs its day (or a 前): `2022.5` alone is a number.
  /^((?:19|20)\d{2})\.(\d{1,2})(?:\.(\d{1,2})(?:之前|以前|前)?|(?:之前|以前|前))(?:完成)?$/,
];
const YEAR_END_RE =
  /^(?:(\d{4})年)?(?:年底|年末|年内|年度内|度内|度末|底|末)(?:之前|以前|前)?(?:完成)?$/;

function readDeadline(t: string): PartialDate | null {
  for (const re of DEADLINE_PATTERNS) {
    const m = re.exec(t);
    if (m) {
      const month = Number(m[2]);
      const day = m[3] ? Number(m[3]) : null;
      if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
      return { year: m[1] ? Number(m[1]) : null, month, day };
    }
  }
  const y = YEAR_END_RE.exec(t);
  if (y) return { year: y[1] ? Number(y[1]) : null, month: 12, day: 31 };
  return null;
}

// Operator words by their first (prefix) or last (suffix) character, in list order: most values
// start with a digit and end with a unit, so nearly all texts skip both lists (npm run bench).
function byChar(
  words: readonly (readonly [string, Operator | null])[],
  at: (w: string) => string,
): ReadonlyMap<string, readonly (readonly [string, Operator | null])[]> {
  const map = new Map<string, (readonly [string, Operator | null])[]>();
  for (const entry of words) map.set(at(entry[0]), [...(map.get(at(entry[0])) ?? []), entry]);
  return map;
}
const PREFIXES_BY_FIRST = byChar(OPERATOR_PREFIXES, (w) => w.charAt(0));
const SUFFIXES_BY_LAST = byChar(OPERATOR_SUFFIXES, (w) => w.charAt(w.length - 1));

/** Splits a leading or trailing operator off a value text. */
function splitOperator(t: string): { op: Operator | null; core: string; hadOperator: boolean } {
  let op: Operator | null = null;
  let core = t;
  let hadOperator = false;
  for (const [word, o] of PREFIXES_BY_FIRST.get(t.charAt(0)) ?? []) {
    if (core.startsWith(word)) {
      op = o;
      core = core.slice(word.length);
      hadOperator = true;
      break;
    }
  }
  for (const [word, o] of SUFFIXES_BY_LAST.get(core.charAt(core.length - 1)) ?? []) {
    if (core.endsWith(word) && core.length > word.length) {
      core = core.slice(0, -word.length);
      // `控制在5%以内`: the prefix already said at most; a suffix only fills a missing operator.
      if (op === null) op = o;
      hadOperator = true;
      break;
    }
  }
  return { op, core, hadOperator };
}

/** Reads a text value (SCORING.md §2 and §8.5). */
export function readValueText(raw: string): ValueReading {
  const t = normaliseValueText(raw);
  if (t === '') return { kind: 'empty' };
  const date = readDeadline(t);
  if (date) return { kind: 'deadline', date };
  const { op, core } = splitOperator(t);
  const q = readQuantityText(core);
  if (q)
    return q.unit === '' ? { kind: 'number', op, q } : { kind: 'number', op, q, written: core };
  if (op === null) {
    const range = readRange(core);
    if (range) return range;
  }
  return { kind: 'text', text: raw.trim() };
}

/** Reads a cell: numbers stored as numbers stay numbers (a `%` number format makes a percent). */
export function readValueCell(v: CellValue | undefined, numberFormat?: string): ValueReading {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  if (isCellDate(v)) {
    const [y, m, d] = v.date.split('-').map(Number);
    return { kind: 'deadline', date: { year: y ?? null, month: m ?? null, day: d ?? null } };
  }
  if (typeof v === 'number') {
    const percent = numberFormat !== undefined && numberFormat.includes('%');
    return { kind: 'number', op: null, q: { value: v, unit: percent ? '%' : '' } };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: v ? '是' : '否' };
  return readValueText(v);
}

/** True when two units can be compared (equal after aliases, or one of them missing). */
export function unitsAgree(a: Quantity, b: Quantity): boolean {
  return a.unit === '' || b.unit === '' || a.unit === b.unit;
}

/**
 * Brings an actual to the target's unit when one side is a percent and the other a bare number:
 * `95` against `≥90%` means 95%, while `0.95` already is a fraction.
 */
export function alignToPercent(bare: Quantity): Quantity {
  return { value: bare.value > 1 ? shiftPoint(bare.value, -2) : bare.value, unit: '%' };
}

/** Puts target and actual in one unit, or returns null when the units cannot be reconciled. */
export function reconcile(target: Quantity, actual: Quantity): { t: Quantity; a: Quantity } | null {
  if (target.unit === actual.unit) return { t: target, a: actual };
  if (target.unit === '%' && actual.unit === '') return { t: target, a: alignToPercent(actual) };
  if (actual.unit === '%' && target.unit === '') return { t: alignToPercent(target), a: actual };
  if (target.unit === '%' || actual.unit === '%') return null;
  return unitsAgree(target, actual) ? { t: target, a: actual } : null;
}

/** Day number (days since 0000-01-01, proleptic) for ordering dates; a missing day means the month's end when `end`. */
export function dayNumber(d: PartialDate, fallbackYear: number, end: boolean): number {
  const year = d.year ?? fallbackYear;
  const month = d.month ?? (end ? 12 : 1);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d.day ?? (end ? lastDay : 1), lastDay);
  return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}
