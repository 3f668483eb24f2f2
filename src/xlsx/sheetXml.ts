/**
 * The cells of an owned sheet as SpreadsheetML (`<sheetData>`, `<mergeCells>`, `<dimension>`),
 * written as bytes row by row. exceljs holds every cell of a workbook as an object and renders each
 * sheet as one string before zipping; for the 评分计算, 评分记录 and 自评报告 of a form of 200,000
 * rows that is millions of cells and more memory than Node has. Written here, a sheet costs its
 * bytes (outside the JavaScript heap) and nothing per cell.
 *
 * Text is written as inline strings (`t="inlineStr"`), which Excel, WPS, LibreOffice and exceljs
 * read as plain text; a formula keeps its cached result, as exceljs writes it.
 */
import {
  type CellValue,
  columnLetters,
  escapeXml,
  type Formula,
  type SheetCell,
  type SheetWrite,
  a1,
  isFormula,
  isoDateToSerial,
} from '../engine';

/** A number as SpreadsheetML writes it; non-finite numbers are not values a cell can hold. */
const num = (n: number): string | null => (Number.isFinite(n) ? String(n) : null);

/** Whether a cell is written with a date's style (exceljs gives such cells a date format). */
export function isDateCell(cell: SheetCell): boolean {
  const v = cell.value;
  return typeof v === 'object' && v !== null && !isFormula(v) && 'date' in v;
}

/** The `<c>` element of one cell, or '' for a cell that is neither a value nor styled. */
function cellXml(ref: string, cell: SheetCell, s: number | undefined): string {
  const style = s ? ` s="${s}"` : '';
  const v: CellValue | Formula = cell.value;
  if (isFormula(v)) {
    const f = `<f>${escapeXml(v.formula)}</f>`;
    const r = v.result;
    if (typeof r === 'number' && num(r) !== null)
      return `<c r="${ref}"${style}>${f}<v>${num(r)}</v></c>`;
    if (typeof r === 'string')
      return `<c r="${ref}"${style} t="str">${f}<v>${escapeXml(r)}</v></c>`;
    return `<c r="${ref}"${style}>${f}</c>`;
  }
  if (typeof v === 'string') {
    const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeXml(v)}</t></is></c>`;
  }
  if (typeof v === 'number') {
    const n = num(v);
    if (n !== null) return `<c r="${ref}"${style}><v>${n}</v></c>`;
  } else if (typeof v === 'boolean') {
    return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  } else if (v !== null) {
    if ('error' in v) return `<c r="${ref}"${style} t="e"><v>${escapeXml(v.error)}</v></c>`;
    const serial = isoDateToSerial(v.date);
    if (Number.isFinite(serial)) return `<c r="${ref}"${style}><v>${serial}</v></c>`;
  }
  return style ? `<c r="${ref}"${style}/>` : '';
}

/**
 * Collects text as UTF-8 bytes, encoded straight into chunks of 4 MB: no joined strings, so a sheet
 * of millions of cells leaves only short-lived garbage (a big string or buffer per megabyte made
 * the garbage collector mark the whole heap over and over).
 */
class ByteSink {
  private static readonly CHUNK = 4 << 20;
  private readonly encoder = new TextEncoder();
  private readonly chunks: Uint8Array[] = [];
  private chunk = new Uint8Array(ByteSink.CHUNK);
  private at = 0;
  write(s: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (this.at + s.length * 3 > this.chunk.length) {
      this.chunks.push(this.chunk.subarray(0, this.at));
      this.chunk = new Uint8Array(Math.max(ByteSink.CHUNK, s.length * 3));
      this.at = 0;
    }
    this.at += this.encoder.encodeInto(s, this.chunk.subarray(this.at)).written;
  }
  /** The bytes written, in chunks. */
  bytes(): readonly Uint8Array[] {
    return [...this.chunks, this.chunk.subarray(0, this.at)];
  }
}

/** The parts of a worksheet's XML that hold its cells. */
export interface SheetCellsXml {
  /** `A1:P50004`, or `A1` for an empty sheet. */
  readonly dimension: string;
  /**
   * `<sheetData>…</sheetData>` followed by `<mergeCells>…</mergeCells>` when there are merges, as
   * UTF-8 in chunks (joined once, into the file's part).
   */
  readonly body: readonly Uint8Array[];
}

/**
 * The cells, row heights and merges of `sheet` as SpreadsheetML. `styleOf` gives a cell's index
 * in the workbook's cellXfs (undefined: the default style).
 */
export function sheetCellsXml(
  sheet: SheetWrite,
  styleOf: (cell: SheetCell) => number | undefined,
): SheetCellsXml {
  const out = new ByteSink();
  out.write('<sheetData>');
  // The other cells of a merge carry the first cell's style (as Excel and exceljs write them), so
  // a bordered merged range shows its right and bottom borders.
  const merges = sheet.merges ?? [];
  const covered = new Map<number, Map<number, SheetCell>>();
  let rowCount = sheet.rows.length;
  for (const m of merges) {
    const master = sheet.rows[m.top]?.[m.left];
    if (!master) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        let row = covered.get(r);
        if (!row) {
          row = new Map<number, SheetCell>();
          covered.set(r, row);
        }
        row.set(c, master);
      }
    if (m.bottom + 1 > rowCount) rowCount = m.bottom + 1;
  }
  let lastCol = 0;
  let lastRow = 0;
  const heights = sheet.rowHeights ?? {};
  // Column letters spelt once per column, not once per cell.
  const letters: string[] = [];
  const ref = (r: number, c: number): string =>
    `${letters[c] ?? (letters[c] = columnLetters(c))}${r + 1}`;
  for (let r = 0; r < rowCount; r++) {
    const cells = sheet.rows[r] ?? [];
    const merged = covered.get(r);
    let width = cells.length;
    if (merged) for (const c of merged.keys()) if (c + 1 > width) width = c + 1;
    const height = heights[r];
    let xml = '';
    for (let c = 0; c < width; c++) {
      const master = merged?.get(c);
      let x = '';
      if (master) {
        const st = styleOf(master);
        x = st ? `<c r="${ref(r, c)}" s="${st}"/>` : '';
      } else {
        const cell = cells[c];
        if (cell) x = cellXml(ref(r, c), cell, styleOf(cell));
      }
      if (!x) continue;
      xml += x;
      if (c + 1 > lastCol) lastCol = c + 1;
    }
    if (!xml && height === undefined) continue;
    lastRow = r + 1;
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    out.write(xml ? `<row r="${r + 1}"${ht}>${xml}</row>` : `<row r="${r + 1}"${ht}/>`);
  }
  // A height set past the last row of cells still makes a row.
  const past = Object.keys(heights)
    .map(Number)
    .filter((r) => r >= rowCount)
    .sort((a, b) => a - b);
  for (const r of past) out.write(`<row r="${r + 1}" ht="${heights[r]}" customHeight="1"/>`);
  out.write('</sheetData>');
  if (merges.length > 0) {
    out.write(`<mergeCells count="${merges.length}">`);
    for (const m of merges)
      out.write(`<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`);
    out.write('</mergeCells>');
  }
  const dimension = lastRow > 0 && lastCol > 0 ? `A1:${a1(lastRow - 1, lastCol - 1)}` : 'A1';
  return { dimension, body: out.bytes() };
}
