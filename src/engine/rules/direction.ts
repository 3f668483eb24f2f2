/**
 * Direction of a quantitative indicator (SCORING.md §2): the operator decides; without one, cost
 * and failure quantities are lower-is-better and everything else higher-is-better.
 */
import type { Operator } from '../read/values';

/** Words in an indicator name that make a bare quantity lower-is-better. */
const COST_WORDS = [
  '成本',
  '费用',
  '经费',
  '支出',
  '故障率',
  '事故',
  '投诉',
  '差错',
  '结余率',
  '超支',
  '发生率',
  '损失',
  '违规',
];

/** Which way is better, and whether that was inferred (no operator) and why. */
export interface Direction {
  readonly better: 'higher' | 'lower';
  readonly inferred: boolean;
  /** Why a bare target was read as lower-is-better (for `direction_inferred`). */
  readonly reason: string | null;
}

/** Decides the direction from the target's operator, or infers it from the indicator's place and name. */
export function directionOf(
  op: Operator | null,
  level1: string,
  level2: string,
  name: string,
): Direction {
  if (op === '<=' || op === '<') return { better: 'lower', inferred: false, reason: null };
  if (op !== null) return { better: 'higher', inferred: false, reason: null };
  if (/成本/.test(level1) || /成本/.test(level2)) {
    return {
      better: 'lower',
      inferred: true,
      reason: `指标位于“${/成本/.test(level1) ? level1 : level2}”下`,
    };
  }
  const word = COST_WORDS.find((w) => name.includes(w));
  if (word) return { better: 'lower', inferred: true, reason: `指标名称含“${word}”` };
  return { better: 'higher', inferred: true, reason: null };
}
