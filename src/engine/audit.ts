/**
 * The audit record `评分记录`: every scoring run appends its time, profile, engine version and each
 * form cell it changed with the old and the new value (SCORING.md §4: a value a person had typed is
 * never lost, even when a computed score replaces it). The sheet is rebuilt on each run from the
 * rows already in the workbook plus the new ones, since a patch writes whole owned sheets.
 */
import { type CellValue, cellText, isCellError, parseA1 } from './cells';
import type { CellWrite, SheetCell, SheetWrite, CellStyle } from './patch';
import type { ScoreResult } from './scoreTypes';
import type { WorkbookSnapshot } from './snapshot';
import { ENGINE_VERSION } from './version';

/** Name of the audit sheet. */
export const AUDIT_SHEET = '评分记录';

/** Header of the audit sheet; no word of a form header, so it is never read as a form. */
export const AUDIT_HEADERS: readonly string[] = [
  '时间',
  '评分规则',
  '引擎版本',
  '工作表',
  '单元格',
  '项目',
  '原值',
  '新值',
  '原公式',
];

/** The header before the 原公式 column was added: an audit sheet of that header is still ours. */
const LEGACY_HEADER_LENGTH = 8;

const WIDTHS: readonly number[] = [26, 10, 10, 24, 8, 36, 14, 14, 24];
const HEADER_STYLE: CellStyle = { bold: true, fill: '#D9E1F2', border: true, align: 'center' };
const CELL: CellStyle = { border: true };

/** Options of an audit run. */
export interface AuditOptions {
  /** ISO time of the run. */
  readonly now: string;
}

/** What each written form cell is, in words: `预算执行率`, `预算执行得分`, an indicator's name, `总分`. */
function labels(result: ScoreResult): Map<string, string> {
  const m = new Map<string, string>();
  for (const form of result.forms) {
    const s = form.model.sheet;
    const b = form.budget;
    if (b?.rateCell) m.set(`${s}!${b.rateCell}`, '预算执行率');
    if (b?.cell) m.set(`${s}!${b.cell}`, '预算执行得分');
    for (const ind of form.indicators) if (ind.cell) m.set(`${s}!${ind.cell}`, `${ind.name} 得分`);
    if (form.model.totalCell) m.set(`${s}!${form.model.totalCell.address}`, '总分');
  }
  return m;
}

/** True when a write leaves the cell's value as it was (numbers compared without float noise). */
export function sameValue(old: CellValue, value: number | string | null): boolean {
  if (typeof old === 'number' && typeof value === 'number') return Math.abs(old - value) < 1e-9;
  if (old === null || (typeof old === 'string' && old.trim() === ''))
    return value === null || value === '';
  return old === value;
}

/** An old value as the audit sheet stores it: errors become their code, so the record shows no error cells. */
function stored(v: CellValue): CellValue {
  return isCellError(v) ? v.error : v;
}

/** The rows of the audit sheet already in the workbook (without its header). */
function previousRows(snapshot: WorkbookSnapshot, name: string): CellValue[][] {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  const head = sheet.cells[0];
  // A sheet of that name that is not ours keeps all its rows: nothing in the workbook is ever dropped.
  const ours =
    head !== undefined &&
    AUDIT_HEADERS.slice(0, LEGACY_HEADER_LENGTH).every((h, i) => head[i] === h);
  const rows = ours ? sheet.cells.slice(1) : sheet.cells;
  return rows.filter((r) => r.some((v) => v !== null && v !== '')).map((r) => [...r]);
}

/** The new rows of this run: one per changed cell, or one saying that nothing changed. */
export function auditRows(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  cells: readonly CellWrite[],
  options: AuditOptions,
): CellValue[][] {
  const head = [options.now, result.profile.id, ENGINE_VERSION];
  const names = labels(result);
  const rows: CellValue[][] = [];
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  for (const c of cells) {
    const sheet = sheets.get(c.sheet);
    const { row, col } = parseA1(c.address);
    const old = sheet?.cells[row]?.[col] ?? null;
    // A formula replaced by a value is recorded as text (`=E5/D5`) even when its value stays.
    const formula = sheet?.formulas?.[c.address];
    if (sameValue(old, c.value) && formula === undefined) continue;
    rows.push([
      ...head,
      c.sheet,
      c.address,
      names.get(`${c.sheet}!${c.address}`) ?? '',
      stored(old),
      c.value,
      formula === undefined ? null : `=${formula}`,
    ]);
  }
  if (rows.length === 0) rows.push([...head, null, null, '本次评分未改动任何单元格', null, null]);
  return rows;
}

/** The whole audit sheet after this run: the earlier rows, then this run's. */
export function auditSheet(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  cells: readonly CellWrite[],
  options: AuditOptions,
  name: string = AUDIT_SHEET,
): SheetWrite {
  const body = [...previousRows(snapshot, name), ...auditRows(result, snapshot, cells, options)];
  const rows: SheetCell[][] = [
    AUDIT_HEADERS.map((h) => ({ value: h, style: HEADER_STYLE })),
    ...body.map((r) =>
      AUDIT_HEADERS.map((_, i) => {
        const v = r[i] ?? null;
        // Rates are the only fractions written; show old and new values as the person saw them.
        const style: CellStyle =
          typeof v === 'number' && i >= 6 && /执行率$/.test(cellText(r[5] ?? null))
            ? { ...CELL, numberFormat: '0.00%' }
            : CELL;
        return { value: v, style };
      }),
    ),
  ];
  // Extra columns a person may have added to an old row are kept after ours.
  body.forEach((r, i) => {
    for (let c = AUDIT_HEADERS.length; c < r.length; c++) rows[i + 1]![c] = { value: r[c] ?? null };
  });
  return {
    name,
    visibility: 'visible',
    rows,
    columnWidths: WIDTHS,
    freeze: { rows: 1, cols: 0 },
  };
}
