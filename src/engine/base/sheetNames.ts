/**
 * Names of the sheets selfeval owns and the numbered series written beside a person's sheet. One
 * list, here below every stage: reading skips these sheets (they are never forms), writing creates
 * them, and the hosts use the list to skip what they need only for forms.
 */

/** The workings sheet 评分计算: every score as a live formula. */
export const WORKINGS_SHEET = '评分计算';
/** The audit sheet 评分记录: every run and every form cell it changed. */
export const AUDIT_SHEET = '评分记录';
/** Base name of a department form's report sheet (`自评报告-<项目名>` for a project form). */
export const REPORT_SHEET = '自评报告';
/** The very hidden sheet that records what selfeval last wrote (SCORING.md §4). */
export const RECORD_SHEET = '_selfeval';

/** True for `base` and its numbered series `base(2)`, `base(3)`… */
export function isInSeries(name: string, base: string): boolean {
  if (name === base) return true;
  const m = /^(.*)\((\d+)\)$/.exec(name);
  return m !== null && m[1] !== undefined && base.startsWith(m[1]) && Number(m[2]) >= 2;
}

/**
 * True for a sheet name a scoring run writes (评分计算, 评分记录, 自评报告…, the record, and their
 * numbered series `评分计算(2)` written beside a person's sheet). Hosts use it to skip what they
 * need only for forms, such as merged areas.
 */
export function isOwnedSheetName(name: string): boolean {
  return (
    isInSeries(name, WORKINGS_SHEET) ||
    isInSeries(name, AUDIT_SHEET) ||
    isInSeries(name, RECORD_SHEET) ||
    name.startsWith(REPORT_SHEET)
  );
}
