/**
 * The audit record `评分记录`: every scoring run appends its time (local, `2026-12-01 15:44`), its
 * rules and each form cell it changed with the old and the new value (SCORING.md §4: a value a
 * person had typed is never lost, even when a computed score replaces it). One line at the top says
 * which rules and which version of 绩效自评助手 wrote the latest rows. The sheet is rebuilt on each
 * run from the rows already in the workbook plus the new ones, since a patch writes whole owned
 * sheets; it prints landscape, one page wide, the header row repeated on every page.
 */
import { type CellValue, cellText, columnLetters, isCellError, parseA1 } from '../base/cells';
import {
  type CellWrite,
  type SheetCell,
  type SheetWrite,
  type CellStyle,
  sheetWidth,
} from './patch';
import type { ScoreResult } from '../score/scoreTypes';
import type { WorkbookSnapshot } from '../base/snapshot';
import { DEFAULT_TIME_ZONE, localTime } from '../base/localTime';
import { widthInPoints, wrappedLines } from '../base/textWidth';
import { ENGINE_VERSION } from '../base/version';
import { AUDIT_SHEET } from '../base/sheetNames';
import { totalCellOf } from '../score/formIdentity';

/** Header of the audit sheet; no word of a form header, so it is never read as a form. */
export const AUDIT_HEADERS: readonly string[] = [
  '评分时间',
  '评分规则',
  '工作表',
  '单元格',
  '改动内容',
  '原值',
  '新值',
  '原公式',
];

/** The header of the sheet as earlier versions wrote it (one row, the engine version in a column). */
const OLD_HEADERS: readonly string[] = [
  '时间',
  '评分规则',
  '引擎版本',
  '工作表',
  '单元格',
  '项目',
  '原值',
  '新值',
];

/** Rows above the records: the line naming the rules and version, and the header. */
export const AUDIT_HEADER_ROWS = 2;

const WIDTHS: readonly number[] = [17, 10, 24, 8, 40, 14, 14, 20];
/** Columns of the header before 原公式 was added: a sheet with that header is still ours. */
const HEADERS_WITHOUT_FORMULA = AUDIT_HEADERS.slice(0, AUDIT_HEADERS.indexOf('原公式'));
const HEADER_STYLE: CellStyle = { bold: true, fill: '#D9E1F2', border: true, align: 'center' };
const CELL: CellStyle = { border: true, valign: 'top' };
/** One object per look, shared by every row (a big form has one row per cell written). */
const RATE_CELL: CellStyle = { ...CELL, numberFormat: '0.00%' };
const WRAP_CELL: CellStyle = { ...CELL, wrap: true };

/** Options of an audit run. */
export interface AuditOptions {
  /** ISO time of the run. */
  readonly now: string;
  /** Time zone the times are shown in (default Asia/Shanghai). */
  readonly timeZone?: string;
}

/** What each written form cell is, in words: `预算执行率`, `预算执行得分`, an indicator's name, `总分`. */
function labels(result: ScoreResult): Map<string, string> {
  const m = new Map<string, string>();
  for (const form of result.forms) {
    const s = form.model.sheet;
    const b = form.budget;
    if (b?.rateCell) m.set(`${s}!${b.rateCell}`, '预算执行率');
    if (b?.cell) m.set(`${s}!${b.cell}`, '预算执行得分');
    for (const ind of form.indicators)
      if (ind.cell) m.set(`${ind.sheet}!${ind.cell}`, `${ind.name} 得分`);
    const total = totalCellOf(form);
    if (total) m.set(`${total.sheet}!${total.ref.address}`, '总分');
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

const isHeader = (row: readonly CellValue[] | undefined, headers: readonly string[]): boolean =>
  row !== undefined && headers.every((h, i) => row[i] === h);

/**
 * The rows of the audit sheet already in the workbook (without its top line and header), in the
 * columns of AUDIT_HEADERS. Rows of the earlier layout lose their engine-version column and get
 * their ISO time in local time; a sheet of that name that is not ours keeps all its rows as they are.
 */
function previousRows(snapshot: WorkbookSnapshot, timeZone: string, name: string): CellValue[][] {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  let rows: CellValue[][];
  if (isHeader(sheet.cells[1], HEADERS_WITHOUT_FORMULA))
    rows = sheet.cells.slice(2).map((r) => [...r]);
  else if (isHeader(sheet.cells[0], OLD_HEADERS))
    rows = sheet.cells.slice(1).map((r) => {
      const [time, rules, , ...rest] = r;
      return [
        typeof time === 'string' ? localTime(time, timeZone) : (time ?? null),
        rules ?? null,
        ...rest,
      ];
    });
  // Nothing in the workbook is ever dropped.
  else rows = sheet.cells.map((r) => [...r]);
  return rows.filter((r) => r.some((v) => v !== null && v !== ''));
}

/** The new rows of this run: one per changed cell, or one saying that nothing changed. */
export function auditRows(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  cells: readonly CellWrite[],
  options: AuditOptions,
): CellValue[][] {
  const head = [localTime(options.now, options.timeZone ?? DEFAULT_TIME_ZONE), result.profile.id];
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
  if (rows.length === 0)
    rows.push([...head, null, null, '本次评分未改动任何单元格', null, null, null]);
  return rows;
}

/** The line at the top: what the sheet is, and which rules and version wrote its latest rows. */
function titleLine(result: ScoreResult, options: AuditOptions): string {
  const p = result.profile;
  const when = localTime(options.now, options.timeZone ?? DEFAULT_TIME_ZONE);
  const zone =
    (options.timeZone ?? DEFAULT_TIME_ZONE) === DEFAULT_TIME_ZONE ? '北京时间' : options.timeZone;
  return `评分记录：每次评分改动的表内单元格及其原值、新值。最近一次评分：${when}（${zone}），评分规则 ${p.id}（${p.name}），绩效自评助手 ${ENGINE_VERSION}。`;
}

/** The whole audit sheet after this run: the top line, the header, the earlier rows, then this run's. */
export function auditSheet(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  cells: readonly CellWrite[],
  options: AuditOptions,
  name: string = AUDIT_SHEET,
): SheetWrite {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const body = [
    ...previousRows(snapshot, zone, name),
    ...auditRows(result, snapshot, cells, options),
  ];
  const rateAt = AUDIT_HEADERS.indexOf('原值');
  const itemAt = AUDIT_HEADERS.indexOf('改动内容');
  const rows: SheetCell[][] = [
    [{ value: titleLine(result, options), style: { bold: true, wrap: true, valign: 'middle' } }],
    AUDIT_HEADERS.map((h) => ({ value: h, style: HEADER_STYLE })),
    ...body.map((r) =>
      AUDIT_HEADERS.map((_, i) => {
        const v = r[i] ?? null;
        // Rates are the only fractions written; show old and new values as the person saw them.
        const style: CellStyle =
          typeof v === 'number' && i >= rateAt && /执行率$/.test(cellText(r[itemAt] ?? null))
            ? RATE_CELL
            : i === itemAt
              ? WRAP_CELL
              : CELL;
        return { value: v, style };
      }),
    ),
  ];
  // Extra columns a person may have added to an old row are kept after ours.
  body.forEach((r, i) => {
    for (let c = AUDIT_HEADERS.length; c < r.length; c++)
      rows[i + AUDIT_HEADER_ROWS]![c] = { value: r[c] ?? null };
  });
  const width = sheetWidth(rows, AUDIT_HEADERS.length);
  // Wrapped text needs its height set: LibreOffice and Excel's print keep a set-less row one line high.
  const rowHeights: Record<number, number> = { 0: 32, 1: 20 };
  rows.forEach((row, r) => {
    if (r < AUDIT_HEADER_ROWS) return;
    let lines = 1;
    row.forEach((c, col) => {
      if (typeof c.value === 'string' && c.style?.wrap)
        lines = Math.max(lines, wrappedLines(c.value, widthInPoints([WIDTHS[col] ?? 8]), 11));
    });
    if (lines > 1) rowHeights[r] = Math.min(409, Math.ceil(lines * 15 + 4));
  });
  return {
    name,
    visibility: 'visible',
    rows,
    columnWidths: WIDTHS,
    rowHeights,
    merges: [{ top: 0, left: 0, bottom: 0, right: AUDIT_HEADERS.length - 1 }],
    freeze: { rows: AUDIT_HEADER_ROWS, cols: 0 },
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printArea: `A1:${columnLetters(width - 1)}${rows.length}`,
      repeatRows: { from: AUDIT_HEADER_ROWS, to: AUDIT_HEADER_ROWS },
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
      footer: '&C第 &P 页，共 &N 页',
    },
  };
}
