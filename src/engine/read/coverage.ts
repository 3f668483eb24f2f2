/**
 * Coverage of a form's region (SCORING.md §11.1): every non-empty row from the form's first row to
 * its last is accounted for as one kind of row, or it is unread and the run says so (`rows_unread`).
 * The readers of the blocks mark the rows they took (title, budget, goal, header, indicator …);
 * the rows nobody took are classified here as notes or signatures, or left unread. Reading stays
 * linear: one byte per row of the region and one pass over each row's cells.
 */
import { type CellValue, cellText, isBlank, isCellDate, isCellError } from '../base/cells';
import { squash, toHalfWidth } from '../base/text';
import { pointsOf } from './cellReading';
import { isHeaderWord, isSubtotalLabel, isTotalRowLabel } from './headers';
import type { SheetView } from './sheetView';

/** What a row of a form is (SCORING.md §11.1). */
export type RowKind =
  | 'title'
  | 'field'
  | 'budgetHeader'
  | 'budget'
  | 'goal'
  | 'indicatorHeader'
  | 'blockLabel'
  | 'label'
  | 'placeholder'
  | 'indicator'
  | 'subtotal'
  | 'total'
  | 'note'
  | 'signature';

const KINDS: readonly RowKind[] = [
  'title',
  'field',
  'budgetHeader',
  'budget',
  'goal',
  'indicatorHeader',
  'blockLabel',
  'label',
  'placeholder',
  'indicator',
  'subtotal',
  'total',
  'note',
  'signature',
];
// A plain object, not a Map: marking is on the path of every row of a 200,000-row form (npm run bench).
const CODE = Object.fromEntries(KINDS.map((k, i) => [k, i + 1])) as Readonly<
  Record<RowKind, number>
>;

/** A row of a form that no rule could account for (§11.1), with what a message quotes of it. */
export interface UnreadRow {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  /** The A1 address of the row's first own value. */
  readonly cell: string;
  /** The row's first own value as text, shortened for a message. */
  readonly text: string;
  /** A number in the indicator block's 分值 or 得分 column: points the total cannot include. */
  readonly points: number | null;
  /**
   * The row holds header words only (`符号 | 数值 | 单位`): a header the block could not place, so
   * the columns of the rows under it may be read wrong.
   */
  readonly header?: boolean;
}

/** The kind of each row of a region, one byte per row (0: not yet accounted for). */
export class RowMarks {
  private readonly kinds: Uint8Array;
  constructor(
    readonly first: number,
    readonly last: number,
  ) {
    this.kinds = new Uint8Array(Math.max(0, last - first + 1));
  }
  /** Marks a row; rows outside the region are ignored (a block may look one row past it). */
  mark(row: number, kind: RowKind): void {
    if (row < this.first || row > this.last) return;
    this.kinds[row - this.first] = CODE[kind];
  }
  /** Marks rows [from, to] that are not marked yet. */
  markRange(from: number, to: number, kind: RowKind): void {
    for (let r = Math.max(from, this.first); r <= Math.min(to, this.last); r++)
      if (this.kinds[r - this.first] === 0) this.kinds[r - this.first] = CODE[kind];
  }
  /** The kind a row was marked with, or null. */
  kindOf(row: number): RowKind | null {
    if (row < this.first || row > this.last) return null;
    const k = this.kinds[row - this.first] ?? 0;
    return k === 0 ? null : (KINDS[k - 1] ?? null);
  }
}

// A note word must stand alone or before a colon, a number or a list mark: `注册志愿者人数` and
// `说明书编制` are indicators, not notes.
const NOTE_RE =
  /^(注|说明|备注|填表说明|填报说明|附注|注释|注意事项|特别说明)([:：、.．,，;；\d一二三四五六七八九十①-⑩(（]|$)/;
const NOTE_FIRST = new Set(['注', '说', '备', '填', '附', '特']);
// A signature word is a label: alone, or before a colon, a bracket (（签字）) or spaces.
const SIGNATURE_RE =
  /^(填报人|填表人|审核人|复核人|联系电话|联系人|填报日期|填表日期|日期|单位负责人|财务负责人|项目负责人|负责人|经办人|制表人|审核日期|单位盖章|\(盖章\)|盖章|签字|签章)([:：(\s]|$)/;
const SIGNATURE_FIRST = new Set(Array.from('填审复联电日单财项负经制(（盖签'));

/** True for a note's opening words (说明/注/备注/填表说明 …, SCORING.md §11.1). */
export function isNoteText(text: string): boolean {
  // Most rows open with an indicator's words: one character test spares them the regex (npm run bench).
  if (!NOTE_FIRST.has(text.charAt(0))) return false;
  return NOTE_RE.test(squash(text));
}

/** True for a signature's opening words (填报人/审核人/联系电话/日期 …, SCORING.md §11.1). */
export function isSignatureText(text: string): boolean {
  if (!SIGNATURE_FIRST.has(text.charAt(0))) return false;
  return SIGNATURE_RE.test(toHalfWidth(text).trim());
}

/** Labels that say the total or the grade again under a form: `自评得分：95分`, `评价等级 优`. */
const SUMMARY_RE =
  /^(自评得分|自评总分|自评结果|自评等级|评价等级|评价结果|等级|综合得分|最终得分)([:：]|$)/;

/** What one row holds of its own (merged-in values do not count, §8.13), in one pass. */
export interface RowShape {
  /** Cells holding a value of their own. */
  own: number;
  /** Of those, texts. */
  texts: number;
  /** The first own value's column (-1 for an empty row). */
  firstCol: number;
  /** The first own text (not a number), for opening words of notes and signatures. */
  firstText: string;
}

/**
 * The shape of a row, written into `into` when given: a reader that looks at every row of a
 * 200,000-row form reuses one object rather than making one per row (npm run bench).
 */
export function shapeOf(
  view: SheetView,
  row: number,
  into: RowShape = { own: 0, texts: 0, firstCol: -1, firstText: '' },
): RowShape {
  const width = view.width(row);
  let own = 0;
  let texts = 0;
  let firstCol = -1;
  let firstText = '';
  for (let c = 0; c < width; c++) {
    const v = view.own(row, c);
    if (isBlank(v)) continue;
    own++;
    if (firstCol < 0) firstCol = c;
    if (typeof v === 'string') {
      texts++;
      if (texts === 1) firstText = v.trim();
    }
  }
  into.own = own;
  into.texts = texts;
  into.firstCol = firstCol;
  into.firstText = firstText;
  return into;
}

/** True when the value is something other than text (a number, a date, a truth value, an error). */
function isNonText(v: CellValue): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || isCellDate(v) || isCellError(v);
}

/**
 * The start of a row only: its first own value's column, and that value when it is text. `own` is
 * 0 for an empty row and -1 (not counted) otherwise, `texts` -1. The indicator block looks at the
 * start of every row and counts a row's cells only when a note may be there (npm run bench: the
 * full count on each of 200,000 rows cost the block a tenth of its time).
 */
export function rowStart(view: SheetView, row: number, into: RowShape): RowShape {
  const width = view.width(row);
  into.own = 0;
  into.texts = -1;
  into.firstCol = -1;
  into.firstText = '';
  for (let c = 0; c < width; c++) {
    const v = view.own(row, c);
    if (isBlank(v)) continue;
    into.own = -1;
    into.firstCol = c;
    if (typeof v === 'string') into.firstText = v.trim();
    break;
  }
  return into;
}

/** What the final pass needs of the form: where its value columns are, and its goal area. */
export interface CoverageContext {
  /** True per column that holds a value of the indicator block (target, actual, weight, score …). */
  readonly valueCols: readonly boolean[];
  readonly weightCol: number | undefined;
  readonly scoreCol: number | undefined;
  /** The 三级指标 column: an unread row is quoted by its name when it has one. */
  readonly nameCol?: number | undefined;
  /** Rows of the overall goal area (after the budget block, before the indicator header), inclusive. */
  readonly goal: readonly [number, number] | null;
}

/**
 * True when a row is a note (§11.1): its first text opens with a note word, it is one text, or it
 * holds text only outside the value columns.
 */
export function isNoteRow(
  view: SheetView,
  row: number,
  shape: RowShape,
  valueCols: readonly boolean[],
): boolean {
  if (shape.own === 0 || shape.texts !== shape.own) return false;
  if (isNoteText(shape.firstText) || shape.own === 1) return true;
  const width = view.width(row);
  for (let c = 0; c < width; c++) if (valueCols[c] && !isBlank(view.own(row, c))) return false;
  return true;
}

/** The row's own value in a column as points, when it is a number (unread rows that carry points). */
function pointsAt(view: SheetView, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const v = view.own(row, col);
  return isBlank(v) ? null : pointsOf(v);
}

/**
 * Accounts for the rows no block reader took (notes, signatures, the goal's texts) and returns the
 * ones left unread, in row order.
 */
export function finishCoverage(
  view: SheetView,
  marks: RowMarks,
  ctx: CoverageContext,
  to: number = marks.last,
): UnreadRow[] {
  const unread: UnreadRow[] = [];
  for (let r = marks.first; r <= Math.min(to, marks.last); r++) {
    if (marks.kindOf(r) !== null) continue;
    const shape = shapeOf(view, r);
    if (shape.own === 0) continue;
    if (isSignatureText(shape.firstText)) {
      marks.mark(r, 'signature');
      continue;
    }
    // A 总分 or 小计 row the indicator block did not reach (its header could not be read) is one still.
    if (shape.firstText !== '' && shape.firstCol === firstTextCol(view, r)) {
      if (isSubtotalLabel(shape.firstText)) {
        marks.mark(r, 'subtotal');
        continue;
      }
      // 总分, or a summary of it under the form (自评得分 95, 评价等级 优): the total said again.
      if (isTotalRowLabel(shape.firstText) || SUMMARY_RE.test(squash(shape.firstText))) {
        marks.mark(r, 'total');
        continue;
      }
    }
    if (isNoteRow(view, r, shape, ctx.valueCols)) {
      marks.mark(r, 'note');
      continue;
    }
    if (ctx.goal && r >= ctx.goal[0] && r <= ctx.goal[1] && shape.texts === shape.own) {
      marks.mark(r, 'goal');
      continue;
    }
    const weight = pointsAt(view, r, ctx.weightCol);
    const score = pointsAt(view, r, ctx.scoreCol);
    const name = ctx.nameCol === undefined ? null : view.own(r, ctx.nameCol);
    const quote =
      typeof name === 'string' && name.trim() !== ''
        ? name.trim()
        : cellText(view.own(r, shape.firstCol)).trim();
    const text = quote.length > 20 ? `${quote.slice(0, 20)}…` : quote;
    unread.push({
      sheet: view.name,
      row: r,
      cell: view.ref(r, shape.firstCol).address,
      text,
      points: weight ?? score,
      ...(isHeaderRow(view, r, shape) ? { header: true } : {}),
    });
  }
  return unread;
}

/** True when a row holds two or more texts and nothing else, every one a header word. */
function isHeaderRow(view: SheetView, row: number, shape: RowShape): boolean {
  if (shape.own < 2 || shape.texts !== shape.own) return false;
  const width = view.width(row);
  for (let c = 0; c < width; c++) {
    const v = view.own(row, c);
    if (typeof v === 'string' && v.trim() !== '' && !isHeaderWord(v.trim())) return false;
  }
  return true;
}

/** The column of the row's first own text. */
function firstTextCol(view: SheetView, row: number): number {
  const width = view.width(row);
  for (let c = 0; c < width; c++) if (typeof view.own(row, c) === 'string') return c;
  return -1;
}

/** True when a row holds any value that is not text (numbers are data, texts may be notes). */
export function hasNonText(view: SheetView, row: number): boolean {
  const width = view.width(row);
  for (let c = 0; c < width; c++) if (isNonText(view.own(row, c))) return true;
  return false;
}
