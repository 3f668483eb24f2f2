/**
 * One indicator scored by its numbers (SCORING.md §2, §3, §8): higher and lower is better with
 * their boundaries, the direction inferred, deviation over the target, ranges, units that do not
 * convert, mof2021's floor and satisfaction steps, and how 评分依据 quotes a side written without
 * its unit. Rows are built directly (scoreIndicator.testkit.ts), so these tests do not depend on
 * the form reader.
 */
import { MOF2021 } from '../rules/profiles';
import { EXPLAINED, ROW, SHEET, run } from './scoreIndicator.testkit';

describe('higher is better (≥ > =, bare)', () => {
  it('a ≥ t → w, no finding', () => {
    const r = run({ target: '≥90%', actual: '95%' });
    expect(r.score).toBe(10);
    expect(r.method).toBe('higher');
    expect(r.codes).toEqual([]);
    expect(r.scored.reading).toEqual({
      target: 0.9,
      targetHigh: null,
      actual: 0.95,
      unit: '%',
      mode: 'proportional',
    });
  });
  it('a = t → w (boundary)', () => {
    expect(run({ target: '≥90%', actual: '90%' }).score).toBe(10);
  });
  it('> is scored like ≥: a = t → w (§8.4)', () => {
    expect(run({ target: '>90%', actual: '90%' }).score).toBe(10);
  });
  it('a < t → w × a / t, explanation_missing when 偏差原因 is empty', () => {
    const r = run({ target: '≥40次', actual: '38次', weight: 2 });
    expect(r.score).toBe(1.9);
    expect(r.codes).toEqual(['explanation_missing']);
    expect(r.byCode('explanation_missing')).toMatchObject({
      cell: `H${ROW + 1}`,
      severity: 'warning',
      sheet: SHEET,
      indicator: '救助人数',
    });
    expect(r.byCode('explanation_missing')!.message).toContain('偏差原因分析及改进措施');
  });
  it('a < t with an explanation: no finding', () => {
    expect(run({ target: '≥40次', actual: '38次', weight: 2, ...EXPLAINED }).codes).toEqual([]);
  });
  it('an actual that is a bound (大于90%) means the bound was reached', () => {
    expect(run({ target: '≥90%', actual: '大于90%' }).score).toBe(10);
  });
  it('= target: higher is better', () => {
    expect(run({ target: '=100%', actual: '95%', ...EXPLAINED }).score).toBe(9.5);
  });
  it('number cells: a % number format makes a percent, a bare 95 against 90% means 95%', () => {
    expect(
      run({ target: 0.9, targetFormat: '0%', actual: 0.81, actualFormat: '0%', ...EXPLAINED })
        .score,
    ).toBe(9);
    expect(run({ target: '≥90%', actual: 81, ...EXPLAINED }).score).toBe(9);
  });
  it('万 and 元 reconcile', () => {
    expect(run({ target: '≥1000万元', actual: '12000000元' }).score).toBe(10);
    expect(run({ target: '≥5.3万人', actual: '26500人', ...EXPLAINED }).score).toBe(5);
  });
  it('full-width and thousands separators', () => {
    expect(run({ target: '≥ ３,６３３人次', actual: '３,６３３人次' }).score).toBe(10);
  });
  it('t = 0 → w when a ≥ 0', () => {
    expect(run({ target: '≥0', actual: '0' }).score).toBe(10);
  });
});

describe('deviation_over_target (§5, §8.9)', () => {
  it('a = 1.3 t (boundary) → finding and explanation_missing, full score', () => {
    const r = run({ target: '≥100人', actual: '130人' });
    expect(r.score).toBe(10);
    expect(r.codes).toEqual(['deviation_over_target', 'explanation_missing']);
    expect(r.byCode('deviation_over_target')).toMatchObject({
      cell: `E${ROW + 1}`,
      severity: 'warning',
    });
  });
  it('a just under 1.3 t → no finding', () => {
    expect(run({ target: '≥100人', actual: '129.9人' }).codes).toEqual([]);
  });
  it('applies to inferred higher-is-better bare targets and to =', () => {
    expect(run({ target: '100', actual: '200', ...EXPLAINED }).codes).toEqual([
      'deviation_over_target',
    ]);
    expect(run({ target: '=100', actual: '200', ...EXPLAINED }).codes).toEqual([
      'deviation_over_target',
    ]);
  });
  it('never for lower-is-better', () => {
    expect(run({ target: '≤100', actual: '10' }).codes).toEqual([]);
  });
  it('an explanation satisfies it', () => {
    expect(run({ target: '≥100人', actual: '200人', ...EXPLAINED }).codes).toEqual([
      'deviation_over_target',
    ]);
  });
  it('also for satisfaction indicators scored on mof2021 steps', () => {
    const r = run(
      {
        name: '服务对象满意度',
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        target: '≥60%',
        actual: '95%',
        ...EXPLAINED,
      },
      MOF2021,
    );
    expect(r.score).toBe(10);
    expect(r.codes).toEqual(['deviation_over_target']);
  });
});

describe('lower is better (≤ <) and inferred direction', () => {
  it('a ≤ t → w; a > t → w × t / a', () => {
    expect(run({ target: '≤5%', actual: '3%' }).score).toBe(10);
    expect(run({ target: '≤5%', actual: '5%' }).score).toBe(10);
    const r = run({ target: '≤5%', actual: '10%', ...EXPLAINED });
    expect(r.score).toBe(5);
    expect(r.method).toBe('lower');
  });
  it('< is scored like ≤ (§8.4)', () => {
    expect(run({ target: '<5%', actual: '5%' }).score).toBe(10);
  });
  it('t = 0 and a > 0 → 0', () => {
    expect(run({ target: '≤0起', actual: '1起', ...EXPLAINED }).score).toBe(0);
  });
  it('bare target under 成本指标 → lower, direction_inferred (info) on the target cell', () => {
    const r = run({
      level1: '成本指标',
      level2: '经济成本指标',
      name: '人均成本',
      target: '500元',
      actual: '600元',
      ...EXPLAINED,
    });
    expect(r.method).toBe('lower');
    expect(r.score).toBe(8.33);
    expect(r.byCode('direction_inferred')).toMatchObject({ severity: 'info', cell: `D${ROW + 1}` });
    expect(r.byCode('direction_inferred')!.message).toContain('成本指标');
  });
  it('bare target whose name says 投诉 → lower with direction_inferred', () => {
    const r = run({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '群众投诉次数',
      target: '5次',
      actual: '2次',
    });
    expect(r.method).toBe('lower');
    expect(r.score).toBe(10);
    expect(r.codes).toEqual(['direction_inferred']);
  });
  it('bare target read as higher-is-better: no direction_inferred (§8.3)', () => {
    expect(run({ target: '100户', actual: '100户' }).codes).toEqual([]);
  });
  it('an operator overrides the name', () => {
    expect(run({ name: '运行成本', target: '≥100', actual: '100' }).method).toBe('higher');
  });
});

describe('ranges', () => {
  it('inside → w; ends included', () => {
    expect(run({ target: '85%-95%', actual: '85%' }).score).toBe(10);
    expect(run({ target: '85%～95%', actual: '95%' }).score).toBe(10);
    expect(run({ target: '85%-95%', actual: '90%' }).method).toBe('range');
  });
  it('below → w × a / lo; above → w × hi / a', () => {
    expect(run({ target: '80%-90%', actual: '40%', ...EXPLAINED }).score).toBe(5);
    expect(run({ target: '50%-80%', actual: '100%', ...EXPLAINED }).score).toBe(8);
  });
  it('a range target with units', () => {
    expect(run({ target: '10-20个', actual: '5个', ...EXPLAINED }).score).toBe(5);
  });
});

describe('unit_mismatch (§2)', () => {
  it('% against 个 → unit_mismatch, judged as a qualitative case', () => {
    const r = run({ target: '≥90%', actual: '12个' });
    expect(r.codes).toEqual(['unit_mismatch']);
    expect(r.method).toBe('qualitative');
    expect(r.scored.band).toBe('A');
    expect(r.score).toBe(10);
    expect(r.byCode('unit_mismatch')!.message).toContain('单位不一致');
  });
  it('a missing unit on one side is accepted', () => {
    expect(run({ target: '≥100人', actual: '100' }).codes).toEqual([]);
  });
  it('a manual score inside the band is kept for a mismatch (judgement case)', () => {
    const r = run({ target: '≥90%', actual: '12个', score: 9 });
    expect(r.score).toBe(9);
    expect(r.scored.manualKept).toBe(true);
  });
});

describe('mof2021', () => {
  it('completion ratio 0.8 → w × 0.5, 0.6 → 0, 1 → w', () => {
    expect(run({ target: '≥100', actual: '80', ...EXPLAINED }, MOF2021).score).toBe(5);
    expect(run({ target: '≥100', actual: '60', ...EXPLAINED }, MOF2021).score).toBe(0);
    expect(run({ target: '≥100', actual: '100' }, MOF2021).score).toBe(10);
    expect(run({ target: '≤80', actual: '100', ...EXPLAINED }, MOF2021).score).toBe(5);
  });
  it('the basis names the floor', () => {
    expect(run({ target: '≥100', actual: '80', ...EXPLAINED }, MOF2021).scored.basis).toContain(
      '60%起评',
    );
  });
  it('satisfaction steps use the actual rate itself', () => {
    const sat = {
      name: '群众满意度',
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      target: '≥90%',
      ...EXPLAINED,
    };
    expect(run({ ...sat, actual: '90%' }, MOF2021).score).toBe(10);
    expect(run({ ...sat, actual: '85%' }, MOF2021).score).toBe(8);
    expect(run({ ...sat, actual: '80%' }, MOF2021).score).toBe(8);
    expect(run({ ...sat, actual: '79%' }, MOF2021).score).toBe(5);
    expect(run({ ...sat, actual: '60%' }, MOF2021).score).toBe(5);
    expect(run({ ...sat, actual: '59%' }, MOF2021).score).toBe(0);
    expect(run({ ...sat, actual: '85%' }, MOF2021).scored.reading.mode).toBe('satisfaction');
  });
  it('mof2020 scores satisfaction proportionally', () => {
    expect(
      run({
        name: '群众满意度',
        level2: '满意度指标',
        target: '≥90%',
        actual: '88%',
        weight: 2.5,
        ...EXPLAINED,
      }).score,
    ).toBe(2.44);
  });
  it('a negative actual against a zero target never throws', () => {
    expect(run({ target: '≥0', actual: '-5', ...EXPLAINED }, MOF2021).score).toBe(0);
  });
});

describe('评分依据 with a unit on one side only (SCORING.md §2)', () => {
  it('reads a bare actual in the target’s unit as written (万元) and says so', () => {
    // ≤90万元 is 900000 元; the bare 90 is read as 90万元 (the same order of magnitude as the
    // target, as a reviewer reads it): 900000 ≤ 900000 → full 10 points.
    const r = run({ level2: '成本指标', target: '≤90万元', actual: 90 });
    expect(r.score).toBe(10);
    expect(r.scored.basis).toBe(
      '实际90（未写单位，按年度指标值的单位“万元”计）不高于目标90万元，得满分10分',
    );
    expect(r.scored.basis).not.toContain('90元');
  });
  it('a bare 95 against ≤90万元 is 95万元, over the target: no silent full mark', () => {
    // Lower is better: 10 × 900000 / 950000 = 9.4736… → 9.47 (read as 95元 it would get 10).
    const r = run({ level2: '成本指标', target: '≤90万元', actual: 95, ...EXPLAINED });
    expect(r.score).toBe(9.47);
  });
  it('a bare number already of the target’s magnitude stays as written (12500 against ≥1.2万人)', () => {
    // 12500 is nearer 12000 than 12500万 is: 12500 ≥ 12000 → full 10 points.
    const r = run({ target: '≥1.2万人', actual: 12500 });
    expect(r.score).toBe(10);
    expect(r.scored.basis).toContain('（未写单位，按年度指标值的单位“人”计）');
  });
  it('quotes a bare target as written when only the actual has a unit', () => {
    // ≥100 against 80人: 80 < 100 → 10 × 80 / 100 = 8.
    const r = run({ target: '≥100', actual: '80人', ...EXPLAINED });
    expect(r.score).toBe(8);
    expect(r.scored.basis).toBe(
      '实际80人低于目标100（未写单位，按实际完成值的单位“人”计），按完成比例得8分',
    );
  });
  it('a bare number against a percent is still quoted as the percent it was read as', () => {
    expect(run({ target: '≥90%', actual: 95 }).scored.basis).toBe(
      '实际95%不低于目标90%，得满分10分',
    );
  });
  it('a bare actual inside a target range is quoted as written', () => {
    const r = run({ target: '80-100人', actual: 90 });
    expect(r.scored.basis).toContain('实际90（未写单位，按年度指标值的单位“人”计）在目标区间');
  });
});
