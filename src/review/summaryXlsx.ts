/**
 * The summary workbook (汇总表) through exceljs: the engine's three sheets applied with the same
 * applyPatch the CLI writes owned sheets with, then what a SheetWrite cannot say: hyperlinks to the
 * files, autofilter, conditional formatting on 差异 and 等级, header rows repeated when printed, and
 * the marker by which a later review knows its own output and skips it. Browser-safe (no node:).
 */
import ExcelJS from 'exceljs';
import {
  type ReviewedFile,
  PROBLEMS_SHEET,
  SUMMARY_LAYOUT,
  SUMMARY_SHEET,
  summarySheets,
} from '../engine/review';
import { applyPatch } from '../xlsx';
import { GRADE_LOOK } from './summaryTable';

/** Written into the workbook's keywords and as a very hidden sheet: "made by selfeval review". */
export const REVIEW_MARKER = 'selfeval-review-summary';
const MARKER_SHEET = '_selfeval_review';

/** True when this workbook is a summary written by `selfeval review` (never reviewed as an input). */
export function isReviewOutput(wb: ExcelJS.Workbook): boolean {
  // exceljs leaves keywords undefined when the file has none, whatever its type says.
  return (
    ((wb.keywords as string | undefined) ?? '').includes(REVIEW_MARKER) ||
    wb.getWorksheet(MARKER_SHEET) !== undefined
  );
}

/** Options of the summary workbook. */
export interface SummaryXlsxOptions {
  /** The hyperlink to a reviewed file (relative to the summary's folder), or null for none. */
  readonly linkOf?: (file: string) => string | null;
  /** Time written into the document properties. */
  readonly now?: Date;
}

const FILL = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  bgColor: { argb: `FF${hex}` },
  fgColor: { argb: `FF${hex}` },
});

const colLetter = (i: number): string => {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/**
 * A link's blue underline on this cell only. The cells of one look share one style object in
 * exceljs: setting `cell.font` would change it for every text cell of the sheet (every unit and
 * message came out blue and underlined), so the cell gets a style of its own.
 */
function linkLook(cell: ExcelJS.Cell): void {
  cell.style = { ...cell.style, font: { color: { argb: 'FF0563C1' }, underline: true } };
}

function decorateSummary(ws: ExcelJS.Worksheet, linkOf: SummaryXlsxOptions['linkOf']): void {
  const L = SUMMARY_LAYOUT;
  const last = Math.max(ws.rowCount, L.headerRows + 1);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: L.columns } };
  ws.pageSetup.printTitlesRow = '1:1';
  if (linkOf) {
    for (let r = L.headerRows + 1; r <= ws.rowCount; r++) {
      const cell = ws.getCell(r, L.file + 1);
      const file = typeof cell.value === 'string' ? cell.value : null;
      const target = file ? linkOf(file) : null;
      if (!file || !target) continue;
      cell.value = { text: file, hyperlink: target };
      linkLook(cell);
    }
  }
  const d = colLetter(L.difference);
  const k = colLetter(L.grade);
  const n = colLetter(L.differing);
  ws.addConditionalFormatting({
    ref: `${d}2:${d}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`AND(ISNUMBER(${d}2),ABS(${d}2)>=0.01)`],
        style: { fill: FILL('FFC7CE'), font: { color: { argb: 'FF9C0006' }, bold: true } },
      },
    ],
  });
  ws.addConditionalFormatting({
    ref: `${n}2:${n}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 2,
        formulae: [`AND(ISNUMBER(${n}2),${n}2>0)`],
        style: { fill: FILL('FFEB9C'), font: { color: { argb: 'FF9C5700' } } },
      },
    ],
  });
  // The same colours as the --html page and browser mode's table.
  const hex = (c: string): string => c.replace('#', '').toUpperCase();
  const grades = Object.entries(GRADE_LOOK).map(
    ([g, [fill, ink]]) => [g, hex(fill), hex(ink)] as const,
  );
  ws.addConditionalFormatting({
    ref: `${k}2:${k}${last}`,
    rules: grades.map(([g, fill, font], i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: 3 + i,
      formulae: [`"${g}"`],
      style: { fill: FILL(fill), font: { color: { argb: `FF${font}` }, bold: true } },
    })),
  });
}

/** The summary workbook of a review as an exceljs workbook (write it with xlsx.writeFile/writeBuffer). */
export function summaryWorkbook(
  files: readonly ReviewedFile[],
  options: SummaryXlsxOptions = {},
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效自评助手 selfeval';
  wb.title = '绩效自评复核汇总表';
  wb.keywords = REVIEW_MARKER;
  const now = options.now ?? new Date();
  wb.created = now;
  wb.modified = now;
  applyPatch(
    wb,
    {
      cells: [],
      sheets: [
        ...summarySheets(files),
        {
          name: MARKER_SHEET,
          visibility: 'veryHidden',
          rows: [
            [{ value: REVIEW_MARKER }],
            [{ value: '本工作簿由 selfeval review 生成，再次复核时跳过。' }],
          ],
        },
      ],
    },
    // The sheets are styled further below as exceljs cells: none is held for the file.
    { largeSheetCells: Infinity },
  );
  const summary = wb.getWorksheet(SUMMARY_SHEET);
  if (summary) decorateSummary(summary, options.linkOf);
  const problems = wb.getWorksheet(PROBLEMS_SHEET);
  if (problems) {
    problems.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: SUMMARY_LAYOUT.problemsColumns },
    };
    problems.pageSetup.printTitlesRow = '1:1';
    if (options.linkOf) {
      for (let r = 2; r <= problems.rowCount; r++) {
        const cell = problems.getCell(r, SUMMARY_LAYOUT.problemsFile + 1);
        const target = typeof cell.value === 'string' ? options.linkOf(cell.value) : null;
        if (target && typeof cell.value === 'string') {
          cell.value = { text: cell.value, hyperlink: target };
          linkLook(cell);
        }
      }
    }
  }
  return wb;
}
