/**
 * One indicator and the rest of its row's cells (SCORING.md §4, §8.2, §8.8, §8.10): missing values
 * and Excel errors, weight and explanation cells, split operator and unit columns, manual scores
 * against the record, and what the scored indicator carries. Rows are built directly
 * (scoreIndicator.testkit.ts), so these tests do not depend on the form reader.
 */
import type { WriteRecord } from '../base/snapshot';
import { MOF2020 } from '../rules/profiles';
import { scoreIndicator } from './scoreIndicator';
import { EXPLAINED, ROW, SHEET, row, run } from './scoreIndicator.testkit';

describe('missing values and Excel errors (§4, §8.2)', () => {
  it('empty actual → 0, actual_missing (error) and explanation_missing', () => {
    const r = run({ target: '≥90%', actual: null });
    expect(r.score).toBe(0);
    expect(r.method).toBe('none');
    expect(r.codes).toEqual(['actual_missing', 'explanation_missing']);
    expect(r.byCode('actual_missing')).toMatchObject({ severity: 'error', cell: `E${ROW + 1}` });
  });
  it('white space only is empty', () => {
    expect(run({ target: '≥90%', actual: '   ' }).codes).toContain('actual_missing');
  });
  it('empty target on a quantity → 0, target_missing', () => {
    const r = run({ target: null, actual: '95%' });
    expect(r.score).toBe(0);
    expect(r.codes).toEqual(['target_missing', 'explanation_missing']);
    expect(r.byCode('target_missing')).toMatchObject({ severity: 'error', cell: `D${ROW + 1}` });
  });
  it('unreadable target (— or 无) on a quantity → target_missing', () => {
    expect(run({ target: '—', actual: '100' }).codes).toContain('target_missing');
    expect(run({ target: '无', actual: '2022年12月31日' }).codes).toContain('target_missing');
  });
  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!'])(
    'actual %s → 0, cell_error on the actual',
    (error) => {
      const r = run({ target: '≥90%', actual: { error } });
      expect(r.score).toBe(0);
      expect(r.method).toBe('none');
      expect(r.codes).toEqual(['cell_error', 'explanation_missing']);
      expect(r.byCode('cell_error')).toMatchObject({ severity: 'error', cell: `E${ROW + 1}` });
      expect(r.byCode('cell_error')!.message).toContain(error);
    },
  );
  it('target error → cell_error on the target', () => {
    const r = run({ target: { error: '#REF!' }, actual: '95%' });
    expect(r.byCode('cell_error')).toMatchObject({ cell: `D${ROW + 1}` });
    expect(r.byCode('cell_error')!.message).toContain('年度指标值');
  });
  it('weight error → cell_error on the weight, no explanation needed', () => {
    const r = run({ target: '≥90%', actual: '95%', weight: { error: '#N/A' } });
    expect(r.score).toBe(0);
    expect(r.scored.weight).toBeNull();
    expect(r.codes).toEqual(['cell_error']);
    expect(r.byCode('cell_error')).toMatchObject({ cell: `F${ROW + 1}` });
  });
  it('an empty weight → weight_missing (error), 0', () => {
    const r = run({ target: '≥90%', actual: '95%', weight: null });
    expect(r.score).toBe(0);
    expect(r.codes).toEqual(['weight_missing']);
  });
  it('a weight that holds text which is no number → weight_unreadable quoting it, 0 (§11.7)', () => {
    for (const [weight, quoted] of [
      ['—', '—'],
      ['待定', '待定'],
      ['十分重要', '十分重要'],
      [true, '是'],
    ] as const) {
      const r = run({ target: '≥90%', actual: '95%', weight });
      expect(r.score).toBe(0);
      expect(r.codes).toEqual(['weight_unreadable']);
      expect(r.findings[0]!.params).toEqual({ weight: quoted });
    }
  });
  it('a weight in words is points (§11.7, §9.4 numerals): 两分, 十五, 十分, 二十分, 20分', () => {
    for (const [weight, points] of [
      ['两分', 2],
      ['十五', 15],
      ['十分', 10],
      ['二十分', 20],
      ['20分', 20],
      ['一百', 100],
    ] as const) {
      const r = run({ target: '≥90%', actual: '95%', weight });
      expect([weight, r.scored.weight, r.score, r.codes]).toEqual([weight, points, points, []]);
    }
  });
  it('a score typed in words is read as points too (§11.7): 两分 where 2 is due is no change', () => {
    const r = run({ target: '≥90%', actual: '95%', weight: 2, score: '两分' });
    expect(r.codes).toEqual([]);
  });
  it('a weight written as text with 分 or in full width is a number', () => {
    expect(run({ target: '≥90%', actual: '95%', weight: '５分' }).scored.weight).toBe(5);
  });
  it('any non-empty explanation counts, a formula-looking text too (§8.2)', () => {
    expect(run({ target: '≥90%', actual: '45%', explanation: '=A1+1' }).codes).toEqual([]);
    expect(run({ target: '≥90%', actual: '45%', explanation: 0 }).codes).toEqual([]);
  });
  it('explanation_missing names the score cell when there is no explanation column', () => {
    const ind = { ...row({ target: '≥90%', actual: '45%' }), explanation: null };
    const out = scoreIndicator(ind, { sheet: SHEET, year: 2022, profile: MOF2020, record: null });
    expect(out.findings.find((f) => f.code === 'explanation_missing')).toMatchObject({
      cell: `G${ROW + 1}`,
    });
  });
});

describe('split columns (§8.8)', () => {
  it('operator and unit come from their columns; target and actual are composed', () => {
    const r = run({ target: 300, actual: 280, nature: '≥', unit: '件', ...EXPLAINED });
    expect(r.scored.target).toBe('≥300件');
    expect(r.scored.actual).toBe('280件');
    expect(r.score).toBe(9.33);
  });
  it('a value that repeats the operator of its nature column is read once', () => {
    const r = run({ target: '≥300', actual: 300, nature: '≥', unit: '件' });
    expect(r.scored.target).toBe('≥300件');
    expect(r.score).toBe(10);
    expect(r.method).toBe('higher');
  });
  it('an actual that carries the unit the unit cell names in brackets is read once (§9.3)', () => {
    // 成安县民政局 2020 (corpus A14): 符号 >=, 数值 98, 单位 %(百分比), 实际完成值 100%.
    const r = run({ target: 98, actual: '100%', nature: '>=', unit: '%(百分比)' });
    expect(r.scored.actual).toBe('100%');
    expect(r.score).toBe(10);
    expect(r.codes).toEqual([]);
    expect(run({ target: 95, actual: 93, nature: '≥', unit: '（%）', ...EXPLAINED }).score).toBe(
      9.79,
    );
  });
  it('a ≤ in the nature column makes it lower-is-better', () => {
    expect(run({ target: 5, actual: 10, nature: '≤', unit: '%', ...EXPLAINED }).score).toBe(5);
  });
  it('定性 forces qualitative scoring', () => {
    const r = run({ target: '100', actual: '100', nature: '定性' });
    expect(r.method).toBe('qualitative');
    expect(r.codes).toEqual(['qualitative_auto']);
  });
});

describe('manual scores (§4, §8.10)', () => {
  const judged = { target: '全面完成', actual: '部分完成', ...EXPLAINED }; // band B, default 7
  const record = (value: number | string): WriteRecord => ({
    profile: 'mof2020',
    writtenAt: null,
    values: { [`${SHEET}!G${ROW + 1}`]: value },
  });

  it('no record: any existing score counts as typed; a quantitative score that differs → score_changed (info)', () => {
    const r = run({ target: '≥90%', actual: '95%', score: 8 });
    expect(r.score).toBe(10);
    expect(r.codes).toEqual(['score_changed']);
    expect(r.byCode('score_changed')).toMatchObject({ severity: 'info', cell: `G${ROW + 1}` });
    expect(r.byCode('score_changed')!.message).toContain('原得分8');
    expect(r.scored.previous).toBe(8);
  });
  it('a typed score equal to the computed one → no finding', () => {
    expect(run({ target: '≥90%', actual: '95%', score: 10 }).codes).toEqual([]);
    expect(run({ target: '≥90%', actual: '95%', score: '10' }).codes).toEqual([]);
  });
  it('record equal to the cell → not manual: no score_changed even when the result changes', () => {
    expect(run({ target: '≥90%', actual: '95%', score: 8 }, MOF2020, record(8)).codes).toEqual([]);
  });
  it('record different from the cell → manual', () => {
    expect(run({ target: '≥90%', actual: '95%', score: 8 }, MOF2020, record(9)).codes).toEqual([
      'score_changed',
    ]);
  });
  it('a record entry for another cell leaves this one manual', () => {
    const other: WriteRecord = { profile: null, writtenAt: null, values: { [`${SHEET}!G1`]: 8 } };
    expect(run({ target: '≥90%', actual: '95%', score: 8 }, MOF2020, other).codes).toEqual([
      'score_changed',
    ]);
  });
  it('judgement case: a manual score inside the band is kept, with nothing extra', () => {
    const r = run({ ...judged, score: 6.5 });
    expect(r.score).toBe(6.5);
    expect(r.scored.manualKept).toBe(true);
    expect(r.codes).toEqual(['needs_judgement']);
    expect(r.byCode('needs_judgement')).toMatchObject({ params: { score: '6.5' } });
    expect(r.scored.basis).toContain('保留手工得分6.5分');
  });
  it('judgement case: band edges — 60% kept, 80% replaced', () => {
    expect(run({ ...judged, score: 6 }).score).toBe(6);
    const r = run({ ...judged, score: 8 });
    expect(r.score).toBe(7);
    expect(r.codes).toEqual(['needs_judgement', 'manual_score_out_of_band']);
  });
  it('judgement case: outside the band → band default, manual_score_out_of_band (warning)', () => {
    const r = run({ ...judged, score: 9 });
    expect(r.score).toBe(7);
    expect(r.scored.manualKept).toBe(false);
    expect(r.byCode('manual_score_out_of_band')).toMatchObject({
      severity: 'warning',
      cell: `G${ROW + 1}`,
    });
    expect(r.byCode('manual_score_out_of_band')!.message).toContain('改为7分');
    expect(r.codes).not.toContain('score_changed');
  });
  it('judgement case: a text score is out of band', () => {
    expect(run({ ...judged, score: '良' }).codes).toContain('manual_score_out_of_band');
  });
  it('band A judgement cases keep a manual score inside [80%, 100%]', () => {
    expect(run({ target: '应保尽保', actual: '应保尽保', score: 8.5 }).score).toBe(8.5);
    expect(run({ target: '应保尽保', actual: '应保尽保', score: 7.9, ...EXPLAINED }).score).toBe(
      10,
    );
  });
  it('band C keeps a manual 0', () => {
    expect(run({ target: '全面完成', actual: '未完成', score: 0, ...EXPLAINED }).score).toBe(0);
  });
  it('a kept manual score is rounded to 2 decimals', () => {
    expect(run({ ...judged, score: 6.666 }).score).toBe(6.67);
  });
  it('a manual score above the weight → score_exceeds_weight (error) and the computed score', () => {
    const r = run({ target: '≥90%', actual: '95%', score: 12 });
    expect(r.score).toBe(10);
    expect(r.codes).toEqual(['score_exceeds_weight', 'score_changed']);
    expect(r.byCode('score_exceeds_weight')).toMatchObject({ severity: 'error' });
  });
  it('a pre-existing score above the weight is reported even when selfeval wrote it', () => {
    expect(run({ target: '≥90%', actual: '95%', score: 12 }, MOF2020, record(12)).codes).toEqual([
      'score_exceeds_weight',
    ]);
  });
  it('an empty score cell is no manual score', () => {
    expect(run({ target: '≥90%', actual: '95%', score: '' }).codes).toEqual([]);
  });
});

describe('the scored indicator', () => {
  it('carries row, cell, texts and basis', () => {
    const r = run({ target: '≥90%', actual: '81%', ...EXPLAINED });
    expect(r.scored).toMatchObject({
      name: '救助人数',
      level1: '产出指标',
      level2: '数量指标',
      row: ROW + 1,
      target: '≥90%',
      actual: '81%',
      weight: 10,
      score: 9,
      method: 'higher',
      band: null,
      cell: `G${ROW + 1}`,
      explanation: '已说明原因',
      manualKept: false,
    });
    expect(r.scored.basis).toContain('按完成比例得9分');
  });
  it('every message names the sheet and the cell in Chinese', () => {
    const r = run({ target: '≥90%', actual: { error: '#N/A' } });
    for (const f of r.findings) expect(f.message).toContain(`工作表“${SHEET}”`);
  });
});
