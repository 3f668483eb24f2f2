/**
 * The blocks of a form above its indicators (SCORING.md §1): the header fields (部门（单位）名称,
 * 项目名称 …), the budget execution block and the overall goal, each found by its words inside the
 * form's region, with the rows each takes marked for coverage (§11.1).
 */
import { cellText, isBlank } from '../base/cells';
import { headerBase, headerKey, squash } from '../base/text';
import { type RowMarks, hasNonText, isNoteText, shapeOf } from './coverage';
import type { BudgetBlock, BudgetBreakdownRow, GoalBlock } from './formModel';
import { type BudgetRole, budgetRole, isBudgetTotalLabel } from './headers';
import type { CellRef, SheetView } from './sheetView';

/** Columns of a header row by role. */
export type RoleColumns<R extends string> = Partial<Record<R, number>>;

/** A cell reference, or null when the column does not exist. */
export function refAt(view: SheetView, row: number, col: number | undefined): CellRef | null {
  return col === undefined ? null : view.ref(row, col);
}

/** The first 4-digit year written in the texts (`（2022年度）`, `2022年度…自评表`). */
export function findYear(texts: readonly string[]): number | null {
  for (const t of texts) {
    const m = /((?:19|20)\d{2})\s*年/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Reads the value that belongs to a label: inline after a colon, or the next non-empty cell to the right. */
function labelValue(view: SheetView, row: number, col: number, label: string): string | null {
  const own = squash(view.text(row, col));
  const inline = own
    .slice(squash(label).length)
    .replace(/^[:：]/, '')
    .trim();
  if (inline !== '')
    return (
      view
        .text(row, col)
        .replace(/^[^:：]*[:：]/, '')
        .trim() || null
    );
  const [ar, ac] = view.anchor(row, col);
  for (let c = col + 1; c < view.colCount; c++) {
    const [br, bc] = view.anchor(row, c);
    if (br === ar && bc === ac) continue;
    const t = view.text(row, c);
    if (t !== '') return t;
  }
  return null;
}

/** The label of a header field a cell holds (the part before a colon), as a header key. */
export function fieldKey(v: string): string {
  return headerKey(v.split(/[:：]/)[0] ?? '');
}

/** Finds a header-block label (部门（单位）名称, 项目名称…) in rows [from, to) and reads its value. */
export function findLabelled(
  view: SheetView,
  labels: readonly string[],
  from: number,
  to: number,
): string | null {
  const keys = labels.map(headerKey);
  for (let r = from; r < to; r++) {
    for (let c = 0; c < view.width(r); c++) {
      const v = view.own(r, c);
      if (typeof v !== 'string') continue;
      if (keys.includes(fieldKey(v))) return labelValue(view, r, c, v.split(/[:：]/)[0] ?? '');
    }
  }
  return null;
}

/**
 * Reads the budget block under its header row, up to `stopRow`. Marks the header, its total row,
 * the breakdown rows and the notes it meets; a row it cannot place is left for coverage.
 */
export function readBudget(
  view: SheetView,
  headerRow: number,
  cols: RoleColumns<BudgetRole>,
  stopRow: number,
  marks: RowMarks,
): { block: BudgetBlock; lastRow: number } {
  // A loop, not Math.min(...spread): the columns are few, but the habit keeps reading linear.
  let firstRoleCol = view.colCount;
  for (const c of Object.values(cols)) if (c < firstRoleCol) firstRoleCol = c;
  const labelOf = (r: number): string => {
    for (let c = 0; c < firstRoleCol; c++) {
      const [ar] = view.anchor(r, c);
      if (ar !== r) continue; // a label merged down from above belongs to the block, not to this row
      const t = view.text(r, c);
      if (t !== '') return t;
    }
    return '';
  };
  marks.mark(headerRow, 'budgetHeader');
  let totalRow: number | null = null;
  let lastRow = headerRow;
  const breakdown: BudgetBreakdownRow[] = [];
  // The total row is looked for within 12 rows; the breakdown under it runs to its end (a
  // province's breakdown can be long) — an empty row, a header word, or the block after it.
  const searchEnd = Math.min(stopRow, headerRow + 12, view.rowCount);
  const last = Math.min(stopRow, view.rowCount);
  for (let r = headerRow + 1; r < last; r++) {
    if (totalRow === null && r >= searchEnd) break;
    const label = labelOf(r);
    if (label === '') {
      if (view.rowIsEmpty(r)) break;
      // Between the header and the total row, a row of texts only is part of the header band.
      if (totalRow === null && !hasNonText(view, r)) {
        marks.mark(r, isNoteText(shapeOf(view, r).firstText) ? 'note' : 'budgetHeader');
        lastRow = r;
      }
      continue;
    }
    // A note inside the block (说明：单位为万元) is a note, not a row of money (§11.1).
    if (isNoteText(label)) {
      marks.mark(r, 'note');
      lastRow = r;
      continue;
    }
    if (totalRow === null && isBudgetTotalLabel(label)) {
      totalRow = r;
      marks.mark(r, 'budget');
      lastRow = r;
      continue;
    }
    if (totalRow === null) {
      if (!hasNonText(view, r)) {
        marks.mark(r, 'budgetHeader');
        lastRow = r;
      }
      continue;
    }
    if (budgetRole(label) !== undefined || /总体目标|绩效指标|一级指标/.test(label)) break;
    marks.mark(r, 'budget');
    lastRow = r;
    breakdown.push({
      label: label.replace(/^其中[:：]?/, '').trim(),
      row: r,
      initial: refAt(view, r, cols.initialBudget),
      budget: refAt(view, r, cols.budget),
      executed: refAt(view, r, cols.executed),
    });
  }
  const at = (col: number | undefined): CellRef | null =>
    totalRow === null ? null : refAt(view, totalRow, col);
  return {
    block: {
      headerRow,
      totalRow,
      initial: at(cols.initialBudget),
      budget: at(cols.budget),
      executed: at(cols.executed),
      weight: at(cols.weight),
      rate: at(cols.rate),
      score: at(cols.score),
      explanation: at(cols.explanation),
      breakdown,
    },
    lastRow,
  };
}

/** Reads the overall goal (年度总体目标) in rows [from, to): 预期目标 and 实际完成情况, free text. */
export function readGoal(view: SheetView, from: number, to: number): GoalBlock | null {
  let expected: { r: number; c: number } | null = null;
  let achieved: { r: number; c: number } | null = null;
  let sawGoal = false;
  for (let r = from; r < to; r++) {
    for (let c = 0; c < view.width(r); c++) {
      const v = view.own(r, c);
      if (typeof v !== 'string') continue;
      const k = headerBase(v);
      if (/^(年度)?总体目标$|^年度绩效目标$/.test(k)) sawGoal = true;
      else if (/^(预期目标|年度目标|预期总体目标)$/.test(k) && !expected) expected = { r, c };
      else if (/^(实际完成情况|全年实际完成情况|目标实际完成情况|实际完成)$/.test(k) && !achieved)
        achieved = { r, c };
    }
  }
  if (!sawGoal && !expected) return null;
  // Labels side by side in one row: the texts sit below them. Labels in a column: to their right.
  const textFor = (p: { r: number; c: number } | null, sideBySide: boolean): CellRef | null => {
    if (!p) return null;
    if (sideBySide) return p.r + 1 < to ? view.ref(p.r + 1, p.c) : null;
    const [ar, ac] = view.anchor(p.r, p.c);
    for (let c = p.c + 1; c < view.colCount; c++) {
      const [br, bc] = view.anchor(p.r, c);
      if (br === ar && bc === ac) continue;
      return view.ref(p.r, c);
    }
    return null;
  };
  const sideBySide = expected !== null && achieved !== null && expected.r === achieved.r;
  return { expected: textFor(expected, sideBySide), achieved: textFor(achieved, sideBySide) };
}

const LEVEL1_WEIGHT_RE = /^(.*?)[(（]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]$/;

/** Splits `产出指标（50分）` into the label and its weight. */
export function splitLevel1Label(text: string): { label: string; weight: number | null } {
  const t = text.trim();
  const m = LEVEL1_WEIGHT_RE.exec(t);
  if (m) return { label: m[1]!.trim(), weight: Number(m[2]) };
  return { label: t, weight: null };
}

/** True when a cell holds a value of its own (re-exported for the readers beside this one). */
export function ownValue(view: SheetView, row: number, col: number): boolean {
  return !isBlank(view.own(row, col));
}

/** The first own text of a row (or '' when it has none), as title and field tests read it. */
export function firstOwnText(view: SheetView, row: number): { text: string; col: number } {
  for (let c = 0; c < view.width(row); c++) {
    const v = view.own(row, c);
    if (isBlank(v)) continue;
    return { text: cellText(v).trim(), col: c };
  }
  return { text: '', col: -1 };
}
