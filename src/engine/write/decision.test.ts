/**
 * Judgement cases decided by a person (SCORING.md §3–§4), on the example workbook written for real
 * through the exceljs adapter. In the example, 保障孤儿人数 (得分 G15, 分值 2) is a needs_judgement case
 * the rule put in band A (2分). Band B of a 2-point indicator is 60%–80%: 1.2 (included) to 1.6
 * (excluded); band C is 0 to 1.2 (excluded); band A 1.6 to 2 (both included).
 */
import { EXAMPLE } from '../../../test/helpers/workbooks';
import { applyPatch, openWorkbook, workbookSnapshot } from '../../xlsx/node';
import { AUDIT_SHEET } from '../base/sheetNames';
import {
  bandChoices,
  checkDecisionScore,
  decisionPatch,
  isDecidable,
  isOpenCase,
} from './decision';
import { overwrites } from './overwrites';
import { MOF2020 } from '../rules/profiles';
import { scoreRun } from '../run';

const NOW = '2023-03-01T00:00:00.000Z';
const SHEET = '部门整体支出绩效自评表';

describe('bands a person chooses from', () => {
  it('gives the three official bands with limits from the profile', () => {
    expect(bandChoices(MOF2020, 2).map((c) => [c.band, c.low, c.high, c.highIncluded])).toEqual([
      ['A', 1.6, 2, true],
      ['B', 1.2, 1.6, false],
      ['C', 0, 1.2, false],
    ]);
    expect(bandChoices(MOF2020, 2)[1]!.label).toBe('部分达成年度指标并具有一定效果');
  });

  it('refuses a score outside the chosen band, with the band limits in the message', () => {
    expect(checkDecisionScore(MOF2020, 2, 'B', 1.5)).toBeNull();
    expect(checkDecisionScore(MOF2020, 2, 'B', 1.2)).toBeNull();
    expect(checkDecisionScore(MOF2020, 2, 'B', 1.6)).toBe(
      '得分1.6分不在B档（部分达成年度指标并具有一定效果）范围内：应在1.2分（含）至1.6分（不含）之间。',
    );
    expect(checkDecisionScore(MOF2020, 2, 'A', 2)).toBeNull();
    expect(checkDecisionScore(MOF2020, 2, 'A', 2.01)).toMatch(/1\.6分（含）至2分（含）/);
    expect(checkDecisionScore(MOF2020, 2, 'C', 1.234)).toMatch(/两位小数/);
    expect(checkDecisionScore(MOF2020, 2, 'C', Number.NaN)).toMatch(/请填写得分/);
  });
});

describe('decisionPatch', () => {
  async function scoredExample() {
    const wb = await openWorkbook(EXAMPLE);
    const first = scoreRun(workbookSnapshot(wb), { now: NOW });
    applyPatch(wb, first.patch);
    return wb;
  }

  it('writes the score as a person’s, the total, an audit row and the band; the next run keeps it', async () => {
    const wb = await scoredExample();
    const before = workbookSnapshot(wb);
    const run = scoreRun(before, { now: NOW });
    const form = run.result.forms[0]!;
    const orphans = form.indicators.find((i) => i.name === '保障孤儿人数')!;
    expect([orphans.cell, orphans.score, orphans.band]).toEqual(['G15', 2, 'A']);
    expect(isDecidable(orphans)).toBe(true);
    expect(isOpenCase(orphans, SHEET, run.result.findings)).toBe(true);

    const { patch, total } = decisionPatch(
      run.result,
      before,
      { sheet: SHEET, cell: 'G15', band: 'B', score: 1.5 },
      { now: NOW },
    );
    // 99.62 − 2 + 1.5 = 99.12; the total cell held 99.62 written by the first run, so it is rewritten.
    expect(total).toBe(99.12);
    expect(patch.cells).toEqual([
      { sheet: SHEET, address: 'G15', value: 1.5 },
      { sheet: SHEET, address: form.model.totalCell!.address, value: 99.12 },
    ]);
    expect(patch.sheets.map((s) => s.name)).toEqual([AUDIT_SHEET, '_selfeval']);
    applyPatch(wb, patch);

    const after = workbookSnapshot(wb);
    const audit = after.sheets.find((s) => s.name === AUDIT_SHEET)!.cells;
    const g15 = audit.filter((r) => r[3] === 'G15'); // 评分记录: 时间, 规则, 工作表, 单元格, 改动内容, 原值, 新值
    // The first run wrote 2 into the empty cell; the decision replaced 2 by 1.5.
    expect(g15.map((r) => [r[4], r[5], r[6]])).toEqual([
      ['保障孤儿人数 得分', null, 2],
      ['保障孤儿人数 得分', 2, 1.5],
    ]);
    expect(after.record?.decisions).toEqual({ [`${SHEET}!G15`]: 'B' });

    const next = scoreRun(after, { now: NOW });
    const kept = next.result.forms[0]!.indicators.find((i) => i.name === '保障孤儿人数')!;
    expect([kept.score, kept.band, kept.manualKept, kept.decided]).toEqual([1.5, 'B', true, 'B']);
    expect(next.result.forms[0]!.total).toBe(99.12);
    expect(isOpenCase(kept, SHEET, next.result.findings)).toBe(false);
    expect(
      next.result.findings.filter((f) => f.indicator === '保障孤儿人数').map((f) => f.code),
      // The case is decided (no needs_judgement); a lost half point still asks for its 偏差原因.
    ).toEqual(['explanation_missing']);
    // Nothing a person typed is replaced by the next 一键评分, and the band stays in its record.
    expect(overwrites(next.result, after)).toEqual([]);
    const recordRows = next.patch.sheets.find((s) => s.name === '_selfeval')!.rows;
    expect(recordRows.some((r) => r[0]?.value === '#decision' && r[2]?.value === 'B')).toBe(true);
  });

  it('leaves the total alone on a form never scored, and refuses a score outside the band', async () => {
    const wb = await openWorkbook(EXAMPLE);
    const snapshot = workbookSnapshot(wb);
    const run = scoreRun(snapshot, { now: NOW });
    const { patch } = decisionPatch(
      run.result,
      snapshot,
      { sheet: SHEET, cell: 'G15', band: 'C', score: 1 },
      { now: NOW },
    );
    expect(patch.cells).toEqual([{ sheet: SHEET, address: 'G15', value: 1 }]);
    expect(() =>
      decisionPatch(
        run.result,
        snapshot,
        { sheet: SHEET, cell: 'G15', band: 'C', score: 1.2 },
        { now: NOW },
      ),
    ).toThrow('指标“保障孤儿人数”：得分1.2分不在C档');
    // A quantitative indicator is no judgement case.
    const quantity = run.result.forms[0]!.indicators.find((i) => i.band === null && i.cell)!;
    expect(() =>
      decisionPatch(
        run.result,
        snapshot,
        { sheet: SHEET, cell: quantity.cell!, band: 'A', score: 1 },
        { now: NOW },
      ),
    ).toThrow('不是需要判定的指标得分');
  });
});

describe('overwrites', () => {
  it('lists the typed cells a run would replace (old → new), not the empty ones nor its own', async () => {
    const wb = await openWorkbook(EXAMPLE);
    // Never scored: every score cell is empty, so nothing typed is replaced.
    const blank = workbookSnapshot(wb);
    expect(overwrites(scoreRun(blank, { now: NOW }).result, blank)).toEqual([]);
    applyPatch(wb, scoreRun(blank, { now: NOW }).patch);
    // A person types over two written cells: an indicator score (E15, was 2) and the total.
    const ws = wb.getWorksheet(SHEET)!;
    const run0 = scoreRun(workbookSnapshot(wb), { now: NOW });
    const totalCell = run0.result.forms[0]!.model.totalCell!.address;
    const quantity = run0.result.forms[0]!.indicators.find((i) => i.band === null && i.cell)!;
    ws.getCell(quantity.cell!).value = 0.5;
    ws.getCell(totalCell).value = 95;
    const typed = workbookSnapshot(wb);
    const run = scoreRun(typed, { now: NOW });
    expect(overwrites(run.result, typed)).toEqual([
      {
        sheet: SHEET,
        cell: quantity.cell,
        what: quantity.name,
        kind: 'score',
        old: 0.5,
        value: quantity.score,
      },
      { sheet: SHEET, cell: totalCell, what: '总分', kind: 'total', old: 95, value: 99.62 },
    ]);
  });
});
