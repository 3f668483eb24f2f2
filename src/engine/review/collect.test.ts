import * as path from 'node:path';
import { checkDifferences, scoreRun, FINDING_CODES } from '..';
import { codeName, reviewScoredFile } from '.';
import { snapshotOfFile, EXAMPLE, FIXTURES } from '../../../test/helpers/workbooks';

const NOW = '2023-03-01T00:00:00.000Z';

async function reviewOf(file: string) {
  const run = scoreRun(await snapshotOfFile(file), { now: NOW });
  return reviewScoredFile(path.basename(file), run.result, checkDifferences(run.result));
}

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
  });

  it('reads the typed 总分 of a scored workbook and finds nothing differing', async () => {
    const r = await reviewOf(EXAMPLE.replace(/\.xlsx$/, '.scored.xlsx'));
    expect(r.forms[0]).toMatchObject({
      selfReportedTotal: 99.62,
      difference: 0,
      scoresDiffering: 0,
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
