/**
 * Which form is which when a sheet holds several (SCORING.md §11.4) or a form goes on over several
 * sheets (§11.6): a form is its sheet and first row; its cells may be on a continued sheet; its
 * findings are the ones on its sheets that belong to it. Every output that lists forms (the pane,
 * the owned sheets, the review) names and keys them through here.
 */
import type { FindingData } from '../findings/codes';
import type { CellRef } from '../read/sheetView';
import type { ScoredForm } from './scoreTypes';

/** A key that tells forms apart: `Sheet!12`, the sheet and the 1-based first row. */
export function formKey(form: ScoredForm): string {
  return `${form.model.sheet}!${(form.model.firstRow ?? 0) + 1}`;
}

/** The form's 总分 cell with the sheet it is on (a continued sheet may hold it), or null. */
export function totalCellOf(form: ScoredForm): { sheet: string; ref: CellRef } | null {
  const ref = form.model.totalCell;
  return ref ? { sheet: form.model.totalSheet ?? form.model.sheet, ref } : null;
}

/**
 * True when a run writes the form's 总分: never for a form that was not fully read (§11.2), whose
 * total is a partial score that would look like the form's total in its 总分 cell.
 */
export function writesTotal(form: ScoredForm): boolean {
  return form.grade !== null && form.model.totalCell !== null;
}

/** The sheets a form's rows are on: its own, then the sheets that continue it (§11.6). */
export function sheetsOf(form: ScoredForm): readonly string[] {
  return [form.model.sheet, ...(form.model.continuedOn ?? [])];
}

/** True when a finding belongs to the form (on one of its sheets, and its own when sheets are shared). */
export function belongsTo(f: Pick<FindingData, 'sheet' | 'form'>, form: ScoredForm): boolean {
  if (f.sheet === null || !sheetsOf(form).includes(f.sheet)) return false;
  return f.form === undefined || f.form === (form.model.firstRow ?? 0) + 1;
}

/** The findings of one form, in the run's order. */
export function findingsOfForm<F extends Pick<FindingData, 'sheet' | 'form'>>(
  findings: readonly F[],
  form: ScoredForm,
): F[] {
  return findings.filter((f) => belongsTo(f, form));
}

/**
 * The name a person knows a form by (§11.4): its 项目名称, else its unit, else its title, else its
 * sheet. `withSheet` adds the sheet and the row where it starts, for a sheet that holds several.
 */
export function formLabel(form: ScoredForm, withSheet = false): string {
  const m = form.model;
  const own = m.projectName?.trim() || m.unit?.trim() || m.title?.trim() || m.sheet;
  if (!withSheet) return own;
  return `${m.sheet}（第${(m.firstRow ?? 0) + 1}行起：${own}）`;
}

/** The `Sheet!A1` keys of the cells a run scores in the form: rate, budget score, each 得分, 总分. */
export function formCellKeys(form: ScoredForm): Set<string> {
  const keys = new Set<string>();
  const s = form.model.sheet;
  if (form.budget?.rateCell) keys.add(`${s}!${form.budget.rateCell}`);
  if (form.budget?.cell) keys.add(`${s}!${form.budget.cell}`);
  for (const i of form.indicators) if (i.cell) keys.add(`${i.sheet}!${i.cell}`);
  const total = totalCellOf(form);
  if (total) keys.add(`${total.sheet}!${total.ref.address}`);
  return keys;
}

/** Sheets that hold more than one form of the result. */
export function sharedSheets(forms: readonly ScoredForm[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const f of forms) {
    if (seen.has(f.model.sheet)) shared.add(f.model.sheet);
    seen.add(f.model.sheet);
  }
  return shared;
}
