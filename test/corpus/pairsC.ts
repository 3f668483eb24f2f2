/**
 * Corpus part C: pairs copied from the published forms of sourcesC.ts, as the pages print them,
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
const ECON = ['效益指标', '经济效益指标'] as const;
const SOC = ['效益指标', '社会效益指标'] as const;
const SUST = ['效益指标', '可持续影响指标'] as const;
const SAT = ['满意度指标', '服务对象满意度指标'] as const;

export const PAIRS_C: readonly Pair[] = [
  // C1 随州市急救中心 (Hubei): the weight is the 二级 label's (数量指标15分, 质量指标12分), one row each.
  row(
    'C1',
    QTY,
    '派车次数',
    '15000次',
    '17180',
    15,
    15,
    null,
    '§2 a missing unit on the actual is accepted; 17180 ≥ 15000 → w (17180/15000 = 1.15 < 1.3)',
  ),
  row('C1', QUAL, '调度员上岗培训', '100%', '100%', 12, 12),

  // C2 临翔区 野生动物收容所 2023 (Yunnan): one value column, units after the number.
  row('C2', QTY, '野生动物收容所', '≥200平方米', '204.46平方米', 10, 10),
  row('C2', QTY, '钢结构圈养围栏', '≥120米', '121.5米', 10, 10),
  row(
    'C2',
    TIME,
    '项目完工时限',
    '2023年12月',
    '2023年10月',
    15,
    15,
    null,
    '§3 deadline: 2023年10月 is on or before 2023年12月 → w, no finding (§8.7)',
  ),
  row('C2', QUAL, '项目竣工验收率', '100%', '100%', 15, 15),
  row('C2', ECON, '务工人员年人均增收', '≥8400元', '8400元', 10, 10),
  row('C2', SOC, '提供务工岗位', '≥5个', '5个', 10, 10),
  row('C2', SUST, '项目建成后可持续影响年限', '≥15年', '15年', 10, 10),

  // C3 保山市退役军人事务局 春节走访慰问 2022 (Yunnan). The form has no 分值 column: the weights
  // come from the first-level labels. 产出指标(60分) holds three rows whose 得分 are 20 + 20 + 20 = 60;
  // as no score exceeds its weight and the weights sum to 60, each weight is 20. 效益指标(10分) and
  // 满意度指标(10分) hold one row each, weight 10.
  row(
    'C3',
    QTY,
    '慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。',
    '100%',
    '100%',
    20,
    20,
    null,
    'weight derived from 产出指标(60分), see above',
  ),
  row('C3', QUAL, '补助经费足额拨付率', '100%', '100%', 20, 20),
  row(
    'C3',
    TIME,
    '春节前完成走访慰问',
    '按时限完成',
    '100%',
    20,
    20,
    'needs_judgement',
    '§8.5 按时限完成 is qualitative text (no date, no number); the actual 100% neither equals it nor is an achievement phrase and has no marker → §4 any other actual: band A, w, needs_judgement',
  ),
  row(
    'C3',
    SOC,
    '全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生',
    '小于5次',
    '无上访',
    10,
    10,
    'needs_judgement',
    '§4: the actual 无上访 is text (no number) against the quantity 小于5次; 无 is not a marker of §4 and §9.2 does not apply (小于5次 is no absence target) → any other actual: band A, w, needs_judgement',
  ),
  row('C3', SAT, '重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率', '100%', '100%', 10, 10),
];
