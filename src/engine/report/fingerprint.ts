/**
 * Fingerprints of the report sheets selfeval writes, kept in the record so that the next run can
 * tell its own sheet from one a person has edited since (NARRATIVE.md: never overwrite a person's
 * words). The fingerprint covers the cell values only, computed the same way from the rows selfeval
 * writes and from the snapshot a host reads back, so a sheet nobody touched matches.
 */
import { type CellValue, cellText, isBlank } from '../cells';
import { type SheetCell, isFormula } from '../patch';
import type { SheetSnapshot } from '../snapshot';

/** 53-bit string hash (cyrb53): not for security, only to notice a change. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

function fingerprintOf(cells: Iterable<readonly [number, number, CellValue]>): string {
  const parts: string[] = [];
  for (const [r, c, v] of cells) {
    if (isBlank(v)) continue;
    // Text is compared without surrounding white space: hosts may trim what they read back.
    parts.push(`${r},${c}:${cellText(v).trim()}`);
  }
  return `v1-${hash53(parts.join('\n'))}`;
}

/** Fingerprint of the rows selfeval is about to write. */
export function fingerprintRows(rows: readonly (readonly (SheetCell | null)[])[]): string {
  function* cells(): Generator<readonly [number, number, CellValue]> {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c]?.value;
        if (v === undefined) continue;
        yield [r, c, isFormula(v) ? (v.result ?? null) : v];
      }
    }
  }
  return fingerprintOf(cells());
}

/** Fingerprint of a sheet as a host read it back. */
export function fingerprintSheet(sheet: SheetSnapshot): string {
  function* cells(): Generator<readonly [number, number, CellValue]> {
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r] ?? [];
      for (let c = 0; c < row.length; c++) yield [r, c, row[c] ?? null];
    }
  }
  return fingerprintOf(cells());
}
