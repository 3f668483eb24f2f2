/**
 * Corpus part D: pairs copied from the published forms of sourcesD.ts, as the pages print them,
 * each scored by hand from SCORING.md (MOF2020): §3 formulas rounded half-up to 2 decimals, §4 and
 * §8.6 for text, §9 for the readings of real forms. A row's `why` says which rule decides where the
 * score is not a plain full mark.
 */
import type { Pair } from './pair';

type Code = Pair['code'];

/** One row: [level1, level2] then the row as the form prints it, then the hand score. */
function row(
  source: string,
  [level1, level2]: readonly [string, string],
  name: string,
  target: string | number,
  actual: string | number,
  weight: number,
  score: number,
  code: Code = null,
  why?: string,
): Pair {
  return {
    source,
    level1,
    level2,
    name,
    target,
    actual,
    weight,
    score,
    code,
    ...(why ? { why } : {}),
  };
}

const QTY = ['产出指标', '数量指标'] as const;
const QUAL = ['产出指标', '质量指标'] as const;
const TIME = ['产出指标', '时效指标'] as const;
const COST = ['产出指标', '成本指标'] as const;
const ECON = ['效益指标', '经济效益指标'] as const;
const SOC = ['效益指标', '社会效益指标'] as const;

export const PAIRS_D: readonly Pair[] = [
  // D1 零陵区林业局 2021 部门整体: one value column; 万亩 and 亿元 carry multipliers (§2).
  row('D1', QTY, '造林面积', '1.2万亩', '1.2万亩', 10, 10),
  row('D1', QTY, '病虫害防治面积', '3.45万亩', '3.45万亩', 7, 7),
  row('D1', QTY, '森林经营面积', '16.3万亩', '16.3万亩', 7, 7),
  row('D1', QUAL, '造林成活率', '85%', '85%', 7, 7),
  row(
    'D1',
    TIME,
    '当期完成',
    '90%',
    ' 100%',
    7,
    7,
    null,
    'bare 90% target, actual 100% (leading space as printed) ≥ → w',
  ),
  row(
    'D1',
    COST,
    '造林补助',
    '每亩300',
    '每亩300',
    6,
    6,
    'qualitative_auto',
    '“每亩300” puts the unit before the number: not a §2 number; the actual equals the target text (§4, §8.6 equality first) → A',
  ),
  row(
    'D1',
    COST,
    '育补助',
    '每亩100',
    '每亩100',
    6,
    6,
    'qualitative_auto',
    'name printed “育补助” (the page cut 抚育补助); as 造林补助: equal texts → A',
  ),
  row(
    'D1',
    ECON,
    '木材销售收入',
    '1100万元',
    '1093万元',
    6,
    5.96,
    null,
    '§3 higher (bare, not a cost word): 6 × 1093/1100 = 5.9618… → 5.96 (the form gave 5)',
  ),
  row(
    'D1',
    ECON,
    '林产品收入',
    '2.6亿元',
    '2.45亿元',
    6,
    5.65,
    null,
    '§3 higher: 6 × 2.45/2.6 = 5.6538… → 5.65 (the form gave 5)',
  ),
  row('D1', SOC, '提高就业率', ' 显著', ' 显著', 6, 6, 'qualitative_auto', 'equal texts (§4) → A'),
];
