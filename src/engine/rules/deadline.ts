/**
 * Deadline (time) indicators (SCORING.md §3, §8.7): met on or before the deadline, or when the
 * actual says 按时/按期/提前/已完成; a later date is band B, 延期/未按时/滞后 band C.
 */
import { type PartialDate, type ValueReading, dayNumber } from '../read/values';
import type { BandName } from '../base/bands';

/** Outcome of a deadline: met, a band to judge, or undecided (fall back to qualitative reading). */
export type DeadlineOutcome =
  | { readonly met: true; readonly rule: string }
  | { readonly met: false; readonly band: BandName; readonly rule: string }
  | null;

const LATE_WORDS = ['未按时', '未按期', '延期', '滞后', '逾期', '超期'];
const ON_TIME_WORDS = ['按时', '按期', '提前', '已完成'];

/** A date inside a sentence: `已于2022年11月20日完成`, `11月完成验收`. */
const EMBEDDED_DATE_RE = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/;

/** The year of a form without one, so that a comparison without any year stays deterministic. */
const NO_YEAR = 2024;

function compareDates(
  deadline: PartialDate,
  done: PartialDate,
  formYear: number | null,
): DeadlineOutcome {
  // `12月底前` on a 2022 form means the end of 2022: the form's year comes before the actual's,
  // or any late actual dated the next year would pass as on time.
  const fallback = deadline.year ?? formYear ?? done.year ?? NO_YEAR;
  const due = dayNumber(deadline, fallback, true);
  const at = dayNumber(done, done.year ?? fallback, false);
  return at <= due
    ? { met: true, rule: '完成日期不晚于期限' }
    : { met: false, band: 'B', rule: '完成日期晚于期限' };
}

/** Judges an actual against a deadline; `formYear` (null when the form has none) fills in a missing year. */
export function judgeDeadline(
  deadline: PartialDate,
  actual: ValueReading,
  actualText: string,
  formYear: number | null,
): DeadlineOutcome {
  if (actual.kind === 'deadline') return compareDates(deadline, actual.date, formYear);
  const late = LATE_WORDS.find((w) => actualText.includes(w));
  if (late) return { met: false, band: 'C', rule: `含“${late}”` };
  // A sentence that names when the work was done is judged by that date, as a date cell would be.
  const m = EMBEDDED_DATE_RE.exec(actualText);
  const month = m ? Number(m[2]) : 0;
  if (m && month >= 1 && month <= 12) {
    return compareDates(
      deadline,
      { year: m[1] ? Number(m[1]) : null, month, day: m[3] ? Number(m[3]) : null },
      formYear,
    );
  }
  const onTime = ON_TIME_WORDS.find((w) => actualText.includes(w));
  if (onTime) return { met: true, rule: `含“${onTime}”` };
  return null;
}
