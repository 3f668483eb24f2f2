/**
 * The summary workbook as engine sheets (SheetWrite, the same plain data the CLI and the pane write
 * owned sheets with): 汇总 (one row per form, and per file that could not be reviewed), 问题清单 (one row
 * per finding) and 统计. Hosts add what a SheetWrite cannot say (hyperlinks, autofilter, conditional
 * formatting) from `SUMMARY_LAYOUT`. Every text from a workbook is a plain string value: never a formula.
 */
import type { CellStyle, SheetCell, SheetWrite } from '../write/patch';
import { RATE_FORMAT } from '../write/patch';
import type { Severity } from '../findings/codes';
import {
  countedForms,
  byDepartment,
  GRADE_ORDER,
  NO_DEPARTMENT,
  reviewStats,
  type ReviewStats,
} from './summarize';
import { formProblemText } from './mainProblems';
import { codeName } from './codeNames';
import type { ReviewStatus, ReviewedFile, ReviewedForm } from './types';
import { NO_GRADE } from '../score/scoreTypes';
import { wrappedRowHeight } from '../base/textWidth';

export const SUMMARY_SHEET = '汇总';
export const PROBLEMS_SHEET = '问题清单';
export const STATS_SHEET = '统计';

const HEADER: CellStyle = {
  bold: true,
  fill: '#DDEBF7',
  border: true,
  align: 'center',
  valign: 'middle',
  wrap: true,
};
const TEXT: CellStyle = { border: true, valign: 'top', wrap: true };
const NUMBER: CellStyle = { border: true, valign: 'top', align: 'right', numberFormat: '0.00' };
const MONEY: CellStyle = { border: true, valign: 'top', align: 'right', numberFormat: '#,##0.00' };
const RATE: CellStyle = { border: true, valign: 'top', align: 'right', numberFormat: RATE_FORMAT };
const COUNT: CellStyle = { border: true, valign: 'top', align: 'right', numberFormat: '0' };
const CENTER: CellStyle = { border: true, valign: 'top', align: 'center' };
/** A finding code in the narrow last column: for the ones who filter or look it up, not for reading. */
const CODE: CellStyle = { border: true, valign: 'top', fontSize: 9, color: '#808080' };
const TITLE: CellStyle = { bold: true, fontSize: 14 };
const SECTION: CellStyle = { bold: true, fontSize: 12 };

/** The 汇总 columns, in order; `key` names the ones hosts decorate. */
const SUMMARY_COLUMNS = [
  { header: '文件', width: 30 },
  { header: '工作表', width: 18 },
  { header: '单位', width: 20 },
  { header: '项目', width: 22 },
  { header: '主管部门', width: 18 },
  { header: '年度', width: 7 },
  { header: '自评得分', width: 9 },
  { header: '复核得分', width: 9 },
  { header: '差异', width: 8 },
  { header: '不一致单元格', width: 9 },
  { header: '等级', width: 6 },
  { header: '预算数（万元）', width: 13 },
  { header: '执行数（万元）', width: 13 },
  { header: '执行率', width: 9 },
  { header: '错误', width: 6 },
  { header: '警告', width: 6 },
  { header: '提示', width: 6 },
  { header: '状态', width: 10 },
  { header: '主要问题', width: 36 },
] as const;

/** How many columns the 问题清单 has (its autofilter spans them). */
const PROBLEM_COLUMNS_COUNT = 8;

const col = (header: (typeof SUMMARY_COLUMNS)[number]['header']): number =>
  SUMMARY_COLUMNS.findIndex((c) => c.header === header);

/** Where hosts find the columns they decorate (0-based), and the header row count. */
export const SUMMARY_LAYOUT = {
  headerRows: 1,
  columns: SUMMARY_COLUMNS.length,
  file: col('文件'),
  difference: col('差异'),
  differing: col('不一致单元格'),
  grade: col('等级'),
  rate: col('执行率'),
  problemsColumns: PROBLEM_COLUMNS_COUNT,
  problemsFile: 0,
} as const;

const STATUS_TEXT: Readonly<Record<ReviewStatus, string>> = {
  scored: '已复核',
  no_form: '未找到自评表',
  unreadable: '无法读取',
};

const SEVERITY_TEXT: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** What 未自评 and 重复 forms show where other forms show a count or their file's status. */
export const NOT_SELF_SCORED = '未自评';
export const DUPLICATE = '重复';

/**
 * Row heights (points, by 0-based row) that show every line of the wrapped texts: Excel, WPS and
 * LibreOffice do not grow a row whose height a file sets, and exceljs cannot leave it unset for
 * them to fit. The header row is measured like the others.
 */
function rowHeights(rows: readonly (readonly SheetCell[])[], widths: readonly number[]) {
  const heights: Record<number, number> = {};
  rows.forEach((row, r) => {
    const texts: [string, number][] = [];
    row.forEach((c, i) => {
      if (typeof c.value === 'string' && c.style?.wrap) texts.push([c.value, widths[i] ?? 8]);
    });
    const h = wrappedRowHeight(texts);
    if (h !== null) heights[r] = h;
  });
  return heights;
}

/** The 不一致单元格 of a form: the count, or 未自评 for a form the unit did not score. */
function differingCell(form: ReviewedForm): SheetCell {
  return form.selfScored
    ? { value: form.scoresDiffering, style: COUNT }
    : { value: NOT_SELF_SCORED, style: CENTER };
}

const text = (v: string | null | undefined): SheetCell => ({ value: v ?? '', style: TEXT });
const num = (v: number | null | undefined, style: CellStyle = NUMBER): SheetCell => ({
  value: v ?? null,
  style,
});

/** One 汇总 row per form; a file without a scored form is one row with its reason. */
function summaryRows(files: readonly ReviewedFile[]): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (const f of files) {
    if (f.forms.length === 0) {
      const row: SheetCell[] = SUMMARY_COLUMNS.map(() => text(''));
      row[col('文件')] = text(f.file);
      row[col('状态')] = text(STATUS_TEXT[f.status]);
      row[col('主要问题')] = text(f.message ?? '');
      rows.push(row);
      continue;
    }
    for (const form of f.forms) {
      const b = form.budget;
      rows.push([
        text(f.file),
        text(form.sheet),
        text(form.unit),
        text(form.project),
        text(form.department),
        num(form.year, { ...CENTER, numberFormat: '0' }),
        num(form.selfReportedTotal),
        num(form.total),
        num(form.difference),
        differingCell(form),
        { value: form.grade ?? NO_GRADE, style: CENTER },
        num(b?.planned, MONEY),
        num(b?.executed, MONEY),
        num(b?.rate, RATE),
        num(form.findings.error, COUNT),
        num(form.findings.warning, COUNT),
        num(form.findings.info, COUNT),
        text(form.duplicateOf ? DUPLICATE : STATUS_TEXT[f.status]),
        text(formProblemText(form)),
      ]);
    }
  }
  return rows;
}

function summarySheet(files: readonly ReviewedFile[]): SheetWrite {
  const all = [
    SUMMARY_COLUMNS.map((c) => ({ value: c.header, style: HEADER })),
    ...summaryRows(files),
  ];
  const widths = SUMMARY_COLUMNS.map((c) => c.width);
  return {
    name: SUMMARY_SHEET,
    visibility: 'visible',
    rows: all,
    columnWidths: widths,
    rowHeights: rowHeights(all, widths),
    freeze: { rows: 1, cols: 1 },
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      footer: '&C第 &P 页，共 &N 页',
    },
  };
}

/** The 问题清单 columns: the problem named in Chinese, its sentence, and the code last and narrow. */
const PROBLEM_COLUMNS = [
  { header: '文件', width: 30 },
  { header: '工作表', width: 18 },
  { header: '单元格', width: 8 },
  { header: '指标', width: 24 },
  { header: '级别', width: 6 },
  { header: '问题', width: 18 },
  { header: '问题说明', width: 64 },
  { header: '代码', width: 12 },
] as const;

function problemsSheet(files: readonly ReviewedFile[]): SheetWrite {
  const rows: SheetCell[][] = [];
  for (const f of files) {
    const problems = [...f.problems, ...f.forms.flatMap((form) => form.problems)];
    for (const p of problems) {
      rows.push([
        text(f.file),
        text(p.sheet),
        { value: p.cell ?? '', style: CENTER },
        text(p.indicator),
        { value: SEVERITY_TEXT[p.severity], style: CENTER },
        text(codeName(p.code)),
        text(p.message),
        { value: p.code, style: CODE },
      ]);
    }
  }
  const all = [PROBLEM_COLUMNS.map((c) => ({ value: c.header, style: HEADER })), ...rows];
  const widths = PROBLEM_COLUMNS.map((c) => c.width);
  return {
    name: PROBLEMS_SHEET,
    visibility: 'visible',
    rows: all,
    columnWidths: widths,
    rowHeights: rowHeights(all, widths),
    freeze: { rows: 1, cols: 0 },
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      footer: '&C第 &P 页，共 &N 页',
    },
  };
}

const pair = (label: string, value: SheetCell): SheetCell[] => [
  { value: label, style: TEXT },
  value,
];

function overallBlock(s: ReviewStats): SheetCell[][] {
  const rows: SheetCell[][] = [];
  rows.push([{ value: '总体情况', style: SECTION }]);
  rows.push(pair('自评表数', num(s.forms, COUNT)));
  for (const g of Object.keys(s.grades)) rows.push(pair(`等级：${g}`, num(s.grades[g], COUNT)));
  rows.push(pair('平均分', num(s.meanTotal)));
  rows.push(pair('中位数', num(s.medianTotal)));
  rows.push(pair('最低分', num(s.minTotal)));
  rows.push(pair('最高分', num(s.maxTotal)));
  rows.push(pair('预算数合计（万元）', num(s.planned, MONEY)));
  rows.push(pair('执行数合计（万元）', num(s.executed, MONEY)));
  rows.push(pair('总体执行率（执行数合计÷预算数合计）', num(s.overallRate, RATE)));
  rows.push(pair('得分与复核不一致的表', num(s.withDifferences, COUNT)));
  rows.push(pair('未自评的表', num(s.notSelfScored, COUNT)));
  rows.push([]);
  rows.push([{ value: '预算执行率分布', style: SECTION }]);
  rows.push([
    { value: '执行率', style: HEADER },
    { value: '表数', style: HEADER },
  ]);
  for (const b of s.rateBands) rows.push(pair(b.label, num(b.count, COUNT)));
  rows.push([]);
  rows.push([{ value: '最常见的问题（前十）', style: SECTION }]);
  rows.push(['问题', '出现次数', '涉及表数', '代码'].map((h) => ({ value: h, style: HEADER })));
  if (s.commonest.length === 0) rows.push([text('未发现问题')]);
  for (const c of s.commonest)
    rows.push([
      text(c.name),
      num(c.count, COUNT),
      num(c.forms, COUNT),
      { value: c.code, style: CODE },
    ]);
  return rows;
}

function departmentBlock(files: readonly ReviewedFile[]): SheetCell[][] {
  const groups = byDepartment(countedForms(files));
  // Per 主管部门 only when the forms name one: a single unnamed group repeats the overall figures.
  if (groups.size === 0 || (groups.size === 1 && groups.has(NO_DEPARTMENT))) return [];
  const header = [
    '主管部门',
    '表数',
    ...GRADE_ORDER,
    '平均分',
    '中位数',
    '最低分',
    '最高分',
    '预算数（万元）',
    '执行数（万元）',
    '总体执行率',
    '最常见的问题',
  ];
  const rows: SheetCell[][] = [[{ value: '按主管部门', style: SECTION }]];
  rows.push(header.map((h) => ({ value: h, style: HEADER })));
  for (const [department, forms] of groups) {
    const s = reviewStats(forms);
    rows.push([
      text(department),
      num(s.forms, COUNT),
      ...GRADE_ORDER.map((g) => num(s.grades[g] ?? 0, COUNT)),
      num(s.meanTotal),
      num(s.medianTotal),
      num(s.minTotal),
      num(s.maxTotal),
      num(s.planned, MONEY),
      num(s.executed, MONEY),
      num(s.overallRate, RATE),
      text(s.commonest[0]?.name ?? ''),
    ]);
  }
  return rows;
}

function statsSheet(files: readonly ReviewedFile[], title: string): SheetWrite {
  const overall = reviewStats(countedForms(files));
  const repeated = files.reduce((n, f) => n + f.forms.filter((x) => x.duplicateOf).length, 0);
  const rows: SheetCell[][] = [
    [{ value: title, style: TITLE }],
    // Said under the title: every figure below counts a repeated form once.
    repeated > 0
      ? [
          {
            value: `另有重复报送的自评表${repeated}张（与其他文件中的表为同一单位、项目和年度），以下各项均未重复计入。`,
            style: { italic: true },
          },
        ]
      : [],
    ...overallBlock(overall),
    [],
    ...departmentBlock(files),
  ];
  return {
    name: STATS_SHEET,
    visibility: 'visible',
    rows,
    columnWidths: [36, 10, 10, 24, 8, 8, 9, 9, 9, 9, 15, 15, 12, 34],
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    },
  };
}

/** The three sheets of the summary workbook, in order. */
export function summarySheets(
  files: readonly ReviewedFile[],
  options: { readonly title?: string } = {},
): SheetWrite[] {
  return [
    summarySheet(files),
    problemsSheet(files),
    statsSheet(files, options.title ?? '绩效自评复核统计'),
  ];
}
