/**
 * The one patch a scoring run writes, whichever host runs it (CLI with --out, or the add-in's
 * 一键评分): the form's score cells, the sheets selfeval owns, and the record. Hosts call only this,
 * so the CLI and the add-in always write the same things.
 */
import { formAnchors } from './anchors';
import { AUDIT_HEADERS, auditSheet, sameValue } from './audit';
import { parseA1 } from '../base/cells';
import {
  type CellWrite,
  type Patch,
  type PatchOptions,
  type SheetWrite,
  recordSheet,
  scoreCellWrites,
} from './patch';
import { type Ownership, byFingerprint, keptSheetNote, placeOwnedSheet } from './ownedSheets';
import { isRecordSheet } from '../read/record';
import { AUDIT_SHEET, RECORD_SHEET, WORKINGS_SHEET, isInSeries } from '../base/sheetNames';
import { fingerprintRows } from './fingerprint';
import { planReportSheets } from './reportSheets';
import type { ScoreResult } from '../score/scoreTypes';
import type { SheetSnapshot, WorkbookSnapshot } from '../base/snapshot';
import { workingsSheet } from './workings';

/** A note for each owned sheet written beside a person's sheet of its name. */
const KINDS = {
  workings: { kind: '评分计算表', fresh: '评分计算表' },
  audit: { kind: '评分记录', fresh: '评分记录' },
  record: { kind: '评分记录数据', fresh: '评分记录数据（隐藏表）' },
} as const;

/**
 * Workbooks scored before the workings and the audit were fingerprinted carry a record without
 * their fingerprints: there, a sheet that still has selfeval's own header rows counts as ours
 * (once; the record written now fingerprints it). Every other workbook needs the fingerprint.
 */
function withLegacy(
  snapshot: WorkbookSnapshot,
  ownership: (s: SheetSnapshot) => Ownership,
): (s: SheetSnapshot) => Ownership {
  const record = snapshot.record;
  const fingerprinted = Object.keys(record?.fingerprints ?? {}).some(
    (k) => isInSeries(k, WORKINGS_SHEET) || isInSeries(k, AUDIT_SHEET),
  );
  if (!record || fingerprinted) return ownership;
  return (s) => {
    const owner = ownership(s);
    if (owner !== 'foreign') return owner;
    const head = s.cells[0] ?? [];
    const legacyWorkings =
      s.name === WORKINGS_SHEET &&
      typeof head[0] === 'string' &&
      head[0].startsWith('评分计算：') &&
      s.cells[1]?.[0] === '表内位置（点击跳转）';
    const legacyAudit =
      s.name === AUDIT_SHEET && AUDIT_HEADERS.slice(0, 8).every((h, i) => head[i] === h);
    return legacyWorkings || legacyAudit ? 'ours' : 'foreign';
  };
}

/**
 * The writes without those into a cell whose formula (typed by a person: `=E5/D5`) already gives
 * the computed value: the formula stays, live, instead of becoming its number.
 */
function keepEqualFormulas(cells: CellWrite[], snapshot: WorkbookSnapshot): CellWrite[] {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  return cells.filter((c) => {
    const sheet = sheets.get(c.sheet);
    if (sheet?.formulas?.[c.address] === undefined) return true;
    const { row, col } = parseA1(c.address);
    return !sameValue(sheet.cells[row]?.[col] ?? null, c.value);
  });
}

/** Builds the whole patch of a scoring run from the result and the workbook it was computed from. */
export function buildRunPatch(
  result: ScoreResult,
  snapshot: WorkbookSnapshot,
  options: PatchOptions,
): Patch {
  const cells = keepEqualFormulas(scoreCellWrites(result), snapshot);
  const sheets: SheetWrite[] = [];
  const notes: string[] = [];
  const fingerprints: Record<string, string> = {};
  const taken = new Set<string>();
  const ownership = withLegacy(snapshot, byFingerprint(snapshot));
  // Each owned sheet goes where selfeval can prove it wrote the sheet of that name, else beside it.
  const place = (base: string, kind: keyof typeof KINDS, proof = ownership): string | null => {
    const placement = placeOwnedSheet(base, snapshot, taken, proof);
    if (!placement) return null;
    const note = keptSheetNote(placement, KINDS[kind]);
    if (note) notes.push(note);
    return placement.name;
  };
  const owned = (write: SheetWrite, name: string): SheetWrite => {
    const named = { ...write, name };
    fingerprints[name] = fingerprintRows(named.rows);
    return named;
  };

  // The workings recompute every score with live formulas next to the forms; the audit keeps each old value.
  const workings = workingsSheet(result, {
    now: options.now,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  const workingsName = workings ? place(WORKINGS_SHEET, 'workings') : null;
  if (workings && workingsName) sheets.push(owned(workings, workingsName));
  const auditName = place(AUDIT_SHEET, 'audit');
  if (auditName)
    sheets.push(owned(auditSheet(result, snapshot, cells, options, auditName), auditName));
  // The 自评报告 sheets: regenerated, but never over a report a person has edited.
  const reports = planReportSheets(result, snapshot);
  sheets.push(...reports.sheets);
  notes.push(...reports.notes);
  Object.assign(fingerprints, reports.fingerprints);
  // The record is ours when it is hidden and carries the record's mark; a person's `_selfeval` stays.
  const recordName = place(RECORD_SHEET, 'record', (s) => (isRecordSheet(s) ? 'ours' : 'foreign'));
  if (recordName) sheets.push(recordSheet(result, cells, options, fingerprints, recordName));
  return {
    cells,
    sheets,
    ...(notes.length > 0 ? { notes } : {}),
    anchors: formAnchors(result),
  };
}
