/**
 * A read-only view of one sheet that knows its merges: the value a person sees in a cell
 * (through a merge) and the value the cell itself holds (SCORING.md §8.13).
 */
import { type CellValue, a1, cellText, isBlank, parseA1 } from '../base/cells';
import type { SheetSnapshot } from '../base/snapshot';

/** A cell the engine read: its A1 address (a merge's anchor), value and number format. */
export interface CellRef {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly format: string | undefined;
}

/** Sheet view with merge lookups. Rows and columns are 0-based. */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly snapshot: SheetSnapshot;
  /** Non-anchor cell key `r*65536+c` → anchor `[row, col]`. */
  private readonly anchors = new Map<number, readonly [number, number]>();
  /** Number formats by cell key `r*65536+c`. */
  private readonly formats = new Map<number, string>();

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.rowCount = snapshot.cells.length;
    let cols = 0;
    for (const row of snapshot.cells) cols = Math.max(cols, row.length);
    this.colCount = cols;
    for (const m of snapshot.merges) {
      // Merges are at most a few hundred cells in real forms; whole-column merges are clipped to the data.
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      const right = Math.min(m.right, this.colCount - 1);
      for (let r = m.top; r <= bottom; r++) {
        for (let c = m.left; c <= right; c++) {
          if (r !== m.top || c !== m.left) this.anchors.set(r * 65536 + c, [m.top, m.left]);
        }
      }
    }
    // Keyed by number once here: looking each format up by a freshly built address string (which must
    // be hashed first) made ref() the parser's hottest function on big forms (npm run bench).
    for (const [address, format] of Object.entries(snapshot.numberFormats ?? {})) {
      if (!/^\$?[A-Za-z]{1,3}\$?\d+$/.test(address)) continue; // a host's odd key is no reason to throw
      const { row, col } = parseA1(address);
      this.formats.set(row * 65536 + col, format);
    }
  }

  /** The value stored in the cell itself (null for a merge's non-anchor cells). */
  own(row: number, col: number): CellValue {
    return this.snapshot.cells[row]?.[col] ?? null;
  }

  /** How many cells the row holds in the snapshot (cells past it are empty). */
  width(row: number): number {
    return this.snapshot.cells[row]?.length ?? 0;
  }

  /** The anchor of the merge that covers the cell, or the cell itself. */
  anchor(row: number, col: number): readonly [number, number] {
    return this.anchors.get(row * 65536 + col) ?? [row, col];
  }

  /** The value a person sees: the merge anchor's value for merged cells. */
  seen(row: number, col: number): CellValue {
    const [r, c] = this.anchor(row, col);
    return this.own(r, c);
  }

  /** The seen value as text. */
  text(row: number, col: number): string {
    return cellText(this.seen(row, col)).trim();
  }

  /** A reference to the cell (resolved to its merge anchor, which is where a write must go). */
  ref(row: number, col: number): CellRef {
    const [r, c] = this.anchor(row, col);
    const address = a1(r, c);
    return {
      address,
      row: r,
      col: c,
      value: this.own(r, c),
      format: this.formats.get(r * 65536 + c),
    };
  }

  /** True when no cell of the row holds its own value (values seen only through a merge do not count). */
  rowIsEmpty(row: number): boolean {
    const cells = this.snapshot.cells[row];
    if (!cells) return true;
    for (const v of cells) if (!isBlank(v)) return false;
    return true;
  }
}
