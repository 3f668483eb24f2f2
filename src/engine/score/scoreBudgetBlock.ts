/**
 * Scores the budget block of a form and reports its findings (SCORING.md §3 first row, §5, §8.11).
 */
import { cellText, isBlank, isCellError } from '../base/cells';
import { displayText, numberOf, pointsOf } from '../read/cellReading';
import { type FindingData, finding } from '../findings/codes';
import { fmtMoney, fmtPercent, fmtScore } from '../base/format';
import { exceedsWeight, readScoreCell, replacedScore } from './manualScore';
import type { BudgetBlock } from '../read/formModel';
import type { CellRef } from '../read/sheetView';
import type { Profile } from '../rules/profiles';
import { executionRates } from '../rules/budget';
import { BUDGET_RULE } from '../rules/registry';
import type { ScoredBudget } from './scoreTypes';
import type { WriteRecord } from '../base/snapshot';

/** Budget findings are form-level (SCORING.md §8.14): no indicator; messages name the budget by this subject. */
const SUBJECT = '预算执行';

/** Scores one budget block. */
export function scoreBudgetBlock(
  sheet: string,
  block: BudgetBlock,
  profile: Profile,
  record: WriteRecord | null,
): { budget: ScoredBudget; findings: FindingData[] } {
  const findings: FindingData[] = [];
  const weightValue = pointsOf(block.weight?.value);
  const weight = weightValue ?? profile.defaultBudgetWeight;
  // Text that is no number keeps the default weight, but is said (§11.7): it is not an empty cell.
  const weightText = block.weight ? block.weight.value : null;
  if (
    weightValue === null &&
    block.weight &&
    typeof weightText === 'string' &&
    !isBlank(weightText)
  ) {
    findings.push(
      finding('weight_unreadable', sheet, block.weight.address, null, {
        weight: displayText(block.weight),
        subject: SUBJECT,
      }),
    );
  }
  const explanation = cellText(block.explanation?.value ?? null).trim();
  const base = {
    weight,
    cell: block.score?.address ?? null,
    rateCell: block.rate?.address ?? null,
    previous: block.score?.value ?? null,
    explanation,
  };

  // 全年预算数 wins; when it is empty, 年初预算数 is used silently (SCORING.md §8.11).
  let plannedCell: CellRef | null = block.budget;
  if (!plannedCell || isBlank(plannedCell.value)) plannedCell = block.initial ?? plannedCell;
  const fail = (
    f: FindingData,
    basis: string,
  ): { budget: ScoredBudget; findings: FindingData[] } => {
    findings.push(f);
    return {
      budget: {
        ...base,
        planned: null,
        plannedCell,
        executed: null,
        rate: null,
        rawRate: null,
        score: 0,
        basis,
      },
      findings,
    };
  };
  const anchorCell = plannedCell?.address ?? block.score?.address ?? null;
  if (block.totalRow === null) {
    return fail(
      finding('budget_missing', sheet, null, null, { reason: '预算表头下没有“年度资金总额”行' }),
      '无预算数，得0分',
    );
  }
  for (const [ref, role] of [
    [plannedCell, '预算数'],
    [block.executed, '全年执行数'],
    [block.weight, '分值'],
  ] as const) {
    if (ref && isCellError(ref.value)) {
      return fail(
        finding('cell_error', sheet, ref.address, null, {
          role,
          error: ref.value.error,
          subject: SUBJECT,
        }),
        `${role}为错误值，得0分`,
      );
    }
  }
  const planned = numberOf(plannedCell?.value);
  if (planned === null || planned <= 0) {
    const raw = plannedCell ? cellText(plannedCell.value).trim() : '';
    const reason =
      raw === ''
        ? '预算数为空'
        : planned === 0
          ? '预算数为0'
          : planned !== null
            ? `预算数“${raw}”为负数`
            : `预算数“${raw}”不是数字`;
    return fail(finding('budget_missing', sheet, anchorCell, null, { reason }), `${reason}，得0分`);
  }
  const executed = numberOf(block.executed?.value);
  if (executed === null) {
    return fail(
      finding('actual_missing', sheet, block.executed?.address ?? null, null, {
        role: '全年执行数',
        subject: SUBJECT,
      }),
      '全年执行数为空，得0分',
    );
  }
  const { rawRate, rate } = executionRates(planned, executed);
  const score = BUDGET_RULE.score(weight, rate, profile.budget);
  if (executed > planned) {
    findings.push(
      finding('execution_over_budget', sheet, block.executed?.address ?? null, null, {
        budget: fmtMoney(planned),
        executed: fmtMoney(executed),
        rawRate: fmtPercent(rawRate),
      }),
    );
  }
  if (rawRate < profile.executionExplanationThreshold) {
    findings.push(
      finding(
        'execution_low',
        sheet,
        block.rate?.address ?? block.executed?.address ?? null,
        null,
        {
          rate: fmtPercent(rawRate),
          threshold: fmtPercent(profile.executionExplanationThreshold),
        },
      ),
    );
  }
  const cell = readScoreCell(sheet, block.score, record, { indicator: null, subject: SUBJECT });
  findings.push(...replacedScore(cell, cell.raw, score), ...exceedsWeight(cell, weight));
  const capped = rawRate > 1 ? `（实际${fmtPercent(rawRate)}，按100%计）` : '';
  const basis =
    profile.budget.mode === 'proportional'
      ? `执行率${fmtPercent(rate)}${capped}×分值${fmtScore(weight)}，得${fmtScore(score)}分`
      : `执行率${fmtPercent(rate)}${capped}，按分档规则得${fmtScore(score)}分`;
  return {
    budget: { ...base, planned, plannedCell, executed, rate, rawRate, score, basis },
    findings,
  };
}
