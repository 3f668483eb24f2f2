/**
 * Header words recognised by meaning (SCORING.md §11.3): a header cell that no list holds, lying
 * between the indicator name and the weight, is the target when it speaks of 目标 or 指标值 and the
 * actual when it speaks of 完成 or 实际; a 复核 column is never either. The run says which header it
 * read this way (`header_inferred`), so a person can check the guess.
 */
import { headerBase } from '../base/text';
import { isReviewHeader } from './headers';

/** A header text the lists do not hold, where it stands. */
export interface UnplacedHeader {
  readonly col: number;
  readonly text: string;
  /** The A1 address of the header cell. */
  readonly cell: string;
}

/** A header cell read by meaning: its address, its text and the role it was given. */
export interface InferredHeader {
  readonly cell: string;
  readonly text: string;
  readonly role: 'target' | 'actual';
}

/**
 * The role a header's words give it, or null. When a text names both (`目标完成情况`, `完成目标值`),
 * the later word decides: a Chinese noun phrase ends with its head (`目标完成情况` is a 完成情况).
 */
export function inferredRole(text: string): 'target' | 'actual' | null {
  const k = headerBase(text);
  if (isReviewHeader(k)) return null;
  const t = Math.max(k.lastIndexOf('目标'), k.lastIndexOf('指标值'));
  const a = Math.max(k.lastIndexOf('完成'), k.lastIndexOf('实际'));
  if (t < 0 && a < 0) return null;
  return a > t ? 'actual' : 'target';
}

/** Columns by role, as far as inference needs them. */
interface InferableColumns {
  name?: number;
  target?: number;
  targetInitial?: number;
  targetAdjusted?: number;
  actual?: number;
  weight?: number;
  score?: number;
}

/**
 * Gives a missing target or actual column the first unplaced header between the name and the
 * weight (the score when the form has no weight column) whose words name it; mutates `cols` and
 * returns the headers read that way, in column order.
 */
export function inferColumns(
  cols: InferableColumns,
  unplaced: readonly UnplacedHeader[],
): InferredHeader[] {
  const name = cols.name;
  const bound = cols.weight ?? cols.score;
  if (name === undefined || bound === undefined) return [];
  const hasTarget =
    cols.target !== undefined ||
    cols.targetInitial !== undefined ||
    cols.targetAdjusted !== undefined;
  if (hasTarget && cols.actual !== undefined) return [];
  const out: InferredHeader[] = [];
  let targetFound = hasTarget;
  for (const u of unplaced) {
    if (u.col <= name || u.col >= bound) continue;
    const role = inferredRole(u.text);
    if (role === 'target' && !targetFound) {
      cols.target = u.col;
      targetFound = true;
      out.push({ cell: u.cell, text: u.text, role });
    } else if (role === 'actual' && cols.actual === undefined) {
      cols.actual = u.col;
      out.push({ cell: u.cell, text: u.text, role });
    }
  }
  return out;
}
