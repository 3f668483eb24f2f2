/**
 * One indicator scored by judgement (SCORING.md §3, §4, §8.6, §8.7, §10): deadlines met, late or
 * delayed, qualitative actuals and their bands, and band defaults and limits taken from the
 * profile in force. Rows are built directly (scoreIndicator.testkit.ts), so these tests do not
 * depend on the form reader.
 */
import { HUBEI_LEGACY, MOF2020, type Profile } from '../rules/profiles';
import { EXPLAINED, ROW, run } from './scoreIndicator.testkit';

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
