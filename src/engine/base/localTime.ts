/**
 * Times as the people who read the reviewer sheets write them: local time, `2026-12-01 15:44`
 * (NARRATIVE.md: never a UTC ISO stamp). The record keeps its ISO time; only what people read is
 * shown this way.
 */

/** The time zone of the sheets people read when the workbook's host says nothing else. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Formatters by time zone: creating one costs more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * `2026-12-01T07:44:00.000Z` → `2026-12-01 15:44` in Asia/Shanghai. A text that is not an ISO
 * time is returned as it is, and an unknown time zone falls back to Asia/Shanghai.
 */
export function localTime(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let f: Intl.DateTimeFormat;
  try {
    f = formatterFor(timeZone);
  } catch {
    f = formatterFor(DEFAULT_TIME_ZONE);
  }
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    f.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
