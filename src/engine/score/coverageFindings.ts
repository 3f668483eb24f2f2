/**
 * What a run says about how completely it read a form (SCORING.md §11): a hidden sheet, headers read
 * by meaning, rows it could not account for, and — when the indicators were not (all) read — no
 * grade with `indicators_missing`. Never a grade for a form that was not fully read.
 */
import { cmp, sumExact } from '../base/decimal';
import { fmtScore } from '../base/format';
import { type FindingData, type IndicatorsMissingParams, finding } from '../findings/codes';
import { pointsOf } from '../read/cellReading';
import type { FormModel, UnreadRow } from '../read/formModel';
import type { ScoredIndicator } from './scoreTypes';

/** Sheet rows as a reader names them: `12、15–18`, 1-based, a run of rows as a range. */
export function rowList(rows: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length) {
    const start = rows[i]!;
    let end = start;
    while (i + 1 < rows.length && rows[i + 1] === end + 1) end = rows[++i]!;
    parts.push(end === start ? `${start + 1}` : `${start + 1}–${end + 1}`);
    i++;
    // A few hundred rows unread is one message, not a page: the count says how many.
    if (parts.length === 10 && i < rows.length) {
      parts.push('…');
      break;
    }
  }
  return parts.join('、');
}

/** Findings of the rows no rule accounted for (§11.1): one per sheet the form's rows are on. */
function unreadFindings(form: FormModel): FindingData[] {
  const bySheet = new Map<string, UnreadRow[]>();
  for (const u of form.unread ?? []) {
    const list = bySheet.get(u.sheet);
    if (list) list.push(u);
    else bySheet.set(u.sheet, [u]);
  }
  const out: FindingData[] = [];
  for (const [sheet, rows] of bySheet) {
    out.push(
      finding('rows_unread', sheet, rows[0]!.cell, null, {
        rows: rowList(rows.map((r) => r.row)),
        count: String(rows.length),
        quotes: rows
          .slice(0, 3)
          .map((r) => `“${r.text}”`)
          .join('、'),
      }),
    );
  }
  return out;
}

/** The cell a form-level finding names when nothing closer is known: the form's first own cell. */
function formCell(form: FormModel): string | null {
  return (
    form.totalWeightCell?.address ??
    form.budget?.weight?.address ??
    form.budget?.budget?.address ??
    form.indicators[0]?.nameCell ??
    null
  );
}

/** What a form's total and weights come to, for the §11.2 test. */
export interface FormFigures {
  readonly total: number;
  readonly weightTotal: number;
  /** Σ of the indicators' weights (the weight total without the budget's). */
  readonly indicatorWeight: number;
}

/**
 * The `indicators_missing` finding of a form that was not fully read (§11.2), or null: no indicator
 * read, indicator weights under half of the form's total weight, or unread rows that carry points
 * (their points are missing from the total, so no grade can stand on it).
 */
export function missingIndicators(
  form: FormModel,
  indicators: readonly ScoredIndicator[],
  figures: FormFigures,
): FindingData | null {
  const partial = { total: fmtScore(figures.total), weightTotal: fmtScore(figures.weightTotal) };
  const at = (cell: string | null, p: IndicatorsMissingParams): FindingData =>
    finding('indicators_missing', form.totalSheet ?? form.sheet, cell, null, p);
  const d = form.diagnosis ?? null;
  if (indicators.length === 0) {
    if (d?.kind === 'headerIncomplete')
      return at(d.cell, {
        ...partial,
        reason: 'header_incomplete',
        header: String(d.row + 1),
        seen: d.seen.join('、'),
        missing: d.missing.join('”“'),
        unplaced: d.unplaced.join('”“'),
      });
    if (d?.kind === 'noRows')
      return at(d.cell, { ...partial, reason: 'no_rows', header: String(d.row + 1) });
    return at(formCell(form), { ...partial, reason: 'no_header' });
  }
  // A header row it could not place: the columns of the rows under it may be read wrong.
  const header = (form.unread ?? []).find((u) => u.header === true);
  if (header)
    return finding('indicators_missing', header.sheet, header.cell, null, {
      ...partial,
      reason: 'header_unread',
      header: String(header.row + 1),
      text: header.text,
    });
  const unreadPoints = (form.unread ?? []).filter((u) => u.points !== null && u.points > 0);
  if (unreadPoints.length > 0) {
    const points = sumExact(unreadPoints.map((u) => u.points ?? 0));
    return finding('indicators_missing', unreadPoints[0]!.sheet, unreadPoints[0]!.cell, null, {
      ...partial,
      reason: 'unread_points',
      rows: rowList(unreadPoints.map((u) => u.row)),
      points: fmtScore(points),
    });
  }
  // The form's own total weight (the 总分 row's 分值) when it states one, else what was read.
  const stated = pointsOf(form.totalWeightCell?.value);
  const formWeight = stated !== null && stated > 0 ? stated : figures.weightTotal;
  const indicatorWeight = figures.indicatorWeight;
  if (cmp(indicatorWeight * 2, formWeight) < 0) {
    return at(form.totalWeightCell?.address ?? formCell(form), {
      ...partial,
      reason: 'weights_under_half',
      indicatorWeight: fmtScore(indicatorWeight),
      formWeight: fmtScore(formWeight),
    });
  }
  return null;
}

/** The findings of §11 that come before any score: a hidden sheet, headers read by meaning, unread rows. */
export function readingFindings(form: FormModel): FindingData[] {
  const out: FindingData[] = [];
  if (form.hidden) out.push(finding('form_hidden', form.sheet, form.firstCell ?? null, null));
  for (const h of form.inferredHeaders ?? []) {
    out.push(
      finding('header_inferred', form.sheet, h.cell, null, {
        header: h.text,
        role: h.role === 'target' ? '年度指标值' : '实际完成值',
      }),
    );
  }
  for (const f of unreadFindings(form)) out.push(f);
  return out;
}
