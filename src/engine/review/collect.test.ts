import * as path from 'node:path';
import { checkDifferences, scoreRun, FINDING_CODES } from '..';
import type { CellValue, WorkbookSnapshot } from '..';
import { codeName, formProblemText, reviewScoredFile } from '.';
import { snapshotOfFile, EXAMPLE, FIXTURES } from '../../../test/helpers/workbooks';

const NOW = '2023-03-01T00:00:00.000Z';

async function reviewOf(file: string, change?: (s: WorkbookSnapshot) => WorkbookSnapshot) {
  const snapshot = await snapshotOfFile(file);
  const run = scoreRun(change ? change(snapshot) : snapshot, { now: NOW });
  return reviewScoredFile(path.basename(file), run.result, checkDifferences(run.result));
}

/** The example with one cell of its form's sheet set (0-based row and column: G42 is 41, 6). */
const withCell =
  (row: number, col: number, value: CellValue) =>
  (s: WorkbookSnapshot): WorkbookSnapshot => ({
    ...s,
    sheets: s.sheets.map((sh) => {
      if (sh.name !== '部门整体支出绩效自评表') return sh;
      const cells = sh.cells.map((r) => [...r]);
      while (cells.length <= row) cells.push([]);
      cells[row]![col] = value;
      return { ...sh, cells };
    }),
  });

describe('reviewScoredFile', () => {
  it('keeps the figures of the example form as `selfeval --check` computes them', async () => {
    const r = await reviewOf(EXAMPLE);
    expect(r.status).toBe('scored');
    expect(r.forms).toHaveLength(1);
    const f = r.forms[0]!;
    // README: 总分 99.62, 优; budget 11,605.29 planned, 21,680.25 executed → 186.81%, capped 100%.
    expect(f).toMatchObject({
      sheet: '部门整体支出绩效自评表',
      kind: 'department',
      unit: '荆门市民政局',
      department: '荆门市民政局',
      year: 2022,
      profile: 'mof2020',
      total: 99.62,
      grade: '优',
      // The 总分 cell G42 is blank in the unscored example.
      selfReportedTotal: null,
      difference: null,
      // --check lists 34 cells: the rate E5, the budget score, 31 indicator scores, the total.
      scoresDiffering: 34,
      budget: { planned: 11605.29, executed: 21680.25, rate: 1 },
      // 1 over-budget warning, 3 needs_judgement warnings, 9 qualitative_auto notes.
      findings: { error: 0, warning: 4, info: 9 },
      codes: { execution_over_budget: 1, needs_judgement: 3, qualitative_auto: 9 },
    });
    expect(f.problems).toHaveLength(13);
    expect(f.problems[0]).toMatchObject({ cell: 'E5', code: 'execution_over_budget' });
    // Every one of the 34 is an empty cell: the unit did not score the form. 未自评, not 不一致.
    expect(f.selfScored).toBe(false);
    expect(f.duplicateOf).toBeNull();
  });

  it('the example with 总分 100 typed (the rules give 99.62): self-scored, 0.38 above, not inflated', async () => {
    const r = await reviewOf(EXAMPLE, withCell(41, 6, 100));
    const f = r.forms[0]!;
    // 100 − 99.62 = 0.38 < 0.5 and both 优: no self_score_inflated (VERIFY.md §2).
    expect(f).toMatchObject({
      selfScored: true,
      selfReportedTotal: 100,
      difference: -0.38,
      scoresDiffering: 34,
    });
    expect(f.codes).not.toHaveProperty('self_score_inflated');
    // 主要问题: the execution problem first, then the judgements; the notes not named.
    expect(formProblemText(f)).toBe('超预算执行；定性指标需人工确认（3处）');
  });

  it('the example with a typed 总分 0.5 above the rules (100.12 against 99.62) leads with it', async () => {
    const f = (await reviewOf(EXAMPLE, withCell(41, 6, 100.12))).forms[0]!;
    expect(f.codes).toMatchObject({ self_score_inflated: 1 });
    expect(formProblemText(f)).toBe(
      '自评得分偏高：自评总分100.12分，按评分规则计算为99.62分，高出0.5分，自评得分偏高，请逐项核实得分；超预算执行；定性指标需人工确认（3处）',
    );
  });

  it('takes a 总分 of 0 over empty 得分 cells (a template SUM) as no self-score', async () => {
    expect((await reviewOf(EXAMPLE, withCell(41, 6, 0))).forms[0]!.selfScored).toBe(false);
    // One indicator score typed is a self-score, however many cells are empty.
    expect((await reviewOf(EXAMPLE, withCell(10, 6, 2))).forms[0]!.selfScored).toBe(true);
  });

  it('reads the typed 总分 of a scored workbook and finds nothing differing', async () => {
    const r = await reviewOf(EXAMPLE.replace(/\.xlsx$/, '.scored.xlsx'));
    expect(r.forms[0]).toMatchObject({
      selfReportedTotal: 99.62,
      difference: 0,
      scoresDiffering: 0,
      selfScored: true,
    });
  });

  it('is no_form for a workbook without a form', async () => {
    const r = await reviewOf(path.join(FIXTURES, 'error.no_form_found.xlsx'));
    expect(r).toMatchObject({ status: 'no_form', forms: [] });
    expect(r.problems.map((p) => p.code)).toEqual(['no_form_found']);
  });

  it('has a Chinese name for every finding code', () => {
    for (const code of FINDING_CODES) expect(codeName(code)).toMatch(/[\u4e00-\u9fff]/);
  });
});
