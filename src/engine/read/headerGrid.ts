/**
 * The indicator header band read as a grid (SCORING.md §9.5): a header may span two or three rows
 * with merged super-headers. Each column's role comes from its own header cell read together with
 * the super-header merged above it: `预期指标值` over `符号 | 数值 | 单位` gives the operator, target
 * and unit columns (the split columns of §1, §8.8); `实际完成值` over `数值 | 单位` gives the actual
 * and its unit; `指标值` over `年初 | 调整` gives the two target columns. Where sub-headers exist,
 * the super-header's own column is not a value column. Spaces and line breaks never matter.
 */
import { a1, cellText } from '../base/cells';
import { headerBase } from '../base/text';
import { type InferredHeader, type UnplacedHeader, inferColumns } from './headerInference';
import {
  type IndicatorRole,
  SUB_ADJUSTED,
  SUB_INITIAL,
  SUB_OPERATOR,
  SUB_UNIT,
  SUB_VALUE,
  indicatorRole,
  isReviewHeader,
  isSubWord,
  reviewRoleOf,
} from './headers';
import { isNoteText, shapeOf } from './coverage';
import type { SheetView } from './sheetView';

/** Roles of the indicator block, with the actual's own unit column of a split actual (§9.5). */
export type GridRole = IndicatorRole | 'actualUnit';

/** Columns by role, and the first data row under the header band. */
export interface HeaderGrid {
  readonly cols: Partial<Record<GridRole, number>>;
  readonly dataStart: number;
  /** Headers read by meaning (SCORING.md §11.3). */
  readonly inferred: readonly InferredHeader[];
  /** Header texts that took no role, for a headline that says which column it could not place. */
  readonly unplaced: readonly UnplacedHeader[];
}

type Side = 'target' | 'actual' | null;

function sideOf(role: IndicatorRole | undefined): Side {
  if (role === 'target' || role === 'targetInitial' || role === 'targetAdjusted') return 'target';
  if (role === 'actual') return 'actual';
  return null;
}

/** The role of a column from its own header text and the super-header above it. */
export function columnRole(superText: string, ownText: string): GridRole | undefined {
  // Under a 复核 super-header (`复核` over `完成值 | 得分`) every column is the reviewer's (§11.3).
  if (superText !== '' && isReviewHeader(superText) && indicatorRole(superText) === undefined)
    return reviewRoleOf(ownText);
  const superRole = superText === '' ? undefined : indicatorRole(superText);
  const side = sideOf(superRole);
  const k = headerBase(ownText);
  if (side === 'target') {
    if (SUB_VALUE.has(k))
      return superRole === 'targetInitial' || superRole === 'targetAdjusted' ? superRole : 'target';
    if (SUB_INITIAL.has(k)) return 'targetInitial';
    if (SUB_ADJUSTED.has(k)) return 'targetAdjusted';
    if (SUB_OPERATOR.has(k)) return 'nature';
    if (SUB_UNIT.has(k)) return 'unit';
  } else if (side === 'actual') {
    if (SUB_VALUE.has(k)) return 'actual';
    if (SUB_UNIT.has(k)) return 'actualUnit';
    if (SUB_OPERATOR.has(k)) return undefined; // an actual has no operator of its own
  }
  return indicatorRole(ownText);
}

/** True when the cell at (row, col) is the anchor of a merge or a plain cell, and holds text. */
function ownText(view: SheetView, row: number, col: number): string {
  const [ar, ac] = view.anchor(row, col);
  if (ar !== row || ac !== col) return '';
  return cellText(view.own(row, col)).trim();
}

/** True when the header cell over col spans more than one column (a super-header). */
function spansColumns(view: SheetView, row: number, col: number): boolean {
  const [ar, ac] = view.anchor(row, col);
  if (ac !== col) return true;
  if (col + 1 < view.colCount) {
    const [br, bc] = view.anchor(row, col + 1);
    return br === ar && bc === ac;
  }
  return false;
}

/** A note row inside a header band: texts only, opening with a note word, or one text alone. */
function isBandNote(view: SheetView, row: number): boolean {
  const shape = shapeOf(view, row);
  return (
    shape.own > 0 && shape.texts === shape.own && (shape.own === 1 || isNoteText(shape.firstText))
  );
}

/**
 * A row right under the header band is a sub-header row when every text it holds itself is a
 * header or sub-header word, and at least one stands under a super-header or names a role itself
 * twice (the two-row headers the parser already knew, §1).
 */
function isSubHeaderRow(view: SheetView, headerRow: number, row: number): boolean {
  if (row >= view.rowCount) return false;
  let texts = 0;
  let underSuper = 0;
  let roles = 0;
  for (let c = 0; c < view.colCount; c++) {
    const t = ownText(view, row, c);
    if (t === '') continue;
    if (t.length > 20) return false;
    const k = headerBase(t);
    const role = indicatorRole(t);
    if (!isSubWord(k) && role === undefined) return false;
    texts++;
    if (role !== undefined) roles++;
    if (spansColumns(view, headerRow, c)) underSuper++;
  }
  return texts > 0 && (underSuper > 0 || roles >= 2);
}

/**
 * Reads the header band starting at `headerRow` (the row the block was found by): up to two
 * sub-header rows below it. Each column takes the role of its lowest own header text read with
 * the nearest text above it; the first column of each role wins, as in a one-row header.
 */
export function readHeaderGrid(view: SheetView, headerRow: number): HeaderGrid {
  const bandRows = [headerRow];
  let next = headerRow + 1;
  while (bandRows.length < 3 && next < view.rowCount) {
    if (isSubHeaderRow(view, headerRow, next)) {
      bandRows.push(next++);
      continue;
    }
    // A note between the rows of a header band (说明：… under 预期指标值) is passed over (§11.1):
    // read as the band's end, it would put 预期指标值's 符号 column in the place of its 数值.
    if (isBandNote(view, next) && isSubHeaderRow(view, headerRow, next + 1)) {
      next++;
      continue;
    }
    break;
  }
  const cols: Partial<Record<GridRole, number>> = {};
  const unplaced: UnplacedHeader[] = [];
  let lastAnchor = '';
  for (let c = 0; c < view.colCount; c++) {
    // The texts of this column top-down, each merge once (a cell merged down counts at its anchor).
    const texts: string[] = [];
    let ownCell = '';
    for (const r of bandRows) {
      const [ar, ac] = view.anchor(r, c);
      if (ar !== r && ar >= headerRow) continue; // merged down from a band row above
      const t = cellText(view.own(ar, ac)).trim();
      if (t !== '' && texts[texts.length - 1] !== t) {
        texts.push(t);
        ownCell = a1(ar, ac);
      }
    }
    if (texts.length === 0) continue;
    const own = texts[texts.length - 1] ?? '';
    const sup = texts.length > 1 ? (texts[texts.length - 2] ?? '') : '';
    // A super-header alone over its sub-headers is not a value column: only sub-headers count.
    const [ar, ac] = view.anchor(bandRows[bandRows.length - 1] ?? headerRow, c);
    const key = `${ar},${ac}`;
    if (texts.length === 1 && key === lastAnchor) continue;
    lastAnchor = key;
    if (own.length > 40) continue;
    const role = columnRole(sup, own);
    if (role === undefined) unplaced.push({ col: c, text: own, cell: ownCell });
    else if (cols[role] === undefined) cols[role] = c;
  }
  const inferred = inferColumns(cols, unplaced);
  const left =
    inferred.length === 0
      ? unplaced
      : unplaced.filter((u) => !inferred.some((i) => i.cell === u.cell));
  return {
    cols,
    dataStart: (bandRows[bandRows.length - 1] ?? headerRow) + 1,
    inferred,
    unplaced: left,
  };
}
