/**
 * `error.<code>.xlsx` fixtures (described in scripts/fixtures/errorForms.ts from one clean form,
 * scripts/fixtures/baseForm.ts; built by scripts/buildFixtures.ts): each must report its finding
 * code at the right sheet and cell, and — by design — no other finding of severity error or
 * warning, except the ones its code necessarily implies (listed per fixture with the reason). Info
 * findings are allowed: they explain, they never ask for a fix.
 */
import * as path from 'node:path';
import { FINDING_CODES, type FindingCode, type JsonFinding } from '../src/engine';
import { goldenReport, profileForFixture } from '../scripts/goldenReport';
import { FIXTURES, ROOT, scoreFile } from './helpers/workbooks';

const SHEET = '部门整体支出绩效自评表';

interface Expectation {
  /** Sheet and A1 cell of the finding; null for workbook-level findings. */
  readonly sheet: string | null;
  readonly cell: string | null;
  /** Other error/warning codes the fixture may report, each with why it is implied. */
  readonly implied?: Readonly<Partial<Record<FindingCode, string>>>;
}

// Cells of the base form: budget total row 5 (C 年初预算数, E 全年执行数, G 执行率); indicators
// rows 10–14 (A 一级, D 年度指标值, E 实际完成值, F 分值, G 得分, H 偏差原因); 总分 row 15.
const EXPECTED: Readonly<Record<FindingCode, Expectation>> = {
  execution_over_budget: { sheet: SHEET, cell: 'E5' },
  execution_low: { sheet: SHEET, cell: 'G5' },
  // Both 预算数 cells are empty: 全年预算数 falls back to 年初预算数, the cell that is reported.
  budget_missing: { sheet: SHEET, cell: 'C5' },
  explanation_missing: { sheet: SHEET, cell: 'H11' },
  // The row carries an explanation, so the deviation needs no explanation_missing.
  deviation_over_target: { sheet: SHEET, cell: 'E10' },
  weight_sum_not_100: { sheet: SHEET, cell: 'F15' },
  level1_weight_differs: { sheet: SHEET, cell: 'A10' },
  weight_missing: { sheet: SHEET, cell: 'F11' },
  weight_negative: {
    sheet: SHEET,
    cell: 'F10',
    implied: {
      weight_sum_not_100: 'the −20 makes the weights sum to 10 − 20 + 15 + 15 + 30 + 10 = 60',
    },
  },
  // score_changed (info) comes along: the typed 25 is replaced by the computed 20.
  score_exceeds_weight: { sheet: SHEET, cell: 'G10' },
  unit_mismatch: { sheet: SHEET, cell: 'E10' },
  direction_inferred: { sheet: SHEET, cell: 'D11' },
  qualitative_auto: { sheet: SHEET, cell: 'E13' },
  needs_judgement: { sheet: SHEET, cell: 'E13' },
  // Score 0 below the weight would be explanation_missing too (SCORING.md §8.2); the row is explained.
  actual_missing: { sheet: SHEET, cell: 'E10' },
  target_missing: { sheet: SHEET, cell: 'D10' },
  manual_score_out_of_band: { sheet: SHEET, cell: 'G13' },
  score_changed: { sheet: SHEET, cell: 'G10' },
  no_form_found: { sheet: null, cell: null },
  file_unreadable: { sheet: null, cell: null },
  cell_error: { sheet: SHEET, cell: 'E10' },
  // Scored with yitihua-strict (scripts/goldenReport.ts profileForFixture).
  total_capped: {
    sheet: SHEET,
    cell: 'G15',
    implied: {
      execution_low: 'the execution rate that caps the total (60%) is below 90% too',
      performance_outruns_spending: 'full indicators (100%) against 60% execution is the gap too',
    },
  },
  performance_outruns_spending: { sheet: SHEET, cell: 'G5' },
  // SCORING.md §11: a row with a target and an actual but no name (row 12, its first own cell D12).
  rows_unread: { sheet: SHEET, cell: 'D12' },
  // The header row 9 names 三级指标 in C9; its actual column is headed 执行情况.
  indicators_missing: {
    sheet: SHEET,
    cell: 'C9',
    implied: {
      rows_unread: 'the five rows under a header that could not be read are themselves unread',
      weight_sum_not_100: 'with no indicator read, the budget’s 10 points are all the weights read',
    },
  },
  header_inferred: { sheet: SHEET, cell: 'D9' },
  // The form's first own cell is its title, A1 (merged over the row).
  form_hidden: { sheet: SHEET, cell: 'A1' },
  weight_unreadable: {
    sheet: SHEET,
    cell: 'F11',
    implied: {
      weight_sum_not_100: '待定 counts no points: 10 + 20 + 15 + 30 + 10 = 85',
    },
  },
  // VERIFY.md §2: the 总分 typed 100 in G15 against the computed 98 (90 of ≥100 人次 scores 18 of 20).
  self_score_inflated: { sheet: SHEET, cell: 'G15' },
};

/** Scores a fixture as the CLI does (an unreadable file becomes a file_unreadable result). */
async function findingsOf(code: string): Promise<readonly JsonFinding[]> {
  const file = `test/fixtures/error.${code}.xlsx`;
  if (code === 'file_unreadable') {
    const report = await goldenReport(ROOT, file);
    return report.findings;
  }
  return (await scoreFile(path.join(FIXTURES, `error.${code}.xlsx`), profileForFixture(file)))
    .findings;
}

describe('error.<code>.xlsx fixtures', () => {
  it('exist for every finding code of SCORING.md §5 (and weight_negative, issue #9; §11, issue #21; self_score_inflated, issue #23)', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...FINDING_CODES].sort());
    expect(FINDING_CODES).toHaveLength(29);
  });

  it('start from a clean form that has no finding at all', async () => {
    const result = await scoreFile(path.join(FIXTURES, 'layout.baseline.xlsx'));
    expect(result.findings).toEqual([]);
    expect(result.forms[0]!.total).toBe(100);
  });

  it.each(FINDING_CODES.map((c) => [c]))('error.%s.xlsx reports exactly its code', async (code) => {
    const expected = EXPECTED[code];
    const findings = await findingsOf(code);
    const own = findings.filter((f) => f.code === code);
    expect(own.length).toBeGreaterThanOrEqual(1);
    expect(own.map((f) => [f.sheet, f.cell])).toContainEqual([expected.sheet, expected.cell]);
    const others = findings
      .filter((f) => f.code !== code && f.severity !== 'info')
      .filter((f) => expected.implied?.[f.code] === undefined)
      .map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(others).toEqual([]);
  });

  it.each(FINDING_CODES.map((c) => [c]))(
    'error.%s.xlsx: every message names its sheet and cell',
    async (code) => {
      for (const f of await findingsOf(code)) {
        expect(f.message).not.toBe('');
        if (f.sheet !== null) expect(f.message).toContain(`工作表“${f.sheet}”`);
        if (f.cell !== null) expect(f.message).toContain(f.cell);
      }
    },
  );

  it('file_unreadable says why, without a stack trace', async () => {
    const [f] = await findingsOf('file_unreadable');
    expect(f!.message).toContain('不是有效的 .xlsx 文件');
    expect(f!.message).not.toMatch(/\n\s+at /);
  });
});
