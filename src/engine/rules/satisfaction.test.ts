/** Satisfaction steps of 财预〔2021〕101号 (SCORING.md §7). */
import { MOF2021 } from './profiles';
import { isSatisfaction, scoreSatisfaction } from './satisfaction';

describe('isSatisfaction', () => {
  it('by second level or by name', () => {
    expect(isSatisfaction('满意度指标', '服务对象满意度指标', '群众评价')).toBe(true);
    expect(isSatisfaction('效益指标', '社会效益指标', '受助群众满意度')).toBe(true);
    expect(isSatisfaction('效益指标', '社会效益指标', '救助覆盖率')).toBe(false);
  });
});

describe('scoreSatisfaction', () => {
  const steps = MOF2021.satisfaction!;
  it.each([
    [0.95, 10],
    [0.9, 10],
    [0.8999, 8],
    [0.8, 8],
    [0.7999, 5],
    [0.6, 5],
    [0.5999, 0],
    [0, 0],
  ])('rate %p → %p of 10', (rate, score) => {
    expect(scoreSatisfaction(10, rate, steps)).toBe(score);
  });
  it('rounds factor × w', () => expect(scoreSatisfaction(2.5, 0.85, steps)).toBe(2));
});
