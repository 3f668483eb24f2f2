/** The budget block (SCORING.md §3 first row, §5 budget checks, §7 mof2021, §8.11). */
import { type CellValue, parseA1 } from '../base/cells';
import type { FindingCode } from '../findings/codes';
import type { BudgetBlock } from '../read/formModel';
import type { CellRef } from '../read/sheetView';
import { describeFindings } from '../findings/messages';
import { MOF2020, MOF2021, type Profile } from '../rules/profiles';
import { scoreBudgetBlock } from './scoreBudgetBlock';
import type { WriteRecord } from '../base/snapshot';

const SHEET = '部门整体支出绩效自评表';
const TOTAL_ROW = 5; // 0-based

function ref(col: string, value: CellValue | undefined): CellRef | null {
  if (value === undefined) return null;
  const address = `${col}${TOTAL_ROW + 1}`;
  const { row, col: c } = parseA1(address);
  return { address, row, col: c, value, format: undefined };
}

interface Spec {
  initial?: CellValue;
  budget?: CellValue;
  executed?: CellValue;
  weight?: CellValue;
  score?: CellValue;
  explanation?: CellValue;
  totalRow?: number | null;
}

/** Columns: B 年初预算数, C 全年预算数, D 全年执行数, E 分值, F 执行率, G 得分, H 原因. */
function block(s: Spec): BudgetBlock {
  return {
    headerRow: TOTAL_ROW - 1,
    totalRow: s.totalRow === undefined ? TOTAL_ROW : s.totalRow,
    initial: ref('B', s.initial),
    budget: ref('C', 'budget' in s ? s.budget : null),
    executed: ref('D', 'executed' in s ? s.executed : null),
    weight: ref('E', 'weight' in s ? s.weight : 10),
    rate: ref('F', null),
    score: ref('G', 'score' in s ? s.score : null),
    explanation: ref('H', s.explanation),
    breakdown: [],
  };
}

function run(s: Spec, profile: Profile = MOF2020, record: WriteRecord | null = null) {
  const scored = scoreBudgetBlock(SHEET, block(s), profile, record);
  const out = { ...scored, findings: describeFindings(scored.findings) };
  const codes = out.findings.map((f) => f.code);
  const byCode = (code: FindingCode) => out.findings.find((f) => f.code === code);
  return { ...out, codes, byCode };
}

describe('budget execution, mof2020', () => {
  it('rate = 执行数 / 全年预算数, score = w × rate', () => {
    const r = run({ budget: 100, executed: 95 });
    expect(r.budget).toMatchObject({
      planned: 100,
      executed: 95,
      rate: 0.95,
      rawRate: 0.95,
      weight: 10,
      score: 9.5,
      cell: `G${TOTAL_ROW + 1}`,
      rateCell: `F${TOTAL_ROW + 1}`,
    });
    expect(r.codes).toEqual([]);
  });
  it('rate exactly 0.9 → no execution_low; just under → execution_low (warning)', () => {
    expect(run({ budget: 100, executed: 90 }).codes).toEqual([]);
    const r = run({ budget: 100, executed: 89.99 });
    expect(r.codes).toEqual(['execution_low']);
    expect(r.byCode('execution_low')).toMatchObject({
      severity: 'warning',
      sheet: SHEET,
      cell: `F${TOTAL_ROW + 1}`,
      indicator: null,
    });
    expect(r.byCode('execution_low')!.message).toContain('89.99%');
  });
  it('over budget: capped at 100%, execution_over_budget with the raw rate', () => {
    const r = run({ budget: 11605.29, executed: 21680.25 });
    expect(r.budget.score).toBe(10);
    expect(r.budget.rate).toBe(1);
    expect(r.budget.rawRate).toBeCloseTo(1.8681, 4);
    expect(r.codes).toEqual(['execution_over_budget']);
    expect(r.byCode('execution_over_budget')!.message).toContain('186.81%');
    expect(r.byCode('execution_over_budget')!.message).toContain('11,605.29');
    expect(r.budget.basis).toContain('按100%计');
  });
  it('年初预算数 is used silently when 全年预算数 is empty', () => {
    const r = run({ initial: 200, budget: null, executed: 190 });
    expect(r.budget.planned).toBe(200);
    expect(r.budget.score).toBe(9.5);
    expect(r.codes).toEqual([]);
  });
  it('全年预算数 wins over 年初预算数', () => {
    expect(run({ initial: 200, budget: 100, executed: 100 }).budget.planned).toBe(100);
  });
  it('an empty weight defaults to 10; a written weight is used', () => {
    expect(run({ budget: 100, executed: 50, weight: null }).budget).toMatchObject({
      weight: 10,
      score: 5,
    });
    expect(run({ budget: 100, executed: 50, weight: '20分' }).budget).toMatchObject({
      weight: 20,
      score: 10,
    });
  });
  it('amounts written as text with separators', () => {
    expect(run({ budget: '11,605.29', executed: '11,605.29万元' }).budget.score).toBe(10);
  });
  it('the score is rounded half-up to 2 decimals', () => {
    expect(run({ budget: 3, executed: 1 }).budget.score).toBe(3.33);
    expect(run({ budget: 3, executed: 2 }).budget.score).toBe(6.67);
  });
  it('an explanation beside the block is read', () => {
    expect(run({ budget: 100, executed: 50, explanation: '项目延期' }).budget.explanation).toBe(
      '项目延期',
    );
  });
});

describe('budget_missing and other bad cells', () => {
  it.each([
    ['empty', null, '预算数为空'],
    ['zero', 0, '预算数为0'],
    ['text', '待定', '不是数字'],
    ['negative', -5, '负数'],
  ] as const)('预算数 %s → budget_missing (error), score 0', (_l, budget, reason) => {
    const r = run({ budget, executed: 50 });
    expect(r.budget.score).toBe(0);
    expect(r.budget.planned).toBeNull();
    expect(r.codes).toEqual(['budget_missing']);
    expect(r.byCode('budget_missing')).toMatchObject({ severity: 'error', indicator: null });
    expect(r.byCode('budget_missing')!.message).toContain(reason);
  });
  it('no total row → budget_missing', () => {
    const r = run({ budget: 100, executed: 50, totalRow: null });
    expect(r.codes).toEqual(['budget_missing']);
  });
  it.each([
    ['预算数', { budget: { error: '#REF!' }, executed: 50 }, 'C'],
    ['全年执行数', { budget: 100, executed: { error: '#DIV/0!' } }, 'D'],
    ['分值', { budget: 100, executed: 50, weight: { error: '#N/A' } }, 'E'],
  ] as const)('%s holds an error → cell_error there, score 0', (role, spec, col) => {
    const r = run(spec);
    expect(r.budget.score).toBe(0);
    expect(r.codes).toEqual(['cell_error']);
    expect(r.byCode('cell_error')).toMatchObject({ cell: `${col}${TOTAL_ROW + 1}` });
    expect(r.byCode('cell_error')!.message).toContain(role);
  });
  it('empty 执行数 → actual_missing', () => {
    expect(run({ budget: 100, executed: null }).codes).toEqual(['actual_missing']);
  });
  it('negative execution → 0 and execution_low', () => {
    const r = run({ budget: 100, executed: -1 });
    expect(r.budget.score).toBe(0);
    expect(r.codes).toEqual(['execution_low']);
  });
});

describe('budget manual scores', () => {
  const record = (v: number): WriteRecord => ({
    profile: null,
    writtenAt: null,
    values: { [`${SHEET}!G${TOTAL_ROW + 1}`]: v },
  });
  it('no record: a differing score → score_changed', () => {
    expect(run({ budget: 100, executed: 95, score: 10 }).codes).toEqual(['score_changed']);
  });
  it('equal → nothing', () => {
    expect(run({ budget: 100, executed: 95, score: 9.5 }).codes).toEqual([]);
  });
  it('record equal → not manual', () => {
    expect(run({ budget: 100, executed: 95, score: 10 }, MOF2020, record(10)).codes).toEqual([]);
  });
  it('above the weight → score_exceeds_weight', () => {
    expect(run({ budget: 100, executed: 95, score: 12 }).codes).toEqual([
      'score_changed',
      'score_exceeds_weight',
    ]);
    expect(run({ budget: 100, executed: 95, score: 12 }, MOF2020, record(12)).codes).toEqual([
      'score_exceeds_weight',
    ]);
  });
});

describe('budget execution, mof2021 steps', () => {
  it.each([
    [100, 10],
    [99.99, 7],
    [80, 7],
    [79.99, 5],
    [60, 5],
    [59.99, 0],
  ])('executed %p of 100 → %p', (executed, score) => {
    expect(run({ budget: 100, executed }, MOF2021).budget.score).toBe(score);
  });
  it('over budget is 100%', () => {
    expect(run({ budget: 100, executed: 120 }, MOF2021).budget.score).toBe(10);
  });
  it('the basis names the stepped rule', () => {
    expect(run({ budget: 100, executed: 85 }, MOF2021).budget.basis).toContain('分档');
  });
});

describe('budget findings are form-level (§8.14)', () => {
  it('every budget finding carries the sheet and a null indicator', () => {
    const specs: Spec[] = [
      { budget: 100, executed: 120, score: 12 },
      { budget: 100, executed: 50, score: 3 },
      { budget: null, executed: 50 },
      { budget: 100, executed: null },
      { budget: 100, executed: { error: '#N/A' } },
    ];
    for (const spec of specs) {
      for (const f of run(spec).findings) {
        expect(f).toMatchObject({ sheet: SHEET, indicator: null });
        expect(f.message).toContain(`工作表“${SHEET}”`);
      }
    }
  });
  it('messages name the budget, not an indicator or the total', () => {
    expect(run({ budget: 100, executed: null }).byCode('actual_missing')!.message).toContain(
      '全年执行数未填写',
    );
    expect(
      run({ budget: 100, executed: 95, score: 12 }).byCode('score_changed')!.message,
    ).toContain('预算执行原得分12');
    expect(
      run({ budget: 100, executed: 95, score: 12 }).byCode('score_exceeds_weight')!.message,
    ).toContain('预算执行原得分12超过分值10');
  });
});
