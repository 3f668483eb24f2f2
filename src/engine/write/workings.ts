/**
 * The workings sheet `评分计算`: one row per scored item of every form, showing what the engine read
 * and recomputing each quantitative score with a live Excel formula over the numbers in that row, so
 * a reviewer at the finance bureau can follow any score to its arithmetic and see Excel (or
 * LibreOffice) agree. Judgement scores are values with the rule that decided them.
 *
 * Formulas use only functions that Excel 2010+ and LibreOffice 7.4 share (ROUND, MIN, IF, ABS, SUM,
 * AND, OR, HYPERLINK) and are written without the leading `=`.
 */
import { cellText, columnLetters } from '../base/cells';
import { fmtPercent, fmtScore } from '../base/format';
import type { CellStyle, Formula, SheetCell, SheetWrite } from './patch';
import type { Profile } from '../rules/profiles';
import { capFormula } from '../rules/executionCaps';
import { lit } from '../rules/formulas';
import { BUDGET_RULE, ruleOf } from '../rules/registry';
import type { RowRefs } from '../rules/ruleTypes';
import {
  PARTIAL_TOTAL,
  type ScoreResult,
  type ScoredBudget,
  type ScoredForm,
  type ScoredIndicator,
} from '../score/scoreTypes';
import { formLabel, sharedSheets, totalCellOf, writesTotal } from '../score/formIdentity';
import { formulaString, quoteSheetName, sheetReference } from '../base/sheetRef';
import { DEFAULT_TIME_ZONE, localTime } from '../base/localTime';
import { widthInPoints, wrappedLines } from '../base/textWidth';
import { ENGINE_VERSION } from '../base/version';
import { CHECK_TOLERANCE } from '../score/check';
import { WORKINGS_SHEET } from '../base/sheetNames';

/** Text of the check column when the recomputed value equals the form's value. */
export const CHECK_OK = '一致';
/** Text of the check column when it does not. */
export const CHECK_DIFFERENT = '不一致';

/** Columns of the workings sheet, 0-based. Their headers avoid the form's own header words (see below). */
export const WORKINGS_COLUMNS = {
  link: 0,
  sheet: 1,
  row: 2,
  item: 3,
  target: 4,
  actual: 5,
  method: 6,
  t: 7,
  tHigh: 8,
  a: 9,
  unit: 10,
  weight: 11,
  rate: 12,
  band: 13,
  score: 14,
  form: 15,
  check: 16,
  basis: 17,
} as const;
const C = WORKINGS_COLUMNS;

// Headers must not read as a form's header row (年度指标值, 实际完成值, 预算数, 执行数 …), or a later run
// would score the workings sheet itself as a form.
const HEADERS: readonly string[] = [
  '表内位置（点击跳转）',
  '工作表',
  '行',
  '指标',
  '目标（原文）',
  '实际（原文）',
  '怎样评分',
  '目标数',
  '目标上限',
  '实际数',
  '单位',
  '分值',
  '执行率',
  '判断档次',
  '重算得分',
  '表内得分',
  '核对',
  '评分依据',
];
// Narrow enough that one landscape page holds every column at a readable size; text wraps.
const WIDTHS: readonly number[] = [20, 12, 4, 24, 12, 14, 16, 9, 9, 9, 5, 7, 8, 6, 8, 8, 6, 40];

/** Rows above the data: the title and the header. */
export const WORKINGS_HEADER_ROWS = 2;

const BORDER: CellStyle = { border: true, valign: 'top' };
const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: '#D9E1F2',
  border: true,
  align: 'center',
  valign: 'middle',
  wrap: true,
};
const NUM: CellStyle = { ...BORDER, numberFormat: 'General' };
const SCORE: CellStyle = { ...BORDER, numberFormat: '0.00' };
const PERCENT: CellStyle = { ...BORDER, numberFormat: '0.00%' };
const TEXT: CellStyle = { ...BORDER, wrap: true };
const TOTAL: CellStyle = { ...SCORE, bold: true, fill: '#F2F2F2' };
const TOTAL_TEXT: CellStyle = { ...BORDER, bold: true, fill: '#F2F2F2' };
/** One object per look, shared by every row: a big form has one row per indicator. */
const CENTER: CellStyle = { ...BORDER, align: 'center' };

/** A sheet name as a formula reference prefix: always quoted, since CJK names must be (sheetRef.ts). */
export const sheetRef = quoteSheetName;

/** `'Sheet'!G12`, a reference to a form cell. */
export function cellRef(sheet: string, address: string): string {
  return sheetReference(sheet, address);
}

/** `HYPERLINK("#'Sheet'!G12","Sheet!G12")`: a clickable link from a workings row to its form cell. */
export function linkFormula(sheet: string, address: string): Formula {
  const text = `${sheet}!${address}`;
  return {
    formula: `HYPERLINK(${formulaString(`#${cellRef(sheet, address)}`)},${formulaString(text)})`,
    result: text,
  };
}

/** The numbers of one workings row as cell references (`H5`…), for the formulas of that row. */
function refsOf(row: number): RowRefs {
  const at = (col: number): string => `${columnLetters(col)}${row}`;
  return {
    t: at(C.t),
    tHigh: at(C.tHigh),
    a: at(C.a),
    w: at(C.weight),
    rate: at(C.rate),
    score: at(C.score),
  };
}

/**
 * The score formula of an indicator's workings row, or null when the score is not arithmetic
 * (judgement, deadline, missing cells, a kept manual score): the formula of the rule that scored
 * the row (rules/registry.ts), which mirrors its scoring case for case.
 */
export function indicatorScoreFormula(
  ind: ScoredIndicator,
  profile: Profile,
  row: number,
): string | null {
  return ruleOf(ind).formula?.({ ind, profile, refs: refsOf(row) }) ?? null;
}

/** The budget's rate formula (执行数 / 预算数, capped at 100%), or null when no rate was computed. */
export function budgetRateFormula(budget: ScoredBudget, row: number): string | null {
  return BUDGET_RULE.rateFormula({ budget, refs: refsOf(row) });
}

/** The budget's score formula over the rate cell of its row (proportional or stepped by profile). */
export function budgetScoreFormula(
  budget: ScoredBudget,
  profile: Profile,
  row: number,
): string | null {
  return BUDGET_RULE.formula({ budget, profile, refs: refsOf(row) });
}

/** Words for the 怎样评分 column, plain enough for a reviewer who does not know the engine. */
export function methodLabel(ind: ScoredIndicator, profile: Profile): string {
  const floor = fmtScore(
    (profile.quantity.mode === 'threshold' ? profile.quantity.floor : 0.6) * 100,
  );
  const ratio = ind.reading.mode === 'threshold' ? `完成比例${floor}%起评` : '按完成比例计分';
  switch (ind.method) {
    case 'higher':
      return ind.reading.mode === 'satisfaction'
        ? '满意度按分档计分'
        : `不低于目标得满分，否则${ratio}`;
    case 'lower':
      return `不高于目标得满分，否则${ratio}`;
    case 'range':
      return `在目标区间内得满分，否则${ratio}`;
    case 'deadline':
      return ind.band === null ? '按时完成得满分' : '完成时间需人工判断';
    case 'qualitative':
      return '文字描述，按档次判断';
    case 'none':
      return '无法评分';
  }
}

function valueCell(v: number | null, style: CellStyle): SheetCell {
  return { value: v, style };
}

function text(v: string | null, style: CellStyle = TEXT): SheetCell {
  return { value: v === null || v === '' ? null : v, style };
}

function formulaCell(formula: string, result: number | string, style: CellStyle): SheetCell {
  return { value: { formula, result }, style };
}

/** The check cell: the recomputed value against the form's cell, or `—` when the form has no such cell. */
function checkCell(parts: readonly { readonly mine: string; readonly form: string }[]): SheetCell {
  if (parts.length === 0) return { value: '—', style: CENTER };
  const conds = parts.map((p) => `ABS(${p.mine}-${p.form})<${lit(CHECK_TOLERANCE)}`);
  const cond = conds.length === 1 ? conds[0]! : `AND(${conds.join(',')})`;
  return formulaCell(`IF(${cond},"${CHECK_OK}","${CHECK_DIFFERENT}")`, CHECK_OK, CENTER);
}

/** The value the form shows, as a reference to its cell, with the value the patch writes there as result. */
function formCell(sheet: string, address: string | null, written: number): SheetCell {
  if (address === null) return { value: null, style: SCORE };
  return formulaCell(cellRef(sheet, address), written, SCORE);
}

function rowOf(address: string | null): number | null {
  const m = address ? /(\d+)$/.exec(address) : null;
  return m ? Number(m[1]) : null;
}

/** Fills a row of the sheet's width with the given cells by column. */
function makeRow(cells: Partial<Record<keyof typeof C, SheetCell>>): (SheetCell | null)[] {
  const row: (SheetCell | null)[] = HEADERS.map(() => ({ value: null, style: BORDER }));
  for (const [key, cell] of Object.entries(cells) as [keyof typeof C, SheetCell][])
    row[C[key]] = cell;
  return row;
}

function budgetRow(
  form: ScoredForm,
  b: ScoredBudget,
  profile: Profile,
  row: number,
): (SheetCell | null)[] {
  const sheet = form.model.sheet;
  const block = form.model.budget;
  const rateF = budgetRateFormula(b, row);
  const scoreF = budgetScoreFormula(b, profile, row);
  const { rate, score } = refsOf(row);
  const linkAt = b.cell ?? b.rateCell ?? b.plannedCell?.address ?? null;
  const checks: { mine: string; form: string }[] = [];
  if (rateF && b.rateCell) checks.push({ mine: rate, form: cellRef(sheet, b.rateCell) });
  if (b.cell) checks.push({ mine: score, form: cellRef(sheet, b.cell) });
  const method = profile.budget.mode === 'proportional' ? '执行率×分值' : '执行率按分档计分';
  return makeRow({
    link: linkAt
      ? formulaCell(linkFormula(sheet, linkAt).formula, `${sheet}!${linkAt}`, TEXT)
      : text(null),
    sheet: text(sheet),
    row: valueCell(
      block?.totalRow !== null && block?.totalRow !== undefined
        ? block.totalRow + 1
        : rowOf(linkAt),
      NUM,
    ),
    item: text('预算执行率'),
    target: text(b.plannedCell ? cellText(b.plannedCell.value) : null),
    actual: text(block?.executed ? cellText(block.executed.value) : null),
    method: text(`预算执行：${method}`),
    t: valueCell(b.planned, NUM),
    a: valueCell(b.executed, NUM),
    weight: valueCell(b.weight, SCORE),
    rate: rateF ? formulaCell(rateF, b.rate!, PERCENT) : valueCell(null, PERCENT),
    score: scoreF ? formulaCell(scoreF, b.score, SCORE) : valueCell(b.score, SCORE),
    form: formCell(sheet, b.cell, b.score),
    check: checkCell(checks),
    basis: text(b.basis),
  });
}

function indicatorRow(
  form: ScoredForm,
  ind: ScoredIndicator,
  profile: Profile,
  row: number,
): (SheetCell | null)[] {
  // A row of a continued sheet (§11.6) links to its own sheet.
  const sheet = ind.sheet;
  const r = ind.reading;
  const numStyle = r.unit === '%' ? PERCENT : NUM;
  const f = indicatorScoreFormula(ind, profile, row);
  const linkAt = ind.cell ?? ind.source.nameCell;
  return makeRow({
    link: formulaCell(linkFormula(sheet, linkAt).formula, `${sheet}!${linkAt}`, TEXT),
    sheet: text(sheet),
    row: valueCell(ind.row, NUM),
    item: text(ind.name),
    target: text(ind.target),
    actual: text(ind.actual),
    method: text(methodLabel(ind, profile)),
    t: valueCell(r.target, numStyle),
    tHigh: valueCell(r.targetHigh, numStyle),
    a: valueCell(r.actual, numStyle),
    unit: text(r.unit),
    weight: valueCell(ind.weight, SCORE),
    band: text(ind.band ? `${ind.band}档` : null, CENTER),
    score: f ? formulaCell(f, ind.score, SCORE) : valueCell(ind.score, SCORE),
    form: formCell(sheet, ind.cell, ind.score),
    check: checkCell(ind.cell ? [{ mine: refsOf(row).score, form: cellRef(sheet, ind.cell) }] : []),
    basis: text(ind.basis),
  });
}

function totalRow(
  form: ScoredForm,
  profile: Profile,
  first: number,
  last: number,
  row: number,
  named: boolean,
): (SheetCell | null)[] {
  const totalRef = totalCellOf(form);
  const sheet = totalRef?.sheet ?? form.model.sheet;
  const total = totalRef?.ref.address ?? null;
  // A form not fully read has a partial score and no grade (§11.2), and its 总分 cell is not written.
  const formTotal = writesTotal(form) ? total : null;
  const col = (c: number): string => columnLetters(c);
  const empty = last < first;
  const sumF = empty ? '0' : `ROUND(SUM(${col(C.score)}${first}:${col(C.score)}${last}),2)`;
  // §10 executionCaps over the budget row's own 预算数 and 执行数 (the first row of the form).
  const b = form.budget;
  const capped =
    b && b.planned !== null && b.executed !== null && b.rate !== null && !empty
      ? capFormula(sumF, refsOf(first).t, refsOf(first).a, profile.executionCaps)
      : sumF;
  const scoreF = capped;
  const weightF = empty ? '0' : `SUM(${col(C.weight)}${first}:${col(C.weight)}${last})`;
  return makeRow({
    link: total
      ? formulaCell(linkFormula(sheet, total).formula, `${sheet}!${total}`, TOTAL_TEXT)
      : text(null, TOTAL_TEXT),
    sheet: text(sheet, TOTAL_TEXT),
    row: valueCell(rowOf(total), { ...NUM, bold: true, fill: '#F2F2F2' }),
    // Several forms on one sheet (§11.4): each total names its form.
    item: text(
      `${form.grade === null ? PARTIAL_TOTAL : '总分'}${named ? `（${formLabel(form)}）` : ''}`,
      TOTAL_TEXT,
    ),
    method: text(form.capped ? '各项得分之和·执行率封顶' : '各项得分之和', TOTAL_TEXT),
    weight: formulaCell(weightF, form.weightTotal, TOTAL),
    score: formulaCell(scoreF, form.total, TOTAL),
    form: formCell(sheet, formTotal, form.total),
    check: checkCell(
      formTotal ? [{ mine: `${col(C.score)}${row}`, form: cellRef(sheet, formTotal) }] : [],
    ),
    basis: text(
      form.grade === null
        ? `${PARTIAL_TOTAL} = 预算执行得分 + 已读到的指标得分；指标表未能完整读取，不评定等级，表内总分未改写`
        : form.capped
          ? `总分 = 预算执行得分 + 各指标得分 = ${fmtScore(form.capped.sum)}分；预算执行率低于${fmtPercent(form.capped.below)}，总分最高${fmtScore(form.capped.cap)}分，等级${form.grade}`
          : `总分 = 预算执行得分 + 各指标得分，等级${form.grade}`,
      // The capped sentence is longer than the column: wrapped, so it prints inside the sheet.
      form.capped || form.grade === null ? { ...TOTAL_TEXT, wrap: true } : TOTAL_TEXT,
    ),
  });
}

/** Options of the workings sheet. */
export interface WorkingsOptions {
  /** Place the sheet right after this sheet (by default after the last form). */
  readonly after?: string;
  /** ISO time of the run, named in the top line in local time. */
  readonly now?: string;
  /** Time zone of that time (default Asia/Shanghai). */
  readonly timeZone?: string;
}

/** Builds the workings sheet for a scored workbook; null when there is no form. */
export function workingsSheet(
  result: ScoreResult,
  options: WorkingsOptions = {},
): SheetWrite | null {
  if (result.forms.length === 0) return null;
  const profile = result.profile;
  // One line says which rules and which version produced the sheet, so no row has to.
  const when = options.now
    ? `，${localTime(options.now, options.timeZone ?? DEFAULT_TIME_ZONE)}生成`
    : '';
  const title = `评分计算：每个得分按本行数字用公式重算，“核对”列与表内得分比较。评分规则 ${profile.id}（${profile.name}），绩效自评助手 ${ENGINE_VERSION}${when}。`;
  const rows: (SheetCell | null)[][] = [
    [{ value: title, style: { bold: true, fontSize: 12 } }],
    HEADERS.map((h) => ({ value: h, style: HEADER_STYLE })),
  ];
  const shared = sharedSheets(result.forms);
  for (const form of result.forms) {
    if (rows.length > WORKINGS_HEADER_ROWS) rows.push([]);
    const first = rows.length + 1;
    if (form.budget) rows.push(budgetRow(form, form.budget, profile, rows.length + 1));
    for (const ind of form.indicators) rows.push(indicatorRow(form, ind, profile, rows.length + 1));
    const last = rows.length;
    rows.push(totalRow(form, profile, first, last, rows.length + 1, shared.has(form.model.sheet)));
  }
  const lastForm = result.forms[result.forms.length - 1]!.model.sheet;
  // Wrapped text needs its height set: LibreOffice and Excel's print keep a set-less row one line high.
  const rowHeights: Record<number, number> = { 0: 22, 1: 30 };
  rows.forEach((row, r) => {
    if (r < WORKINGS_HEADER_ROWS) return;
    let lines = 1;
    row.forEach((c, col) => {
      const v = c?.value;
      if (typeof v !== 'string' || !c?.style?.wrap) return;
      lines = Math.max(lines, wrappedLines(v, widthInPoints([WIDTHS[col] ?? 8]), 11));
    });
    if (lines > 1) rowHeights[r] = Math.min(409, Math.ceil(lines * 15 + 4));
  });
  return {
    name: WORKINGS_SHEET,
    visibility: 'visible',
    rows,
    columnWidths: WIDTHS,
    rowHeights,
    merges: [{ top: 0, left: 0, bottom: 0, right: HEADERS.length - 1 }],
    freeze: { rows: WORKINGS_HEADER_ROWS, cols: 1 },
    // Printed for the reviewer: landscape, one page wide, the header row on every page.
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      printArea: `A1:${columnLetters(HEADERS.length - 1)}${rows.length}`,
      repeatRows: { from: WORKINGS_HEADER_ROWS, to: WORKINGS_HEADER_ROWS },
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      footer: '&C第 &P 页，共 &N 页',
    },
    after: options.after ?? lastForm,
  };
}
