/**
 * Reading the text people write into 年度指标值 and 实际完成值 cells (SCORING.md §2, §9): the
 * grammar (grammar.ts) parses the text; this module turns what it read into quantities in base
 * units (percents as fractions, 万/亿 applied, unit aliases unified) and reconciles target and
 * actual. A reading never throws: unreadable input is `text`, and says what it could not read.
 */
import { type CellValue, isCellDate, isCellError } from '../base/cells';
import { shiftPoint } from '../base/decimal';
import {
  type Operator,
  PREFIX_OPERATORS,
  type RawQuantity,
  normaliseValueText,
  parseValue,
} from './grammar';

export { type Operator, normaliseValueText } from './grammar';

/** A number in base units: percents as fractions (90% → 0.9), 万/亿 applied (5.3万人 → 53000 人). */
export interface Quantity {
  readonly value: number;
  /** Unit after the multiplier (`人`, `元/户`); `%` for percents; '' when none was written. */
  readonly unit: string;
  /** Power of ten of the multiplier written (万 4, 亿 8); absent when none. */
  readonly shift?: number;
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
  | {
      readonly kind: 'text';
      readonly text: string;
      /**
       * Set when the text holds a number with an operator, a percent or a unit that the grammar
       * could not read (SCORING.md §9.8): the normalised text, quoted in the judgement message.
       */
      readonly unreadNumber?: string;
    };

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

/** A quantity the grammar read, in base units; null when its digits are no finite number. */
function toQuantity(raw: RawQuantity): Quantity | null {
  const value = Number(raw.digits);
  if (!Number.isFinite(value)) return null;
  if (raw.percent) return { value: shiftPoint(value, raw.percent === '%' ? -2 : -3), unit: '%' };
  if (!raw.shift) return { value, unit: unitKey(raw.unit) };
  return { value: shiftPoint(value, raw.shift), unit: unitKey(raw.unit), shift: raw.shift };
}

/** Reads a text value (SCORING.md §2, §8.5, §9.3, §9.4, §9.8). */
export function readValueText(raw: string): ValueReading {
  const p = parseValue(raw);
  switch (p.kind) {
    case 'empty':
      return p;
    case 'deadline':
      return { kind: 'deadline', date: p.date };
    case 'number': {
      const q = toQuantity(p.q);
      if (!q) break;
      const shown = q.unit === '' ? null : p.q.written;
      return shown === null
        ? { kind: 'number', op: p.op, q }
        : { kind: 'number', op: p.op, q, written: shown };
    }
    case 'range': {
      const lo = toQuantity(p.lo);
      const hi = toQuantity(p.hi);
      if (!lo || !hi || lo.value > hi.value) break;
      return { kind: 'range', lo, hi };
    }
    case 'text':
      return p.numberLike
        ? { kind: 'text', text: raw.trim(), unreadNumber: normaliseValueText(raw) }
        : { kind: 'text', text: raw.trim() };
  }
  return { kind: 'text', text: raw.trim(), unreadNumber: normaliseValueText(raw) };
}

const OPERATOR_SIGN: Readonly<Record<Operator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/**
 * The operator a split 指标性质/符号 cell gives the target (§8.8, §9.5), as a sign to put before the
 * value: a sign or an operator word (`≥`, `>=`, `大于等于`), 正向 (higher is better) or 反向
 * (lower is better); null for 定量, 定性 or nothing.
 */
export function natureOperator(text: string): string | null {
  const t = normaliseValueText(text);
  if (t === '正向') return '≥';
  if (t === '反向') return '≤';
  const op = PREFIX_OPERATORS[t];
  return op === undefined ? null : OPERATOR_SIGN[op];
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

/**
 * A bare number (no unit, no multiplier) against a side written with a multiplier (`95` against
 * `≤90万元`): a reviewer reads it in the other side's unit as written (95万元) when that puts the
 * two in the same order of magnitude, and as the plain number (`12500` against `≥1.2万人`) when the
 * plain number already is. Without this, 95 would be read as 95元 against 900,000元: a silent full mark.
 */
function inUnitOf(bare: Quantity, other: Quantity): Quantity {
  if (bare.unit !== '' || bare.shift || !other.shift || bare.value <= 0 || other.value <= 0)
    return bare;
  const scaled = shiftPoint(bare.value, other.shift);
  const distance = (v: number): number => Math.abs(Math.log10(v / other.value));
  return distance(scaled) < distance(bare.value)
    ? { value: scaled, unit: other.unit, shift: other.shift }
    : bare;
}

/** Puts target and actual in one unit, or returns null when the units cannot be reconciled. */
export function reconcile(
  writtenTarget: Quantity,
  writtenActual: Quantity,
): { t: Quantity; a: Quantity } | null {
  const target = inUnitOf(writtenTarget, writtenActual);
  const actual = inUnitOf(writtenActual, writtenTarget);
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
