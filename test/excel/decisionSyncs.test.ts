/**
 * A judgement case decided in the pane, written through the Excel port against the counting fake:
 * the small patch (score, total, 评分记录, record) takes at most 2 syncs, and a 一键评分 before it
 * still takes 4. The example's 保障孤儿人数 (分值 2, 得分 G15) goes from band A (2分) to band B,
 * 1.5分: the total 99.62 − 2 + 1.5 = 99.12.
 */
import { decisionPatch, scoreRun } from '../../src/engine';
import { createExcelPort } from '../../src/excel';
import { openWorkbook, workbookSnapshot } from '../../src/xlsx/node';
import { EXAMPLE } from '../helpers/workbooks';
import { FakeExcel } from './fakeExcel';

const NOW = '2024-03-01T08:00:00.000Z';
const SHEET = '部门整体支出绩效自评表';

describe('Excel port: a judgement decision', () => {
  it('writes the decision in at most 2 syncs, and the next run keeps the score', async () => {
    const excel = FakeExcel.fromSnapshot(workbookSnapshot(await openWorkbook(EXAMPLE)));
    const port = createExcelPort({ excel: excel.run, isSetSupported: () => true });

    const before = excel.syncs;
    const first = scoreRun(await port.read(), { now: NOW });
    await port.apply(first.patch);
    // 一键评分: read (2 syncs) and apply, within the 4-sync budget of the whole action.
    expect(excel.syncs - before).toBeLessThanOrEqual(4);

    const snapshot = await port.read();
    const run = scoreRun(snapshot, { now: NOW });
    const { patch } = decisionPatch(
      run.result,
      snapshot,
      { sheet: SHEET, cell: 'G15', band: 'B', score: 1.5 },
      { now: NOW },
    );
    const atApply = excel.syncs;
    await port.apply(patch);
    expect(excel.syncs - atApply).toBeLessThanOrEqual(2);

    expect(excel.cell(SHEET, 'G15')?.value).toBe(1.5);
    const totalCell = run.result.forms[0]!.model.totalCell!.address;
    expect(excel.cell(SHEET, totalCell)?.value).toBe(99.12);
    const after = await port.read();
    expect(after.record?.decisions).toEqual({ [`${SHEET}!G15`]: 'B' });
    const audit = after.sheets.find((s) => s.name === '评分记录')!.cells;
    expect(audit.some((r) => r[3] === 'G15' && r[5] === 2 && r[6] === 1.5)).toBe(true);
    const next = scoreRun(after, { now: NOW }).result.forms[0]!;
    expect(next.indicators.find((i) => i.cell === 'G15')?.score).toBe(1.5);
    expect(next.total).toBe(99.12);
  });
});
