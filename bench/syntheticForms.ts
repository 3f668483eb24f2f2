/**
 * Deterministic, realistic workbooks of any size for the benchmark: one 部门整体支出 form and as
 * many 项目支出 forms as the indicator count needs, each with a budget block, an overall goal and
 * indicators whose 一级/二级 cells merge down, as the official templates do. Values mix what people
 * write: operators in signs and words, %, units, 万/亿, thousands separators, ranges, deadlines,
 * real date and percent-formatted number cells, qualitative phrases, the odd empty or #N/A cell,
 * manual scores and explanations. Every fourth project form uses split 指标性质/度量单位 columns.
 */
import ExcelJS from 'exceljs';
import { type CellInput, type FormSpec, buildForm } from '../scripts/formBuilder';

/** A tiny seeded PRNG (mulberry32): the same seed gives the same workbook on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
/** One generated value pair: name stem, target, actual. */
type Made = readonly [string, CellInput, CellInput];
type Template = (rng: Rng) => Made;

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
/** An actual near the target: mostly met, sometimes short, now and then far over (deviation). */
const near = (rng: Rng, t: number): number => {
  const x = rng();
  const f = x < 0.65 ? 1 + rng() * 0.1 : x < 0.9 ? 0.7 + rng() * 0.3 : 1.3 + rng() * 0.4;
  return Math.round(t * f);
};
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const QUANTITY: readonly Template[] = [
  (r) => {
    const t = int(r, 5, 80);
    return ['建成社区养老服务驿站', `≥${t}个`, `${near(r, t)}个`];
  },
  (r) => {
    const t = int(r, 100, 900);
    return ['特困老年人家庭适老化改造', `${t}户`, `${near(r, t)}户`];
  },
  (r) => {
    const t = int(r, 2, 9);
    return ['培训基层工作人员', `≥${t}.${int(r, 0, 9)}万人`, `${t}.${int(r, 0, 9)}万人`];
  },
  (r) => {
    const t = int(r, 1000, 5000);
    return ['临时性救助人次数', `不少于${t}人次`, `${thousands(near(r, t))}人次`];
  },
  (r) => {
    const t = int(r, 10, 60);
    return ['开展公益服务项目', `${t}个以上`, `${near(r, t)}个`];
  },
  (r) => {
    const t = int(r, 20, 60);
    return ['抽查审计社会组织', `大于等于${t}家`, `${near(r, t)}家`];
  },
  (r) => ['新增护理型床位', `≥${int(r, 100, 400)}张`, `${int(r, 60, 95)}%`], // unit_mismatch on purpose
];
const QUALITY: readonly Template[] = [
  (r) => ['社会组织参检率', `≥${int(r, 85, 95)}%`, `${int(r, 80, 99)}%`],
  (r) => ['资金发放准确率', '=100%', pick(r, ['100%', '99.5%'])],
  (r) => [
    '救助供养标准',
    '不低于上年',
    pick(r, ['上调至780元/月、550元/月', '不低于上年', '与上年持平']),
  ],
  (r) => ['工程验收合格率', `≥${int(r, 90, 98)}%`, { value: int(r, 88, 100) / 100, numFmt: '0%' }],
  (r) => ['数据填报完整率', `${int(r, 80, 85)}%～${int(r, 92, 96)}%`, `${int(r, 78, 99)}%`],
  (r) => ['安全风险隐患排查', '全面排查', pick(r, ['全面排查', '基本完成', '部分完成'])],
];
const TIMELINESS: readonly Template[] = [
  (r) => [
    '项目完工时间',
    '2022年12月31日前',
    pick(r, ['2022年11月30日', '2023年1月15日', '2022年12月']),
  ],
  (r) => ['补贴资金发放时间', '12月底前', pick(r, ['按时完成', '按期发放', '延期至次年1月'])],
  (r) => ['验收完成时间', '年底前', pick(r, ['已完成', '2022年10月', '滞后'])],
  (r) => ['资金拨付时间', '2022年6月30日前', new Date(Date.UTC(2022, int(r, 4, 7), int(r, 1, 28)))],
  (r) => ['资金下拨及时率', `≥${int(r, 90, 95)}%`, pick(r, ['大于90%', '95%', '100%'])],
];
const COST: readonly Template[] = [
  (r) => {
    const t = int(r, 100, 900);
    return ['项目总成本', `≤${t}万元`, `${near(r, t)}万元`];
  },
  (r) => {
    const t = int(r, 50, 300);
    return ['单位运维费用', `${t}万元`, `${near(r, t)}万元`];
  },
  (r) => ['预算结余率', '控制在5%以内', `${int(r, 1, 8)}.${int(r, 0, 9)}%`],
  (r) => {
    const t = int(r, 200, 400);
    return ['人均培训成本', `≤${t}元/人`, `${near(r, t)}元/人`];
  },
  (r) => ['设备采购支出', `不超过${int(r, 1, 4)}.${int(r, 0, 9)}亿元`, `${int(r, 100, 300)}00万元`],
];
const BENEFIT: readonly Template[] = [
  (r) => ['困难群体社会福利水平', '稳步提升', pick(r, ['稳步提升', '有效提升', '明显提升'])],
  (r) => ['社区治理能力', '不断提升', pick(r, ['部分实现', '不断提升', '尚未达到预期'])],
  (r) => [
    '群众生活条件',
    '明显改善',
    pick(r, ['效果明显', '显著改善', '群众居住条件得到改善，未来将持续跟踪']),
  ],
  (r) => ['政策知晓率', `≥${int(r, 75, 85)}%`, `${int(r, 70, 95)}%`],
  (r) => ['长效管护机制', '健全', pick(r, ['健全', '已建立', '逐步完善中'])],
];
const SATISFACTION: readonly Template[] = [
  (r) => ['服务对象满意度', `≥${int(r, 85, 95)}%`, `${int(r, 82, 99)}%`],
  (r) => ['受益群众满意度', '≥85%', pick(r, ['大于85%', '90%', '84%'])],
  (r) => ['社会公众满意率', '≥90%', { value: int(r, 85, 99) / 100, numFmt: '0.00%' }],
];

/** 一级, 二级, share of the rows, templates. */
const GROUPS: readonly (readonly [string, string, number, readonly Template[]])[] = [
  ['产出指标', '数量指标', 0.3, QUANTITY],
  ['产出指标', '质量指标', 0.15, QUALITY],
  ['产出指标', '时效指标', 0.1, TIMELINESS],
  ['成本指标', '经济成本指标', 0.1, COST],
  ['效益指标', '社会效益指标', 0.15, BENEFIT],
  ['效益指标', '可持续影响指标', 0.1, BENEFIT],
  ['满意度指标', '服务对象满意度指标', 0.1, SATISFACTION],
];

/** Split-column rows (指标性质, 年度指标值, 度量单位, 实际完成值) as Sichuan-style forms write them. */
const SPLIT: readonly ((r: Rng) => readonly [string, string, CellInput, string, CellInput])[] = [
  (r) => {
    const t = int(r, 100, 900);
    return ['完成项目数', '≥', t, '件', near(r, t)];
  },
  (r) => {
    const t = int(r, 50, 500);
    return ['运维费用', '≤', t, '万元', near(r, t)];
  },
  (r) => ['资金到位率', '=', 100, '%', pick(r, [100, 98])],
  (r) => ['群众满意度', '≥', 90, '%', int(r, 85, 99)],
  (r) => ['服务质量', '定性', '稳步提升', '', pick(r, ['稳步提升', '部分提升'])],
];

const EXPLANATIONS = [
  '受疫情影响部分工作未能按计划开展，下一步将加快推进。',
  '年初指标值设置偏保守，下年度将据实调整。',
  '项目实施周期跨年，剩余工作将于次年一季度完成。',
];
const WEIGHTS = [1, 1.5, 2, 2, 2.5, 3, 5];

const COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const SPLIT_COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '度量单位',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/** Indicator rows of one form, in group order so that 一级/二级 cells merge down over runs. */
function indicatorRows(
  rng: Rng,
  count: number,
  split: boolean,
): { rows: Record<string, CellInput>[]; weightSum: number } {
  const rows: Record<string, CellInput>[] = [];
  let halves = 0; // weights are multiples of 0.5: summing halves keeps the 总分 row exact
  let left = count;
  GROUPS.forEach(([level1, level2, share, templates], g) => {
    const n = g === GROUPS.length - 1 ? left : Math.min(left, Math.round(count * share));
    left -= n;
    for (let i = 0; i < n; i++) {
      const weight = pick(rng, WEIGHTS);
      halves += weight * 2;
      const x = rng();
      let row: Record<string, CellInput>;
      if (split) {
        const [stem, nature, t, unit, a] = pick(rng, SPLIT)(rng);
        row = {
          三级指标: `${stem}${rows.length + 1}`,
          指标性质: nature,
          年度指标值: t,
          度量单位: unit,
          实际完成值: a,
        };
      } else {
        const [stem, t, a] = pick(rng, templates)(rng);
        row = { 三级指标: `${stem}${rows.length + 1}`, 年度指标值: t, 实际完成值: a };
      }
      // Now and then a cell people left empty or an Excel error (a broken link to another sheet).
      if (x < 0.005) row.实际完成值 = null;
      else if (x < 0.008) row.实际完成值 = { error: '#N/A' };
      rows.push({
        一级指标: level1,
        二级指标: level2,
        ...row,
        分值: weight,
        得分: rng() < 0.1 ? weight * (rng() < 0.5 ? 1 : 0.8) : null,
        偏差原因分析及改进措施: rng() < 0.2 ? pick(rng, EXPLANATIONS) : null,
      });
    }
  });
  return { rows, weightSum: halves / 2 };
}

const GOAL = {
  expected: '落实年度重点任务，兜牢困难群众基本生活保障网，提升公共服务质量和群众满意度。',
  achieved: '全年重点任务基本完成，困难群众基本生活得到有效保障，公共服务质量稳步提升。',
};

function departmentForm(rng: Rng, count: number): FormSpec {
  const { rows, weightSum } = indicatorRows(rng, count, false);
  return {
    sheetName: '部门整体支出绩效自评表',
    title: '部门整体支出绩效自评表',
    subtitle: '（2022年度）',
    fields: [['部门（单位）名称', '某市民政局']],
    budget: {
      label: '年度预算执行情况（万元）',
      columns: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      rows: [
        {
          label: '年度资金总额',
          values: { 年初预算数: 11605.29, 全年预算数: 12000, 全年执行数: 11380.5, 分值: 10 },
        },
        { label: '其中：基本支出', values: { 全年执行数: 6273.16, 分值: '—', 得分: '—' } },
        { label: '项目支出', values: { 全年执行数: 5107.34, 分值: '—', 得分: '—' } },
      ],
    },
    goal: GOAL,
    indicators: {
      columns: COLUMNS,
      rows,
      totalRow: { label: '总分', values: { 分值: weightSum + 10, 得分: null } },
    },
    footer: ['填表人：              联系电话：              填报日期：2023年3月'],
  };
}

function projectForm(rng: Rng, index: number, count: number): FormSpec {
  const split = index % 4 === 3;
  const { rows, weightSum } = indicatorRows(rng, count, split);
  const planned = int(rng, 50, 900);
  return {
    sheetName: `项目${index + 1}`,
    title: '项目支出绩效自评表',
    subtitle: '（2022年度）',
    fields: [
      ['项目名称', `社会救助能力提升项目${index + 1}`],
      ['主管部门', '某市民政局'],
      ['实施单位', `某区民政局${index + 1}`],
    ],
    budget: {
      label: '项目资金（万元）',
      columns: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      rows: [
        {
          label: '年度资金总额',
          values: {
            年初预算数: planned,
            全年预算数: rng() < 0.2 ? null : planned,
            全年执行数: Math.round(planned * (0.75 + rng() * 0.3) * 100) / 100,
            分值: 10,
          },
        },
        {
          label: '其中：当年财政拨款',
          values: { 年初预算数: planned, 全年预算数: planned, 分值: '—', 得分: '—' },
        },
        { label: '上年结转资金', values: { 分值: '—', 得分: '—' } },
        { label: '其他资金', values: { 分值: '—', 得分: '—' } },
      ],
    },
    goal: GOAL,
    indicators: {
      columns: split ? SPLIT_COLUMNS : COLUMNS,
      rows,
      totalRow: { label: '合计', values: { 分值: weightSum + 10, 得分: null } },
    },
    offset: index % 5 === 4 ? 1 : 0,
  };
}

/**
 * Forms holding `total` indicators: a department form and project forms of `perForm` indicators
 * each (the department form takes the remainder). The same seed always gives the same forms.
 */
export function syntheticForms(total: number, perForm: number, seed = 20220101): FormSpec[] {
  const rng = seededRandom(seed);
  const projects = Math.max(0, Math.floor(total / perForm) - 1);
  const forms = [departmentForm(rng, total - projects * perForm)];
  for (let i = 0; i < projects; i++) forms.push(projectForm(rng, i, perForm));
  return forms;
}

/** An exceljs workbook with a cover sheet (no form, to be skipped) and the synthetic forms. */
export function syntheticWorkbook(total: number, perForm: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'selfeval bench';
  wb.created = new Date('2023-03-01T00:00:00Z');
  wb.modified = wb.created;
  const cover = wb.addWorksheet('填报说明');
  cover.getCell('A1').value = '2022年度绩效自评材料';
  cover.getCell('A3').value = '本工作簿包含部门整体支出和项目支出绩效自评表。';
  for (const spec of syntheticForms(total, perForm)) buildForm(wb, spec);
  return wb;
}
