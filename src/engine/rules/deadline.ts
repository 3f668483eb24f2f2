/**
 * Deadline (time) indicators (SCORING.md §3, §8.7): met on or before the deadline, or when the
 * actual says 按时/按期/提前/已完成; a later date is band B, 延期/未按时/滞后 band C.
 */
import { type PartialDate, type ValueReading, dayNumber } from '../values';
import type { BandName } from './judgement';

/** Outcome of a deadline: met, a band to judge, or undecided (fall back to qualitative reading). */
export type DeadlineOutcome =
  | { readonly met: true; readonly rule: string }
  | { readonly met: false; readonly band: BandName; readonly rule: string }
  | null;

const LATE_WORDS = ['未按时', '未按期', '延期', '滞后', '逾期', '超期'];
const ON_TIME_WORDS = ['按时', '按期', '提前', '已完成'];

/** Judges an actual against a deadline; `year` fills in a missing year (the form's). */
export function judgeDeadline(deadline: PartialDate, actual: ValueReading, actualText: string, year: number): DeadlineOutcome {
  if (actual.kind === 'deadline') {
    const fallback = deadline.year ?? actual.date.year ?? year;
    const due = dayNumber(deadline, fallback, true);
    const done = dayNumber(actual.date, actual.date.year ?? fallback, false);
    return done <= due
      ? { met: true, rule: '完成日期不晚于期限' }
      : { met: false, band: 'B', rule: '完成日期晚于期限' };
  }
  const late = LATE_WORDS.find((w) => actualText.includes(w));
  if (late) return { met: false, band: 'C', rule: `含“${late}”` };
  const onTime = ON_TIME_WORDS.find((w) => actualText.includes(w));
  if (onTime) return { met: true, rule: `含“${onTime}”` };
  return null;
}
