/**
 * One indicator, rule by rule (SCORING.md §2–§4, §8): happy path, boundaries, missing values,
 * wrong types, Excel errors, split columns and manual scores. Rows are built directly, so these
 * tests do not depend on the parser.
 */
import { type CellValue, parseA1 } from '../base/cells';
import type { FindingCode } from '../findings/codes';
import { describeFindings } from '../findings/messages';
import type { IndicatorRow } from '../read/formModel';
import type { CellRef } from '../read/sheetView';
import { HUBEI_LEGACY, MOF2020, MOF2021, type Profile } from '../rules/profiles';
import { type IndicatorContext, scoreIndicator } from './scoreIndicator';
import type { WriteRecord } from '../base/snapshot';

const SHEET = '项目支出绩效自评表';
const ROW = 8; // 0-based: the indicator sits on sheet row 9

function ref(col: string, value: CellValue | undefined, format?: string): CellRef | null {
  if (value === undefined) return null;
  const address = `${col}${ROW + 1}`;
  const { row, col: c } = parseA1(address);
  return { address, row, col: c, value, format };
}

interface RowSpec {
  name?: string;
  level1?: string;
  level2?: string;
  target?: CellValue;
  actual?: CellValue;
  weight?: CellValue;
  score?: CellValue;
  explanation?: CellValue;
  nature?: CellValue;
  unit?: CellValue;
  targetFormat?: string;
  actualFormat?: string;
}

/** Columns: A 一级, B 二级, C 三级, D 年度指标值, E 实际完成值, F 分值, G 得分, H 偏差原因, I 指标性质, J 单位. */
function row(spec: RowSpec): IndicatorRow {
  return {
    row: ROW,
    name: spec.name ?? '救助人数',
    nameCell: `C${ROW + 1}`,
    level1: spec.level1 ?? '产出指标',
    level2: spec.level2 ?? '数量指标',
    target: ref('D', 'target' in spec ? spec.target : null, spec.targetFormat),
    actual: ref('E', 'actual' in spec ? spec.actual : null, spec.actualFormat),
    weight: ref('F', 'weight' in spec ? spec.weight : 10),
    score: ref('G', 'score' in spec ? spec.score : null),
    explanation: ref('H', 'explanation' in spec ? spec.explanation : null),
    nature: ref('I', spec.nature),
    unit: ref('J', spec.unit),
  };
}

function run(spec: RowSpec, profile: Profile = MOF2020, record: WriteRecord | null = null) {
  const ctx: IndicatorContext = { sheet: SHEET, year: 2022, profile, record };
  const scored = scoreIndicator(row(spec), ctx);
  const out = { ...scored, findings: describeFindings(scored.findings) };
  const codes = out.findings.map((f) => f.code);
  const byCode = (code: FindingCode) => out.findings.find((f) => f.code === code);
  return { ...out, codes, byCode, score: out.scored.score, method: out.scored.method };
}

const EXPLAINED = { explanation: '已说明原因' };

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

describe('deadlines (§3, §8.7)', () => {
  it('on or before → w, no finding', () => {
    const r = run({ target: '2022年12月31日前', actual: '2022年12月31日' });
    expect(r.score).toBe(10);
    expect(r.method).toBe('deadline');
    expect(r.codes).toEqual([]);
  });
  it('按时 / 提前 / 已完成 → w', () => {
    expect(run({ target: '12月底前', actual: '按时完成' }).score).toBe(10);
    expect(run({ target: '年底前', actual: '提前完成' }).score).toBe(10);
    expect(run({ target: '2022年12月', actual: '已完成' }).score).toBe(10);
  });
  it('a later date → band B 70%, needs_judgement', () => {
    const r = run({ target: '2022年6月30日前', actual: '2022年8月15日', ...EXPLAINED });
    expect(r.score).toBe(7);
    expect(r.scored.band).toBe('B');
    expect(r.codes).toEqual(['needs_judgement']);
  });
  it('延期 / 未按时 / 滞后 → band C 30%, needs_judgement', () => {
    for (const actual of ['延期完成', '未按时完成', '进度滞后']) {
      const r = run({ target: '12月底前', actual, ...EXPLAINED });
      expect(r.score).toBe(3);
      expect(r.codes).toEqual(['needs_judgement']);
    }
  });
  it('a calendar year alone is a deadline: the same year → w, a later year → band B', () => {
    // 鄂州市财政局 2019 (corpus A11/A12): 完成时限 2019年 / 2020年 is late, not 2020 ≥ 2019.
    const met = run({ target: '2019年', actual: '2019年' });
    expect(met.method).toBe('deadline');
    expect(met.score).toBe(10);
    const late = run({ target: '2019年', actual: '2020年', ...EXPLAINED });
    expect(late.score).toBe(7);
    expect(late.scored.band).toBe('B');
    expect(late.codes).toEqual(['needs_judgement']);
    expect(run({ target: '2019年', actual: '2019年11月' }).score).toBe(10);
  });
  it('a date cell target works like a written deadline', () => {
    expect(run({ target: { date: '2022-12-31' }, actual: { date: '2022-11-30' } }).score).toBe(10);
  });
  it('a met deadline overwriting a typed score reports score_changed (§8.10)', () => {
    expect(run({ target: '年底前', actual: '按时完成', score: 8 }).codes).toEqual([
      'score_changed',
    ]);
  });
});

describe('qualitative (§4, §8.6)', () => {
  it('actual equal to the target text → A, w, qualitative_auto (info)', () => {
    const r = run({ target: '应保尽保', actual: '应保尽保' });
    expect(r.score).toBe(10);
    expect(r.method).toBe('qualitative');
    expect(r.scored.band).toBe('A');
    expect(r.codes).toEqual(['qualitative_auto']);
    expect(r.byCode('qualitative_auto')).toMatchObject({ severity: 'info', cell: `E${ROW + 1}` });
  });
  it('achievement phrase → A, qualitative_auto', () => {
    expect(run({ target: '效果明显', actual: '效果显著' }).codes).toEqual(['qualitative_auto']);
  });
  it('部分 → B, 70%, needs_judgement (warning)', () => {
    const r = run({ target: '全面完成', actual: '部分完成', ...EXPLAINED });
    expect(r.score).toBe(7);
    expect(r.byCode('needs_judgement')).toMatchObject({ severity: 'warning' });
  });
  it('未 → C, 30%', () => {
    expect(run({ target: '全面完成', actual: '未完成', ...EXPLAINED }).score).toBe(3);
  });
  it('a description without marker → A, w, needs_judgement', () => {
    const r = run({ target: '不低于上年', actual: '上调至780元/月' });
    expect(r.score).toBe(10);
    expect(r.codes).toEqual(['needs_judgement']);
  });
  it('a text where a number belongs is read as qualitative', () => {
    const r = run({ target: '≥90%', actual: '较好' });
    expect(r.method).toBe('qualitative');
    expect(r.codes).toEqual(['needs_judgement']);
  });
  it('a boolean actual reads as 是/否', () => {
    expect(run({ target: '是', actual: true }).codes).toEqual(['qualitative_auto']);
    expect(run({ target: '是', actual: false, ...EXPLAINED }).score).toBe(3);
  });
  it('an empty target with a qualitative actual is still judged', () => {
    expect(run({ target: null, actual: '已完成' }).codes).toEqual(['qualitative_auto']);
  });
});

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
  it('weight missing or text → weight_missing (error), 0', () => {
    for (const weight of [null, '十分', '—', true]) {
      const r = run({ target: '≥90%', actual: '95%', weight });
      expect(r.score).toBe(0);
      expect(r.codes).toEqual(['weight_missing']);
    }
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

describe('profile band defaults come from the profile, band A included', () => {
  it('gives a band-A judgement the profile’s A default', () => {
    const strict: Profile = {
      ...MOF2020,
      id: 'strict',
      bands: { ...MOF2020.bands, A: { min: 0.8, max: 1, default: 0.9 } },
    };
    const { scored } = run(
      { target: '应保尽保', actual: '应保尽保', weight: 10, explanation: '—' },
      strict,
    );
    expect(scored.band).toBe('A');
    expect(scored.score).toBe(9);
  });
});

describe('judgement bands come from the profile in force (SCORING.md §10)', () => {
  // hubei-legacy: B is [50%, 80%) of the 分值, default 65% (profiles/hubei-legacy.json), where
  // mof2020 has [60%, 80%), default 70%. For 分值 10: B is 5 (included) to 8 (excluded) points.
  it('hubei-legacy: 部分完成 → B, 10 × 0.65 = 6.5; a manual 9 is outside B’s 5–8 points', () => {
    const r = run({ target: '全面完成', actual: '部分完成', score: 9, ...EXPLAINED }, HUBEI_LEGACY);
    expect(r.score).toBe(6.5);
    expect(r.byCode('needs_judgement')?.message).toContain('暂按“部分达成”计6.5分');
    expect(r.byCode('manual_score_out_of_band')?.message).toContain('“部分达成”档5–8分之间');
  });
  it('hubei-legacy: a manual 5.5 lies in B (5 ≤ 5.5 < 8) and is kept; under mof2020 it is not (< 6)', () => {
    const legacy = run(
      { target: '全面完成', actual: '部分完成', score: 5.5, ...EXPLAINED },
      HUBEI_LEGACY,
    );
    expect(legacy.score).toBe(5.5);
    expect(legacy.codes).not.toContain('manual_score_out_of_band');
    const mof = run({ target: '全面完成', actual: '部分完成', score: 5.5, ...EXPLAINED });
    expect(mof.score).toBe(7);
    expect(mof.byCode('manual_score_out_of_band')?.message).toContain('“部分达成”档6–8分之间');
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
