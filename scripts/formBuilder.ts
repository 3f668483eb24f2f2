/**
 * Lays out a 自评表 in an exceljs worksheet from a plain description: title rows, header fields,
 * the budget block, the overall goal and the indicator block, with the merges, borders, fonts and
 * widths of the official templates. Used to build the example workbook and the test fixtures, so
 * each layout variant is a few lines of data.
 */
import type ExcelJS from 'exceljs';

/** What a cell of a built form holds: a value, or a value with a number format. */
export type CellInput = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };

/** The budget block: header texts in column order after the label columns, and its rows. */
export interface BudgetSpec {
  /** Text of the vertical label left of the block (`年度预算执行情况（万元）`); '' for none. */
  readonly label: string;
  readonly columns: readonly string[];
  /** Rows: a label and the values per column header. */
  readonly rows: readonly {
    readonly label: string;
    readonly values: Readonly<Record<string, CellInput>>;
  }[];
}

/** The indicator block. */
export interface IndicatorSpec {
  /** Header texts in column order (`一级指标`, `二级指标`, `三级指标`, `年度指标值`, …). */
  readonly columns: readonly string[];
  /** One record per row, keyed by header text. */
  readonly rows: readonly Readonly<Record<string, CellInput>>[];
  /** Merge equal consecutive 一级/二级 cells down (as templates do), or leave them unmerged. */
  readonly mergeLevels?: boolean;
  /** Header texts whose cells are left empty below the first of a run instead of merged. */
  readonly levelColumns?: readonly string[];
  /** A 总分 row at the end: its label and values per column. */
  readonly totalRow?: {
    readonly label: string;
    readonly values: Readonly<Record<string, CellInput>>;
  };
  /** Blank rows inserted before these row indexes (single blank rows inside the block). */
  readonly blankBefore?: readonly number[];
}

/** A whole form. */
export interface FormSpec {
  readonly sheetName: string;
  /** Lines above the title (`附件2`, a blank line): extra title rows some provinces add. */
  readonly preamble?: readonly string[];
  readonly title: string;
  readonly subtitle?: string;
  /**
   * Header fields, one row each: a label/value pair, or two pairs side by side (the official
   * project template puts 主管部门 and 实施单位 on one row).
   */
  readonly fields?: readonly (
    readonly [string, string] | readonly [string, string, string, string]
  )[];
  readonly budget?: BudgetSpec;
  readonly goal?: { readonly expected: string; readonly achieved: string };
  readonly indicators?: IndicatorSpec;
  readonly footer?: readonly string[];
  /** Empty columns left of the form (some provinces start in column B). */
  readonly offset?: number;
  /** Column widths by header text. */
  readonly widths?: Readonly<Record<string, number>>;
}

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10 };

function setCell(
  ws: ExcelJS.Worksheet,
  r: number,
  c: number,
  input: CellInput | undefined,
  bold = false,
): void {
  const cell = ws.getCell(r, c);
  if (
    input !== undefined &&
    input !== null &&
    typeof input === 'object' &&
    'numFmt' in input &&
    'value' in input
  ) {
    cell.value = input.value;
    cell.numFmt = input.numFmt;
  } else if (input !== undefined) {
    cell.value = input;
  }
  cell.font = { ...FONT, bold };
  cell.border = BORDER;
  cell.alignment = {
    vertical: 'middle',
    horizontal: typeof cell.value === 'number' ? 'right' : 'center',
    wrapText: true,
  };
}

function mergeRow(ws: ExcelJS.Worksheet, r: number, from: number, to: number): void {
  if (to > from) ws.mergeCells(r, from, r, to);
}

/** Writes the form into a new worksheet of the workbook. */
export function buildForm(wb: ExcelJS.Workbook, spec: FormSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.sheetName, {
    pageSetup: {
      // A4. exceljs declares PaperSize in its types only; there is no runtime enum to name it by.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const x0 = 1 + (spec.offset ?? 0);
  const indicatorCols = spec.indicators?.columns ?? [];
  const budgetWidth = spec.budget ? 2 + spec.budget.columns.length : 0;
  const width = Math.max(indicatorCols.length, budgetWidth, 4);
  const last = x0 + width - 1;
  let r = 1;

  for (const line of spec.preamble ?? []) {
    if (line !== '') ws.getCell(r, x0).value = line;
    r++;
  }
  ws.getCell(r, x0).value = spec.title;
  ws.getCell(r, x0).font = { name: '宋体', size: 16, bold: true };
  ws.getCell(r, x0).alignment = { horizontal: 'center', vertical: 'middle' };
  mergeRow(ws, r, x0, last);
  ws.getRow(r).height = 28;
  r++;
  if (spec.subtitle) {
    ws.getCell(r, x0).value = spec.subtitle;
    ws.getCell(r, x0).font = { ...FONT, size: 11 };
    ws.getCell(r, x0).alignment = { horizontal: 'center' };
    mergeRow(ws, r, x0, last);
    r++;
  }
  for (const field of spec.fields ?? []) {
    const [label, value, label2, value2] = field;
    setCell(ws, r, x0, label, true);
    mergeRow(ws, r, x0, x0 + 1);
    setCell(ws, r, x0 + 2, value);
    if (label2 === undefined) {
      mergeRow(ws, r, x0 + 2, last);
    } else {
      const mid = x0 + 2 + Math.ceil((last - x0 - 2) / 2);
      mergeRow(ws, r, x0 + 2, mid - 1);
      setCell(ws, r, mid, label2, true);
      setCell(ws, r, mid + 1, value2 ?? '');
      mergeRow(ws, r, mid + 1, last);
    }
    r++;
  }

  if (spec.budget) {
    const b = spec.budget;
    const top = r;
    setCell(ws, r, x0, b.label, true);
    setCell(ws, r, x0 + 1, '', true);
    b.columns.forEach((h, i) => setCell(ws, r, x0 + 2 + i, h, true));
    r++;
    for (const row of b.rows) {
      setCell(ws, r, x0, null);
      setCell(ws, r, x0 + 1, row.label);
      b.columns.forEach((h, i) => setCell(ws, r, x0 + 2 + i, row.values[h] ?? null));
      r++;
    }
    if (b.label !== '') ws.mergeCells(top, x0, r - 1, x0);
  }

  if (spec.goal) {
    const half = x0 + 1 + Math.floor((width - 1) / 2);
    setCell(ws, r, x0, '年度总体目标', true);
    ws.mergeCells(r, x0, r + 1, x0);
    setCell(ws, r, x0 + 1, '预期目标', true);
    mergeRow(ws, r, x0 + 1, half - 1);
    setCell(ws, r, half, '实际完成情况', true);
    mergeRow(ws, r, half, last);
    setCell(ws, r + 1, x0 + 1, spec.goal.expected);
    mergeRow(ws, r + 1, x0 + 1, half - 1);
    setCell(ws, r + 1, half, spec.goal.achieved);
    mergeRow(ws, r + 1, half, last);
    ws.getRow(r + 1).height = 90;
    ws.getCell(r + 1, x0 + 1).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    ws.getCell(r + 1, half).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    r += 2;
  }

  if (spec.indicators) {
    const ind = spec.indicators;
    ind.columns.forEach((h, i) => setCell(ws, r, x0 + i, h, true));
    r++;
    const levelCols = ind.levelColumns ?? ['一级指标', '二级指标'];
    const runStart = new Map<string, { row: number; text: unknown }>();
    const closeRun = (h: string, endRow: number): void => {
      const run = runStart.get(h);
      if (run && ind.mergeLevels !== false && endRow > run.row)
        ws.mergeCells(run.row, x0 + ind.columns.indexOf(h), endRow, x0 + ind.columns.indexOf(h));
    };
    ind.rows.forEach((row, i) => {
      if (ind.blankBefore?.includes(i)) {
        for (const h of levelCols)
          if (ind.columns.includes(h)) {
            closeRun(h, r - 1);
            runStart.delete(h);
          }
        r++;
      }
      ind.columns.forEach((h, c) => {
        const value = row[h];
        if (levelCols.includes(h)) {
          const prev = runStart.get(h);
          if (prev && prev.text === value) {
            if (ind.mergeLevels === false) setCell(ws, r, x0 + c, null);
            return;
          }
          closeRun(h, r - 1);
          runStart.set(h, { row: r, text: value });
        }
        setCell(ws, r, x0 + c, value ?? null);
        if (h === '三级指标' || h === '指标名称' || h.includes('原因'))
          ws.getCell(r, x0 + c).alignment = {
            wrapText: true,
            vertical: 'middle',
            horizontal: 'left',
          };
      });
      r++;
    });
    for (const h of levelCols) if (ind.columns.includes(h)) closeRun(h, r - 1);
    if (ind.totalRow) {
      ind.columns.forEach((h, c) =>
        setCell(
          ws,
          r,
          x0 + c,
          c === 0 ? ind.totalRow!.label : (ind.totalRow!.values[h] ?? null),
          c === 0,
        ),
      );
      const firstValue = ind.columns.findIndex((h) => ind.totalRow!.values[h] !== undefined);
      if (firstValue > 1) mergeRow(ws, r, x0, x0 + firstValue - 1);
      r++;
    }
  }
  for (const line of spec.footer ?? []) {
    ws.getCell(r, x0).value = line;
    ws.getCell(r, x0).font = FONT;
    mergeRow(ws, r, x0, last);
    r++;
  }
  const headers = spec.indicators?.columns ?? [];
  for (let c = x0; c <= last; c++) {
    const h = headers[c - x0] ?? '';
    ws.getColumn(c).width =
      spec.widths?.[h] ?? (/三级|名称|原因|目标/.test(h) ? 28 : /指标值|完成值/.test(h) ? 16 : 12);
  }
  return ws;
}
