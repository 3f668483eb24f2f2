/**
 * Which sheet a run may write its own sheets to (评分计算, 评分记录, 自评报告…, the record): one rule
 * for all of them. A sheet of the name is replaced only when selfeval can prove it wrote it: the
 * record lists its fingerprint and the content still matches (for the record sheet itself: hidden
 * and starting with the record's mark). Any other sheet of that name (a person's own, or ours
 * edited since) is kept and the run writes beside it as `评分计算(2)`, with a note saying so
 * (NARRATIVE.md, SCORING.md §4: nothing a person typed is lost).
 */
import { isBlank } from '../base/cells';
import { isInSeries } from '../base/sheetNames';
import { fingerprintSheet } from './fingerprint';
import type { SheetSnapshot, WorkbookSnapshot } from '../base/snapshot';

export { isInSeries };

/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts: no `[ ] : * ? / \`, no apostrophe at either end, at most 31 characters. */
export function cleanSheetName(name: string, reserve = 0): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '')
    .replace(/^'+|'+$/g, '')
    .trim();
  return Array.from(cleaned)
    .slice(0, MAX_SHEET_NAME - reserve)
    .join('')
    .trim();
}

/** The n-th name of a series: `自评报告`, `自评报告(2)`, `自评报告(3)` (the base shortened to fit 31 characters). */
export function numberedSheetName(base: string, n: number): string {
  if (n === 1) return base;
  const suffix = `(${n})`;
  return `${cleanSheetName(base, suffix.length)}${suffix}`;
}

/** Whether a sheet found under an owned name is selfeval's to replace. */
export type Ownership = 'ours' | 'edited' | 'foreign';

/** Ownership by fingerprint: ours when the record holds the sheet's fingerprint and it still matches. */
export function byFingerprint(snapshot: WorkbookSnapshot): (sheet: SheetSnapshot) => Ownership {
  const recorded = snapshot.record?.fingerprints ?? {};
  return (sheet) => {
    // An empty sheet holds nothing to keep.
    if (sheet.cells.every((row) => row.every((v) => isBlank(v)))) return 'ours';
    const ours = recorded[sheet.name];
    if (ours === undefined) return 'foreign';
    return ours === fingerprintSheet(sheet, ours) ? 'ours' : 'edited';
  };
}

/** Where an owned sheet goes, and the sheet kept in its place (if any). */
export interface Placement {
  readonly name: string;
  readonly kept: { readonly name: string; readonly ownership: 'edited' | 'foreign' } | null;
}

/**
 * The first name of `base`'s series that is free or holds a sheet selfeval may replace; `taken`
 * (lower-case names already chosen in this run) is updated. Null only after a thousand kept sheets.
 */
export function placeOwnedSheet(
  base: string,
  snapshot: WorkbookSnapshot,
  taken: Set<string>,
  ownership: (sheet: SheetSnapshot) => Ownership,
): Placement | null {
  // Excel sheet names ignore case: `评分计算` and a person's `评分计算 ` are told apart, `Abc`/`abc` not.
  const existing = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  let kept: Placement['kept'] = null;
  for (let n = 1; n < 1000; n++) {
    const name = numberedSheetName(base, n);
    const key = name.toLowerCase();
    if (taken.has(key)) continue;
    const there = existing.get(key);
    const owner = there ? ownership(there) : 'ours';
    if (owner === 'ours') {
      taken.add(key);
      return { name, kept };
    }
    if (n === 1 && there) kept = { name: there.name, ownership: owner };
  }
  return null;
}

/** The note for a run that wrote `what` beside a kept sheet: `工作表“评分计算”不是…，新的评分计算表写入工作表“评分计算(2)”。` */
export function keptSheetNote(
  placement: Placement,
  what: { readonly kind: string; readonly fresh: string },
): string | null {
  const kept = placement.kept;
  if (!kept) return null;
  const why =
    kept.ownership === 'edited'
      ? `工作表“${kept.name}”在上次生成后已被修改，为保留修改内容，本次未覆盖该表`
      : `工作表“${kept.name}”不是绩效自评助手生成的${what.kind}（或生成记录已丢失），为保留其内容，本次未覆盖该表`;
  return `${why}，新的${what.fresh}写入工作表“${placement.name}”。`;
}
