/** Direction of a quantity (SCORING.md §2 last paragraph, §8.3). */
import { directionOf } from './direction';

describe('directionOf', () => {
  it.each([['>='], ['>'], ['=']] as const)('operator %s: higher is better, not inferred', (op) => {
    expect(directionOf(op, '成本指标', '经济成本指标', '运行成本')).toEqual({
      better: 'higher',
      inferred: false,
      reason: null,
    });
  });
  it.each([['<='], ['<']] as const)('operator %s: lower is better, not inferred', (op) => {
    expect(directionOf(op, '产出指标', '数量指标', '救助人数')).toEqual({
      better: 'lower',
      inferred: false,
      reason: null,
    });
  });
  it('bare number under 成本指标 (first level): lower, inferred, reason names the level', () => {
    const d = directionOf(null, '成本指标', '经济成本指标', '人均救助标准');
    expect(d.better).toBe('lower');
    expect(d.inferred).toBe(true);
    expect(d.reason).toContain('成本指标');
  });
  it('bare number under a 成本 second level: lower', () => {
    expect(directionOf(null, '产出指标', '成本指标', '单价').better).toBe('lower');
  });
  it.each([
    '成本',
    '费用',
    '经费',
    '支出',
    '故障率',
    '事故',
    '投诉',
    '差错',
    '结余率',
    '超支',
    '发生率',
    '损失',
    '违规',
  ])('a name containing %s: lower, the reason quotes the word', (word) => {
    const d = directionOf(null, '效益指标', '社会效益指标', `年度${word}数`);
    expect(d).toEqual({ better: 'lower', inferred: true, reason: `指标名称含“${word}”` });
  });
  it('any other bare number: higher, inferred, no reason', () => {
    expect(directionOf(null, '产出指标', '数量指标', '救助人数')).toEqual({
      better: 'higher',
      inferred: true,
      reason: null,
    });
  });
});
