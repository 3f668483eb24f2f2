/**
 * A typed fake of the WPS 表格 object model (the narrow interfaces of src/wps/hostTypes.ts), filled
 * from a workbook's cells, that counts every host call (each property read or write and each method
 * call, as each crosses into WPS). Its semantics follow VBA: Value2 of one cell is a scalar and of
 * several a 2-D array; a string written starting with `'` is text, with `=` a formula; Locked and
 * NumberFormat of a mixed range are null; `Value(11)` answers SpreadsheetML 2003 (or nothing, to
 * play a WPS without it).
 */
// The host objects are object literals with getters (as WPS's are property-based): their `this`
// is the literal, so each closes over the fake as `self`.
/* eslint-disable @typescript-eslint/no-this-alias */
import {
  type CellValue,
  type MergeRange,
  type WorkbookSnapshot,
  a1,
  parseA1,
} from '../../src/engine';
import { isoDateToSerial } from '../../src/engine';
import type {
  WpsApplication,
  WpsCounted,
  WpsFont,
  WpsInterior,
  WpsRange,
  WpsSheets,
  WpsWorkbook,
  WpsWorksheet,
} from '../../src/wps/hostTypes';

/** A cell as the fake keeps it: Value2's value, the formula (without `=`) when there is one. */
export interface FakeCell {
  value: number | string | boolean | null;
  error?: string;
  formula?: string;
  format?: string;
  locked?: boolean;
}

export interface FakeSheet {
  name: string;
  visible: number;
  protect: boolean;
  cells: Map<string, FakeCell>;
  merges: MergeRange[];
  /** Style writes received (font, fill, alignment…), counted per range. */
  styled: number;
}

const key = (r: number, c: number): string => `${r},${c}`;

/** A rectangle from an address: `A1`, `A1:C3`, `A:A`, `3:5` (0-based, inclusive). */
function rectOf(address: string): { top: number; left: number; bottom: number; right: number } {
  const [p, q = p] = address.split(':') as [string, string?];
  const end = (s: string, isEnd: boolean) => {
    if (/^\d+$/.test(s)) return { row: Number(s) - 1, col: isEnd ? 16383 : 0 };
    if (/^[A-Z]+$/.test(s)) return { row: isEnd ? 1048575 : 0, col: parseA1(`${s}1`).col };
    return parseA1(s);
  };
  const a = end(p, false);
  const b = end(q, true);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class FakeWps {
  /** Host calls so far. */
  calls = 0;
  readonly sheets: FakeSheet[] = [];
  protectStructure = false;
  /** Whether Value(11) answers SpreadsheetML (false plays a WPS without it). */
  xml = true;
  /** Called on every host call with its name; a test may throw to play a failure. */
  onCall: (name: string) => void = () => undefined;

  /** A fake holding the snapshot's sheets (values, formats, merges, visibility). */
  static fromSnapshot(s: WorkbookSnapshot): FakeWps {
    const fake = new FakeWps();
    for (const sh of s.sheets) {
      const sheet = fake.addSheet(sh.name);
      sheet.visible = sh.hidden ? 2 : -1;
      sheet.merges = sh.merges.map((m) => ({ ...m }));
      sh.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          sheet.cells.set(key(r, c), {
            ...fromPlain(v),
            format:
              sh.numberFormats?.[a1(r, c)] ??
              (typeof v === 'object' && 'date' in v ? 'yyyy-mm-dd' : undefined),
          });
        }),
      );
      for (const [addr, formula] of Object.entries(sh.formulas ?? {})) {
        const { row, col } = parseA1(addr);
        const cell = sheet.cells.get(key(row, col)) ?? { value: null };
        cell.formula = formula;
        sheet.cells.set(key(row, col), cell);
      }
      for (const [addr, format] of Object.entries(sh.numberFormats ?? {})) {
        const { row, col } = parseA1(addr);
        const cell = sheet.cells.get(key(row, col)) ?? { value: null };
        cell.format = format;
        sheet.cells.set(key(row, col), cell);
      }
    }
    return fake;
  }

  addSheet(name: string, at = this.sheets.length): FakeSheet {
    const sheet: FakeSheet = {
      name,
      visible: -1,
      protect: false,
      cells: new Map(),
      merges: [],
      styled: 0,
    };
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A cell as plain data: a formula as `{ formula }`, an error as `{ error }`. */
  plain(sheet: string, address: string): unknown {
    const { row, col } = parseA1(address);
    const c = this.sheet(sheet).cells.get(key(row, col));
    if (!c) return null;
    if (c.formula !== undefined) return { formula: c.formula };
    if (c.error !== undefined) return { error: c.error };
    return c.value;
  }

  /** Host calls so far by name (`Value2=` is a write of Value2). */
  readonly byName = new Map<string, number>();

  private hit(name: string): void {
    this.calls++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
    this.onCall(name);
  }

  get app(): WpsApplication {
    const self = this;
    return {
      get ActiveWorkbook() {
        self.hit('ActiveWorkbook');
        return self.workbook();
      },
    };
  }

  private workbook(): WpsWorkbook {
    const self = this;
    const sheets: WpsSheets = {
      get Count() {
        self.hit('Count');
        return self.sheets.length;
      },
      Item(index: number | string) {
        self.hit('Item');
        const s =
          typeof index === 'number'
            ? self.sheets[index - 1]
            : self.sheets.find((x) => x.name === index);
        if (!s) throw new Error(`下标越界: ${String(index)}`);
        return self.worksheet(s);
      },
      Add(_before?: WpsWorksheet, after?: WpsWorksheet) {
        self.hit('Add');
        const at = after
          ? self.sheets.findIndex((x) => x.name === after.Name) + 1
          : self.sheets.length;
        self.calls--; // reading after.Name above is the fake's own bookkeeping
        const s = self.addSheet(`Sheet${self.sheets.length + 1}`, at);
        return self.worksheet(s);
      },
    };
    return {
      get Worksheets() {
        self.hit('Worksheets');
        return sheets;
      },
      get ProtectStructure() {
        self.hit('ProtectStructure');
        return self.protectStructure;
      },
    };
  }

  private worksheet(s: FakeSheet): WpsWorksheet {
    const self = this;
    return {
      get Name() {
        self.hit('Name');
        return s.name;
      },
      set Name(v: string) {
        self.hit('Name=');
        s.name = v;
      },
      get Visible() {
        self.hit('Visible');
        return s.visible;
      },
      set Visible(v: number) {
        self.hit('Visible=');
        s.visible = v;
      },
      get ProtectContents() {
        self.hit('ProtectContents');
        return s.protect;
      },
      get UsedRange() {
        self.hit('UsedRange');
        return self.range(s, self.usedRect(s));
      },
      get Cells() {
        self.hit('Cells');
        return self.range(s, { top: 0, left: 0, bottom: 1048575, right: 16383 });
      },
      Range(cell1: string) {
        self.hit('Range');
        return self.range(s, rectOf(cell1));
      },
      Activate() {
        self.hit('Activate');
      },
      Move() {
        self.hit('Move');
      },
    };
  }

  private usedRect(s: FakeSheet) {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    for (const m of s.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
    return top === Infinity
      ? { top: 0, left: 0, bottom: 0, right: 0 }
      : { top, left, bottom, right };
  }

  private range(
    s: FakeSheet,
    rect: { top: number; left: number; bottom: number; right: number },
  ): WpsRange {
    const self = this;
    const each = (f: (r: number, c: number) => void) => {
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) f(r, c);
    };
    const single = rect.top === rect.bottom && rect.left === rect.right;
    const cellsOf = (): FakeCell[] => {
      const out: FakeCell[] = [];
      // Whole rows or columns: only the cells present.
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) {
        for (const [k, c] of s.cells) {
          const [r, col] = k.split(',').map(Number) as [number, number];
          if (r >= rect.top && r <= rect.bottom && col >= rect.left && col <= rect.right)
            out.push(c);
        }
        return out;
      }
      each((r, c) => out.push(s.cells.get(key(r, c)) ?? { value: null }));
      return out;
    };
    const read = (pick: (c: FakeCell | undefined) => unknown): unknown => {
      const rows: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(pick(s.cells.get(key(r, c))));
        rows.push(row);
      }
      return single ? rows[0]![0] : rows;
    };
    const write = (v: unknown) => {
      const grid = Array.isArray(v) ? (v as unknown[][]) : null;
      each((r, c) => {
        const x = grid ? grid[r - rect.top]?.[c - rect.left] : v;
        const cell = s.cells.get(key(r, c)) ?? { value: null };
        delete cell.formula;
        delete cell.error;
        if (typeof x === 'string' && x.startsWith("'")) cell.value = x.slice(1);
        else if (typeof x === 'string' && x.startsWith('=')) {
          cell.formula = x.slice(1);
          cell.value = null;
        } else if (
          typeof x === 'string' &&
          /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/.test(x)
        ) {
          cell.error = x;
          cell.value = null;
        } else if (typeof x === 'string' && /^[=+\-@]/.test(x)) {
          // What WPS would do with unguarded text: take it as a formula (the test must never see this).
          cell.formula = x;
          cell.value = null;
        } else cell.value = (x ?? null) as FakeCell['value'];
        if (
          cell.value === null &&
          cell.formula === undefined &&
          cell.error === undefined &&
          !cell.format
        )
          s.cells.delete(key(r, c));
        else s.cells.set(key(r, c), cell);
      });
    };
    const counted = (n: number): WpsCounted => ({
      get Count() {
        self.hit('Count');
        return n;
      },
    });
    const style = (name: string) => ({
      get() {
        self.hit(name);
        return null;
      },
      set(_v: unknown) {
        self.hit(`${name}=`);
        s.styled++;
      },
      enumerable: true,
    });
    const font = Object.defineProperties({} as WpsFont, {
      Bold: style('Bold'),
      Italic: style('Italic'),
      Size: style('Size'),
      Name: style('FontName'),
      Color: style('Color'),
    });
    const interior = Object.defineProperties({} as WpsInterior, { Color: style('Color') });
    const range: WpsRange = {
      get Value2() {
        self.hit('Value2');
        return read((c) => (c?.error !== undefined ? errorCode(c.error) : (c?.value ?? null)));
      },
      set Value2(v: unknown) {
        self.hit('Value2=');
        write(v);
      },
      get Formula() {
        self.hit('Formula');
        return read((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')));
      },
      set Formula(v: unknown) {
        self.hit('Formula=');
        write(v);
      },
      get NumberFormat() {
        self.hit('NumberFormat');
        const formats = new Set(cellsOf().map((c) => c.format ?? 'General'));
        return formats.size === 1 ? [...formats][0] : null;
      },
      set NumberFormat(v: unknown) {
        self.hit('NumberFormat=');
        each((r, c) => {
          const cell = s.cells.get(key(r, c)) ?? { value: null };
          cell.format = String(v);
          s.cells.set(key(r, c), cell);
        });
      },
      get Locked() {
        self.hit('Locked');
        const locks = new Set(cellsOf().map((c) => c.locked ?? true));
        return locks.size === 1 ? [...locks][0] : null;
      },
      set Locked(_v: unknown) {
        self.hit('Locked=');
      },
      get Row() {
        self.hit('Row');
        return rect.top + 1;
      },
      get Column() {
        self.hit('Column');
        return rect.left + 1;
      },
      get Rows() {
        self.hit('Rows');
        return counted(rect.bottom - rect.top + 1);
      },
      get Columns() {
        self.hit('Columns');
        return counted(rect.right - rect.left + 1);
      },
      Value(type?: number) {
        self.hit('Value');
        return type === 11 && self.xml ? self.spreadsheetMl(s, rect) : undefined;
      },
      Merge() {
        self.hit('Merge');
        s.merges.push({ ...rect });
      },
      Select() {
        self.hit('Select');
      },
      Clear() {
        self.hit('Clear');
        for (const k of [...s.cells.keys()]) {
          const [r, c] = k.split(',').map(Number) as [number, number];
          if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right)
            s.cells.delete(k);
        }
        s.merges = s.merges.filter((m) => m.top < rect.top || m.top > rect.bottom);
      },
      ClearContents() {
        self.hit('ClearContents');
        for (const [k, cell] of [...s.cells]) {
          const [r, c] = k.split(',').map(Number) as [number, number];
          if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
            if (!cell.format) s.cells.delete(k);
          }
        }
      },
      get Font() {
        self.hit('Font');
        return font;
      },
      get Interior() {
        self.hit('Interior');
        return interior;
      },
    } as WpsRange;
    for (const name of [
      'ColumnWidth',
      'RowHeight',
      'WrapText',
      'HorizontalAlignment',
      'VerticalAlignment',
      'IndentLevel',
    ])
      Object.defineProperty(range, name, style(name));
    return range;
  }

  /** The range as SpreadsheetML 2003, as Range.Value(11) answers it (indexes relative to the range). */
  private spreadsheetMl(
    s: FakeSheet,
    rect: { top: number; left: number; bottom: number; right: number },
  ): string {
    const styles = new Map<string, string>();
    const styleOf = (f: string | undefined) => {
      if (!f || f === 'General') return '';
      if (!styles.has(f)) styles.set(f, `s${styles.size + 62}`);
      return ` ss:StyleID="${styles.get(f)!}"`;
    };
    const covered = new Set<string>();
    for (const m of s.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) covered.add(key(r, c));
    const rows: string[] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const cells: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        if (covered.has(key(r, c))) continue;
        const cell = s.cells.get(key(r, c));
        const m = s.merges.find((x) => x.top === r && x.left === c);
        if (!cell && !m) continue;
        const merge = m
          ? `${m.right > m.left ? ` ss:MergeAcross="${m.right - m.left}"` : ''}${m.bottom > m.top ? ` ss:MergeDown="${m.bottom - m.top}"` : ''}`
          : '';
        let data = '';
        if (cell?.error !== undefined)
          data = `<Data ss:Type="Error">${escapeXml(cell.error)}</Data>`;
        else if (typeof cell?.value === 'number')
          data = `<Data ss:Type="Number">${cell.value}</Data>`;
        else if (typeof cell?.value === 'string')
          data = `<Data ss:Type="String">${escapeXml(cell.value)}</Data>`;
        else if (typeof cell?.value === 'boolean')
          data = `<Data ss:Type="Boolean">${cell.value ? 1 : 0}</Data>`;
        cells.push(
          `<Cell ss:Index="${c - rect.left + 1}"${styleOf(cell?.format)}${merge}>${data}</Cell>`,
        );
      }
      if (cells.length > 0)
        rows.push(`<Row ss:Index="${r - rect.top + 1}">${cells.join('')}</Row>`);
    }
    const styleXml = [...styles]
      .map(([f, id]) => `<Style ss:ID="${id}"><NumberFormat ss:Format="${escapeXml(f)}"/></Style>`)
      .join('');
    return `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles><Style ss:ID="Default" ss:Name="Normal"/>${styleXml}</Styles><Worksheet ss:Name="${escapeXml(s.name)}"><Table>${rows.join('')}</Table></Worksheet></Workbook>`;
  }
}

/** COM error codes as Value2 passes them through the JS bridge (CVErr as HRESULT). */
const CODES: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};
function errorCode(e: string): number {
  return CODES[e] ?? CODES['#VALUE!']!;
}

function fromPlain(v: CellValue): FakeCell {
  if (v === null) return { value: null };
  if (typeof v === 'object') {
    if ('error' in v) return { value: null, error: v.error };
    return { value: isoDateToSerial(v.date) };
  }
  return { value: v };
}
