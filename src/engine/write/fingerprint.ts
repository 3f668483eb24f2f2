/**
 * Fingerprints of the report sheets selfeval writes, kept in the record so that the next run can
 * tell its own sheet from one a person has edited since (NARRATIVE.md: never overwrite a person's
 * words). The fingerprint covers the cell values only, computed the same way from the rows selfeval
 * writes and from the snapshot a host reads back, so a sheet nobody touched matches.
 *
 * A formula cell selfeval writes (the 附件 line's link to the form) is left out on both sides: what
 * a host reads back for it depends on the host (Excel shows the link's text, a sheet not yet
 * recalculated 0 or nothing). Its position travels in the fingerprint (`v1-<hash>@12:0`), so the
 * read side leaves out the same cell.
 */
import { type CellValue, cellText, isBlank } from '../base/cells';
import { type SheetCell, isFormula } from './patch';
import type { SheetSnapshot } from '../base/snapshot';

/**
 * 53-bit string hash (cyrb53): not for security, only to notice a change. Fed piece by piece, so a
 * sheet of 200,000 rows is hashed without joining its text into one string first; the pieces fed
 * give the same hash as their concatenation (the recorded fingerprints of earlier runs still match).
 */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }
  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  }
}

/** A fingerprint fed cell by cell, in row order (a loop, no list of cells: sheets can be big). */
class Fingerprint {
  private readonly hash = new Hash53();
  private first = true;
  add(r: number, c: number, v: CellValue): void {
    if (isBlank(v)) return;
    // Text is compared without surrounding white space: hosts may trim what they read back.
    // Numbers to 12 significant digits: Excel recalculating a formula may differ in the last bits.
    const t = typeof v === 'number' ? String(Number(v.toPrecision(12))) : cellText(v).trim();
    // The pieces joined by new lines, as the first version hashed them.
    this.hash.add(this.first ? `${r},${c}:${t}` : `\n${r},${c}:${t}`);
    this.first = false;
  }
  digest(skipped: readonly string[]): string {
    const digest = `v1-${this.hash.digest()}`;
    return skipped.length > 0 ? `${digest}@${skipped.join(',')}` : digest;
  }
}

/** The cells a recorded fingerprint leaves out (`v1-…@12:0,40:3` → `12:0`, `40:3`). */
function skippedOf(fingerprint: string): string[] {
  const at = fingerprint.indexOf('@');
  return at < 0
    ? []
    : fingerprint
        .slice(at + 1)
        .split(',')
        .filter((x) => /^\d+:\d+$/.test(x));
}

/** Fingerprint of the rows selfeval is about to write. */
export function fingerprintRows(rows: readonly (readonly (SheetCell | null)[])[]): string {
  const skipped: string[] = [];
  const print = new Fingerprint();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c]?.value;
      if (v === undefined) continue;
      if (isFormula(v)) skipped.push(`${r}:${c}`);
      else print.add(r, c, v);
    }
  }
  return print.digest(skipped);
}

/**
 * Fingerprint of a sheet as a host read it back, leaving out the cells the recorded fingerprint
 * `recorded` left out (its formula cells).
 */
export function fingerprintSheet(sheet: SheetSnapshot, recorded = ''): string {
  const skipped = skippedOf(recorded);
  const skip = new Set(skipped);
  const print = new Fingerprint();
  for (let r = 0; r < sheet.cells.length; r++) {
    const row = sheet.cells[r] ?? [];
    for (let c = 0; c < row.length; c++)
      if (skip.size === 0 || !skip.has(`${r}:${c}`)) print.add(r, c, row[c] ?? null);
  }
  return print.digest(skipped);
}
