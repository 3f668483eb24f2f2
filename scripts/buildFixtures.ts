/**
 * Builds the committed test fixtures in test/fixtures (`npm run fixtures`):
 *
 * - `layout.<variant>.xlsx`: one layout the spec describes (SCORING.md §1) that the example does
 *   not show: other column orders, Anhui and Sichuan styles, several forms in one workbook,
 *   placeholders, unmerged levels, an offset form, adjusted targets, odd value types, the mof2021
 *   profile, budget header variants. Their scores are pinned by golden files and, for several, by
 *   hand-computed totals in test/layouts.test.ts.
 * - `error.<code>.xlsx`: a clean form changed in one place so that it produces that finding code
 *   (SCORING.md §5) and, by design, no other error or warning beyond what the code implies.
 *
 * Every workbook gets fixed creation dates so a rebuild gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  type BudgetSpec,
  type CellInput,
  type FormSpec,
  type IndicatorSpec,
  buildForm,
} from './formBuilder';
import { stableZip } from './stableZip';

/** Folder the fixtures are written to. */
const OUT = path.join(__dirname, '..', '..', 'test', 'fixtures');

const FIXED_DATE = new Date('2023-03-01T00:00:00Z');

/** The standard indicator columns of 财预〔2020〕10号 附1. */
const STANDARD_COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/** One indicator: 一级, 二级, 三级, target, actual, weight, then optional score and explanation. */
type Row = readonly [
  string,
  string,
  CellInput,
  CellInput,
  CellInput,
  CellInput,
  CellInput?,
  CellInput?,
];

/** Indicator rows keyed by the header texts that play each role in a layout. */
interface RoleNames {
  readonly l1: string;
  readonly l2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: string;
  readonly score: string;
  readonly reason: string;
}

const STANDARD_NAMES: RoleNames = {
  l1: '一级指标',
  l2: '二级指标',
  name: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  reason: '偏差原因分析及改进措施',
};

function records(rows: readonly Row[], n: RoleNames = STANDARD_NAMES): Record<string, CellInput>[] {
  return rows.map(([l1, l2, name, target, actual, weight, score, reason]) => ({
    [n.l1]: l1,
    [n.l2]: l2,
    [n.name]: name,
    [n.target]: target,
    [n.actual]: actual,
    [n.weight]: weight,
    [n.score]: score ?? null,
    [n.reason]: reason ?? null,
  }));
}

function standardIndicators(
  rows: readonly Row[],
  extra: Partial<IndicatorSpec> = {},
): IndicatorSpec {
  return {
    columns: STANDARD_COLUMNS,
    rows: records(rows),
    totalRow: { label: '总分', values: { 分值: 100, 得分: null } },
    ...extra,
  };
}

const BUDGET_COLUMNS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];

/** A department budget block: the total row and one breakdown row. */
function departmentBudget(
  initial: CellInput,
  planned: CellInput,
  executed: CellInput,
  weight: CellInput = 10,
): BudgetSpec {
  return {
    label: '年度预算执行情况（万元）',
    columns: BUDGET_COLUMNS,
    rows: [
      {
        label: '年度资金总额',
        values: { 年初预算数: initial, 全年预算数: planned, 全年执行数: executed, 分值: weight },
      },
      {
        label: '其中：财政拨款',
        values: {
          年初预算数: initial,
          全年预算数: planned,
          全年执行数: executed,
          分值: '—',
          得分: '—',
        },
      },
    ],
  };
}

const GOAL = {
  expected: '完成年度重点工作任务，保障各项民生支出按时足额到位，提升公共服务水平。',
  achieved: '年度重点工作任务全面完成，各项民生支出按时足额拨付，公共服务水平稳步提升。',
};

function departmentForm(
  sheetName: string,
  unit: string,
  budget: BudgetSpec,
  indicators: IndicatorSpec,
  extra: Partial<FormSpec> = {},
): FormSpec {
  return {
    sheetName,
    title: '部门整体支出绩效自评表',
    subtitle: '（2022年度）',
    fields: [['部门（单位）名称', unit]],
    budget,
    goal: GOAL,
    indicators,
    footer: ['填表人：              联系电话：              填报日期：2023年3月'],
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// The clean base of the error fixtures: budget 100/100/100 with 分值 10, five indicators that
// reach their targets (weights 20+15+15+30+10, first levels 产出50 效益30 满意度10), a 总分 row.
// Scored alone it has no finding at all (test/errorFixtures.test.ts checks that).
//
// Cells: budget header row 4 (C 年初预算数, D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分),
// total row 5; indicator header row 9, indicators rows 10–14 (D 年度指标值, E 实际完成值, F 分值,
// G 得分, H 偏差原因), 总分 row 15.
// ---------------------------------------------------------------------------------------------

const BASE_SHEET = '部门整体支出绩效自评表';

const BASE_ROWS: readonly Row[] = [
  ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', 20],
  ['产出指标', '质量指标', '培训考核合格率', '≥95%', '96%', 15],
  ['产出指标', '时效指标', '培训完成时间', '2022年12月31日前', '2022年11月30日', 15],
  ['效益指标', '社会效益指标', '受益群众人数', '≥1000人', '1200人', 30],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '95%', 10],
];

/** The base form with some rows replaced (by index) and an optional other budget block. */
function baseForm(
  change: { rows?: Readonly<Record<number, Row>>; budget?: BudgetSpec } = {},
): FormSpec {
  const rows = BASE_ROWS.map((r, i) => change.rows?.[i] ?? r);
  return departmentForm(
    BASE_SHEET,
    '示例市民政局',
    change.budget ?? departmentBudget(100, 100, 100),
    standardIndicators(rows),
  );
}

const EXPLAINED = '受客观因素影响未达预期，下一步将加强统筹调度，确保完成。';

/** The error fixtures: file name code → form (or a whole workbook builder). */
const ERROR_FORMS: Readonly<Record<string, FormSpec>> = {
  execution_over_budget: baseForm({ budget: departmentBudget(100, 100, 120) }),
  execution_low: baseForm({ budget: departmentBudget(100, 100, 80) }),
  budget_missing: baseForm({ budget: departmentBudget(null, null, 80) }),
  explanation_missing: baseForm({
    rows: { 1: ['产出指标', '质量指标', '培训考核合格率', '≥95%', '90%', 15] },
  }),
  deviation_over_target: baseForm({
    rows: {
      0: [
        '产出指标',
        '数量指标',
        '培训基层工作人员人次',
        '≥100人次',
        '150人次',
        20,
        null,
        '参训需求超出预期，下一年度将据实调高年度指标值。',
      ],
    },
  }),
  // 分值 25 instead of 20: the weights add up to 105 (产出 then sums to 55, an info on top).
  weight_sum_not_100: baseForm({
    rows: { 0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', 25] },
  }),
  // 5 points moved from 效益 to 产出: the total stays 100, only the first-level split differs.
  level1_weight_differs: baseForm({
    rows: {
      0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', 25],
      3: ['效益指标', '社会效益指标', '受益群众人数', '≥1000人', '1200人', 25],
    },
  }),
  // 合格率 has no 分值; its 15 points were given to the row above so that the total stays 100.
  weight_missing: baseForm({
    rows: {
      0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', 35],
      1: ['产出指标', '质量指标', '培训考核合格率', '≥95%', '96%', null],
    },
  }),
  // 分值 −20 instead of 20: scored 0 with weight_negative; the weights then sum to 60.
  weight_negative: baseForm({
    rows: { 0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', -20] },
  }),
  score_exceeds_weight: baseForm({
    rows: { 0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', 20, 25] },
  }),
  unit_mismatch: baseForm({
    rows: { 0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110个', 20] },
  }),
  direction_inferred: baseForm({
    rows: { 1: ['产出指标', '质量指标', '培训事故发生率', '2%', '1%', 15] },
  }),
  qualitative_auto: baseForm({
    rows: { 3: ['效益指标', '社会效益指标', '基层服务能力', '稳步提升', '稳步提升', 30] },
  }),
  needs_judgement: baseForm({
    rows: { 3: ['效益指标', '社会效益指标', '城乡低保标准', '不低于上年', '上调至780元/月', 30] },
  }),
  actual_missing: baseForm({
    rows: {
      0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', null, 20, null, EXPLAINED],
    },
  }),
  target_missing: baseForm({
    rows: {
      0: ['产出指标', '数量指标', '培训基层工作人员人次', null, '110人次', 20, null, EXPLAINED],
    },
  }),
  // A band-A qualitative actual with a typed score of 10 out of 30: below the band's 24–30.
  manual_score_out_of_band: baseForm({
    rows: { 3: ['效益指标', '社会效益指标', '基层服务能力', '稳步提升', '稳步提升', 30, 10] },
  }),
  score_changed: baseForm({
    rows: { 0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', 20, 18] },
  }),
  // Scored with yitihua-strict (scripts/goldenReport.ts): execution 60/100 is below 70%, so the
  // total is at most 79; the sum 6 + 90 = 96 is capped to 79.
  total_capped: baseForm({ budget: departmentBudget(100, 100, 60) }),
  // Scored with yitihua-strict: every indicator is met (p = 90 / 90 = 100%), execution 92%
  // (e = 0.92): (1 − 0.92) / 1 = 8% > 5%. 92% is above execution_low's 90% and every cap.
  performance_outruns_spending: baseForm({ budget: departmentBudget(100, 100, 92) }),
  cell_error: baseForm({
    rows: {
      0: [
        '产出指标',
        '数量指标',
        '培训基层工作人员人次',
        '≥100人次',
        { error: '#N/A' },
        20,
        null,
        EXPLAINED,
      ],
    },
  }),
};

// ---------------------------------------------------------------------------------------------
// Layout variants.
// ---------------------------------------------------------------------------------------------

/** Column order shuffled: 实际完成值 before 年度指标值, 得分 before 分值, in both blocks. */
function shuffled(wb: ExcelJS.Workbook): void {
  const columns = [
    '一级指标',
    '二级指标',
    '三级指标',
    '实际完成值',
    '年度指标值',
    '得分',
    '分值',
    '偏差原因分析及改进措施',
  ];
  const rows: Row[] = [
    [
      '产出指标',
      '数量指标',
      '新建校舍面积',
      '≥2000平方米',
      '1800平方米',
      20,
      null,
      '受雨季影响部分工程顺延至次年。',
    ],
    ['产出指标', '质量指标', '工程验收合格率', '=100%', '100%', 15],
    ['产出指标', '时效指标', '工程完工时间', '2022年10月底前', '2022年9月', 15],
    ['效益指标', '社会效益指标', '新增学位数', '≥500个', '520个', 30],
    [
      '满意度指标',
      '服务对象满意度指标',
      '师生满意度',
      '≥90%',
      '88%',
      10,
      null,
      '部分师生对施工噪音有意见，下一步加强文明施工。',
    ],
  ];
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例县教育局',
      {
        label: '年度预算执行情况（万元）',
        columns: ['全年执行数', '年初预算数', '全年预算数', '得分', '分值', '执行率'],
        rows: [
          {
            label: '年度资金总额',
            values: { 全年执行数: 450, 年初预算数: 500, 全年预算数: 500, 分值: 10 },
          },
        ],
      },
      {
        columns,
        rows: records(rows),
        totalRow: { label: '总分', values: { 分值: 100, 得分: null } },
      },
    ),
  );
}

/** Anhui style: `产出指标（50分）` labels, 指标权重 before 年度指标值, 指标得分, 权重/执行率得分 in the budget. */
function anhui(wb: ExcelJS.Workbook): void {
  const names: RoleNames = { ...STANDARD_NAMES, weight: '指标权重', score: '指标得分' };
  const columns = [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标权重',
    '年度指标值',
    '实际完成值',
    '指标得分',
    '偏差原因分析及改进措施',
  ];
  const rows: Row[] = [
    [
      '产出指标（50分）',
      '数量指标',
      '发放补贴人数',
      '≥5000人',
      '4800人',
      25,
      null,
      '部分对象资格复核未通过。',
    ],
    ['产出指标（50分）', '质量指标', '补贴发放准确率', '≥98%', '99%', 25],
    ['效益指标（30分）', '社会效益指标', '困难群众生活水平', '有所改善', '有所改善', 30],
    [
      '满意度指标（10分）',
      '服务对象满意度指标',
      '受助对象满意度',
      '≥85%',
      '80%',
      10,
      null,
      '宣传解释不到位，下一步加强政策宣传。',
    ],
  ];
  buildForm(wb, {
    sheetName: '项目支出绩效自评表',
    title: '2022年度项目支出绩效自评表',
    // 主管部门 and 实施单位 side by side on one row, as in the official project template.
    fields: [
      ['项目名称', '困难群众救助补助资金'],
      ['主管部门', '安庆市民政局', '实施单位', '安庆市社会救助中心'],
    ],
    budget: {
      label: '项目资金（万元）',
      columns: ['年初预算数', '全年预算数', '全年执行数', '执行率', '权重', '执行率得分'],
      rows: [
        {
          label: '年度资金总额',
          values: { 年初预算数: 200, 全年预算数: 250, 全年执行数: 230, 权重: 10 },
        },
        {
          label: '其中：当年财政拨款',
          values: { 年初预算数: 200, 全年预算数: 250, 全年执行数: 230, 权重: '—', 执行率得分: '—' },
        },
      ],
    },
    goal: GOAL,
    indicators: {
      columns,
      rows: records(rows, names),
      totalRow: { label: '总分', values: { 指标权重: 100 } },
    },
  });
}

/** Sichuan style: split 指标性质 / 指标值 / 度量单位 columns with bare numbers, and a 定性 row. */
function sichuan(wb: ExcelJS.Workbook): void {
  const columns = [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '指标值',
    '度量单位',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];
  type SRow = readonly [
    string,
    string,
    string,
    string,
    CellInput,
    string,
    CellInput,
    number,
    string?,
  ];
  const data: SRow[] = [
    ['产出指标', '数量指标', '维修农村道路里程', '≥', 30, '公里', 33, 20],
    ['产出指标', '质量指标', '工程质量合格率', '=', 100, '%', 100, 15],
    [
      '产出指标',
      '成本指标',
      '单位里程维修成本',
      '≤',
      50,
      '万元/公里',
      55,
      15,
      '材料价格上涨导致成本超支。',
    ],
    ['效益指标', '社会效益指标', '群众出行条件', '定性', '明显改善', '', '明显改善', 30],
    ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥', 90, '%', 92, 10],
  ];
  buildForm(wb, {
    sheetName: '项目支出绩效自评表',
    title: '项目支出绩效自评表',
    subtitle: '（2022年度）',
    fields: [
      ['项目名称', '农村公路养护工程'],
      ['主管部门', '成都市交通运输局'],
      ['实施单位', '成都市公路事务中心'],
    ],
    budget: {
      label: '项目资金（万元）',
      columns: BUDGET_COLUMNS,
      rows: [
        {
          label: '年度资金总额',
          values: { 年初预算数: 80, 全年预算数: 80, 全年执行数: 60, 分值: 10 },
        },
        {
          label: '其中：当年财政拨款',
          values: { 年初预算数: 80, 全年预算数: 80, 全年执行数: 60, 分值: '—', 得分: '—' },
        },
      ],
    },
    goal: GOAL,
    indicators: {
      columns,
      rows: data.map(([l1, l2, name, nature, value, unit, actual, weight, reason]) => ({
        一级指标: l1,
        二级指标: l2,
        三级指标: name,
        指标性质: nature,
        指标值: value,
        度量单位: unit,
        实际完成值: actual,
        分值: weight,
        得分: null,
        偏差原因分析及改进措施: reason ?? null,
      })),
      totalRow: { label: '总分', values: { 分值: 100 } },
    },
  });
}

/** A project form of the multi-form workbook. */
function projectForm(
  sheetName: string,
  project: string,
  authority: string,
  implementer: string,
  money: readonly [number, number, number][],
  rows: readonly Row[],
): FormSpec {
  const [total, current, carried, other] = [money[0]!, money[1]!, money[2]!, money[3]!];
  const line = (
    label: string,
    m: readonly [number, number, number],
    weight: CellInput,
  ): { label: string; values: Record<string, CellInput> } => ({
    label,
    values: {
      年初预算数: m[0],
      全年预算数: m[1],
      全年执行数: m[2],
      分值: weight,
      ...(weight === '—' ? { 得分: '—' } : {}),
    },
  });
  return {
    sheetName,
    title: '项目支出绩效自评表',
    subtitle: '（2022年度）',
    fields: [
      ['项目名称', project],
      ['主管部门', authority],
      ['实施单位', implementer],
    ],
    budget: {
      label: '项目资金（万元）',
      columns: BUDGET_COLUMNS,
      rows: [
        line('年度资金总额', total, 10),
        line('其中：当年财政拨款', current, '—'),
        line('上年结转资金', carried, '—'),
        line('其他资金', other, '—'),
      ],
    },
    goal: GOAL,
    indicators: standardIndicators(rows),
  };
}

/** A department form, two project forms and three sheets that are no form (cover, notes, data). */
function multi(wb: ExcelJS.Workbook): void {
  const cover = wb.addWorksheet('封面');
  cover.getCell('A2').value = '2022年度绩效自评材料';
  cover.getCell('A4').value = '单位：示例县交通运输局';
  cover.getCell('A5').value = '报送日期：2023年3月15日';
  cover.getColumn(1).width = 60;
  buildForm(
    wb,
    departmentForm(
      '部门整体',
      '示例县交通运输局',
      departmentBudget(1000, 1200, 1140),
      standardIndicators(BASE_ROWS),
    ),
  );
  buildForm(
    wb,
    projectForm(
      '项目1',
      '农村公路养护工程',
      '示例县交通运输局',
      '示例县公路事务中心',
      [
        [300, 320, 304],
        [280, 300, 290],
        [20, 20, 14],
        [0, 0, 0],
      ],
      [
        ['产出指标', '数量指标', '养护农村公路里程', '≥50公里', '52公里', 20],
        ['产出指标', '质量指标', '养护工程验收合格率', '≥95%', '97%', 15],
        ['产出指标', '时效指标', '养护工程完工时间', '2022年11月底前', '按时完成', 15],
        [
          '效益指标',
          '社会效益指标',
          '群众出行时间缩短比例',
          '≥10%',
          '8%',
          30,
          null,
          '部分路段因雨季延后施工，效益尚未完全显现。',
        ],
        ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '93%', 10],
      ],
    ),
  );
  buildForm(
    wb,
    projectForm(
      '项目2',
      '交通运输从业人员培训',
      '示例县交通运输局',
      '示例县运输服务中心',
      [
        [100, 100, 100],
        [100, 100, 100],
        [0, 0, 0],
        [0, 0, 0],
      ],
      [
        ['产出指标', '数量指标', '培训从业人员人次', '≥2000人次', '2100人次', 25],
        [
          '产出指标',
          '质量指标',
          '培训考核合格率',
          '≥90%',
          '85%',
          25,
          null,
          '部分学员基础薄弱，下一步分层施教。',
        ],
        ['效益指标', '社会效益指标', '从业人员安全意识', '有所提升', '有所提升', 30],
        ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '96%', 10],
      ],
    ),
  );
  const notes = wb.addWorksheet('填报说明');
  [
    '填报说明：',
    '一、本表由项目实施单位填写，主管部门审核。',
    '二、年度预算执行率按全年执行数除以全年预算数计算，不超过100%。',
    '三、实际完成值应填写具体数值或完成情况，不得空缺。',
  ].forEach((t, i) => {
    notes.getCell(i + 1, 1).value = t;
  });
  notes.getColumn(1).width = 80;
  const data = wb.addWorksheet('数据');
  data.addRow(['月份', '支出金额（万元）', '累计支出（万元）']);
  let cumulative = 0;
  for (let m = 1; m <= 12; m++) {
    const spent = 80 + m * 5;
    cumulative += spent;
    data.addRow([`${m}月`, spent, cumulative]);
  }
}

/** Placeholders (`指标1：`, `……`, `...`, an empty name) and single blank rows inside the block. */
function placeholders(wb: ExcelJS.Workbook): void {
  const rows: Row[] = [
    ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '110人次', 20],
    ['产出指标', '数量指标', '指标1：', null, null, null],
    ['产出指标', '数量指标', '指标2:', null, null, null],
    ['产出指标', '质量指标', '培训考核合格率', '≥95%', '96%', 15],
    ['产出指标', '质量指标', '……', null, null, null],
    ['产出指标', '时效指标', '培训完成时间', '2022年12月31日前', '2022年11月30日', 15],
    ['产出指标', '成本指标', '...', null, null, null],
    // An empty name under a 二级 of its own (the row is not empty, so it does not end the block).
    ['产出指标', '社会成本指标', '', null, null, null],
    ['效益指标', '社会效益指标', '受益群众人数', '≥1000人', '1200人', 30],
    ['效益指标', '经济效益指标', '指标1：', null, null, null],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '95%', 10],
  ];
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      departmentBudget(100, 100, 100),
      standardIndicators(rows, { blankBefore: [3, 8] }),
    ),
  );
}

/** 一级/二级 not merged: the first row of a run holds the label, the rows below are empty. */
function unmerged(wb: ExcelJS.Workbook): void {
  const rows: Row[] = [
    ['产出指标', '数量指标', '新增养老床位', '≥200张', '210张', 15],
    ['产出指标', '数量指标', '改造敬老院', '≥5所', '4所', 15, null, '1所敬老院因规划调整顺延。'],
    ['产出指标', '质量指标', '护理型床位占比', '≥55%', '60%', 20],
    ['效益指标', '社会效益指标', '特困人员集中供养能力', '明显提升', '明显提升', 15],
    ['效益指标', '可持续影响指标', '养老服务体系', '逐步健全', '逐步健全', 15],
    ['满意度指标', '服务对象满意度指标', '入住老人满意度', '≥90%', '92%', 10],
  ];
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      departmentBudget(500, 500, 480),
      standardIndicators(rows, { mergeLevels: false }),
    ),
  );
}

/** The form starts in column B under extra title rows (`附件2`, a blank row). */
function offset(wb: ExcelJS.Workbook): void {
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      departmentBudget(100, 100, 95),
      standardIndicators(BASE_ROWS),
      {
        offset: 1,
        preamble: ['附件2', ''],
      },
    ),
  );
}

/** Both 年初指标值 and 调整指标值: the adjusted target wins where it is filled. */
function adjusted(wb: ExcelJS.Workbook): void {
  const columns = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年初指标值',
    '调整指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];
  type ARow = readonly [string, string, string, string, string | null, string, number, string?];
  const data: ARow[] = [
    ['产出指标', '数量指标', '培训基层工作人员人次', '≥1000人次', '≥800人次', '820人次', 20],
    ['产出指标', '质量指标', '培训考核合格率', '≥95%', null, '96%', 30],
    [
      '效益指标',
      '社会效益指标',
      '受益群众人数',
      '≥500人',
      '≥600人',
      '550人',
      30,
      '部分乡镇项目年底才启动。',
    ],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', null, '90%', 10],
  ];
  buildForm(
    wb,
    departmentForm(BASE_SHEET, '示例市民政局', departmentBudget(100, 100, 100), {
      columns,
      rows: data.map(([l1, l2, name, initial, adj, actual, weight, reason]) => ({
        一级指标: l1,
        二级指标: l2,
        三级指标: name,
        年初指标值: initial,
        调整指标值: adj,
        实际完成值: actual,
        分值: weight,
        得分: null,
        偏差原因分析及改进措施: reason ?? null,
      })),
      totalRow: { label: '总分', values: { 分值: 100 } },
    }),
  );
}

/**
 * Values as Excel stores them: percent-formatted numbers, numbers stored as text, dates, formulas
 * with cached results, rich text and full-width digits.
 */
function valueTypes(wb: ExcelJS.Workbook): void {
  const pct = (value: number): CellInput => ({ value, numFmt: '0%' });
  const rich = (...parts: string[]): ExcelJS.CellRichTextValue => ({
    richText: parts.map((text, i) =>
      i === 1 ? { text, font: { bold: true, name: '宋体', size: 10 } } : { text },
    ),
  });
  const formula = (f: string, result: number): ExcelJS.CellFormulaValue => ({
    formula: f,
    result,
    date1904: false,
  });
  const rows: Row[] = [
    // 0.95 shown as 95% against ≥90%: full marks.
    ['产出指标', '数量指标', '救助资金发放覆盖率', '≥90%', pct(0.95), 10],
    // Target a percent-formatted 0.9 (no operator: higher is better), actual text 81%: 10 × 81/90 = 9.
    [
      '产出指标',
      '数量指标',
      '低保对象动态调整率',
      pct(0.9),
      '81%',
      10,
      null,
      '部分对象核查未完成。',
    ],
    // Numbers stored as text: '110' against '≥100', 分值 '10' as text.
    ['产出指标', '质量指标', '救助对象核查户数', '≥100', '110', '10'],
    // An Excel date as the actual of a deadline.
    [
      '产出指标',
      '时效指标',
      '资金拨付完成时间',
      '2022年12月31日前',
      new Date(Date.UTC(2022, 10, 15)),
      10,
    ],
    // A formula with its cached result as the actual (120 ≥ 100) and as the 分值 (5+5).
    [
      '产出指标',
      '时效指标',
      '救助审批办结件数',
      '≥100件',
      formula('SUM(60,60)', 120),
      formula('5+5', 10),
    ],
    // Rich text in the name and the actual.
    [
      '效益指标',
      '社会效益指标',
      rich('困难群众', '基本生活'),
      '有效保障',
      rich('有效', '保障'),
      30,
    ],
    // Full-width digits and signs: ≥９０％ against ８８％ → 10 × 88/90 = 9.78.
    [
      '满意度指标',
      '服务对象满意度指标',
      '救助对象满意度',
      '≥９０％',
      '８８％',
      10,
      null,
      '个别对象对办理时限有意见。',
    ],
  ];
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      departmentBudget(100, 100, 100),
      standardIndicators(rows),
    ),
  );
}

/** A form with satisfaction indicators, scored with the mof2021 profile (its name says so). */
function mof2021(wb: ExcelJS.Workbook): void {
  const rows: Row[] = [
    [
      '产出指标',
      '数量指标',
      '培训基层工作人员人次',
      '≥100人次',
      '80人次',
      20,
      null,
      '疫情影响部分培训取消。',
    ],
    ['产出指标', '质量指标', '培训考核合格率', '≥95%', '95%', 30],
    [
      '效益指标',
      '社会效益指标',
      '受益群众人数',
      '≥1000人',
      '500人',
      30,
      null,
      '项目启动较晚，受益面尚未铺开。',
    ],
    [
      '满意度指标',
      '服务对象满意度指标',
      '参训人员满意度',
      '≥90%',
      '85%',
      5,
      null,
      '培训内容针对性不强。',
    ],
    [
      '满意度指标',
      '服务对象满意度指标',
      '基层单位满意度',
      '≥90%',
      '75%',
      5,
      null,
      '培训时间安排与工作冲突。',
    ],
  ];
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      departmentBudget(100, 100, 85),
      standardIndicators(rows),
    ),
  );
}

/**
 * yitihua-strict's deviationPenalty {1.3, 2}: the base form with two overshoots, scored by
 * test/layouts.test.ts (hand-computed there): 150 of ≥100 (150% ≥ 130%: 20 − 2 = 18) and 130 of
 * ≥100 (exactly 130%: 30 − 2 = 28); 98% of ≥95% is only 103%: no penalty.
 */
function deviationPenaltyForm(wb: ExcelJS.Workbook): void {
  const why = '需求超出预期，下一年度将据实调高年度指标值。';
  buildForm(
    wb,
    baseForm({
      rows: {
        0: ['产出指标', '数量指标', '培训基层工作人员人次', '≥100人次', '150人次', 20, null, why],
        1: ['产出指标', '质量指标', '培训考核合格率', '≥95%', '98%', 15],
        3: ['效益指标', '社会效益指标', '受益群众人数', '≥1000人', '1300人', 30, null, why],
      },
    }),
  );
}

/**
 * yitihua-strict's executionCaps: execution 45 of 100 (45% < 50%: the strictest cap, 59), one
 * indicator short (80 of ≥100 人次: 16 of 20). Hand-computed in test/layouts.test.ts.
 */
function executionCapsForm(wb: ExcelJS.Workbook): void {
  buildForm(
    wb,
    baseForm({
      budget: departmentBudget(100, 100, 45),
      rows: {
        0: [
          '产出指标',
          '数量指标',
          '培训基层工作人员人次',
          '≥100人次',
          '80人次',
          20,
          null,
          '资金拨付滞后，部分培训未开展。',
        ],
      },
    }),
  );
}

/**
 * yitihua-strict's spendingGap: execution 85 of 100 (below 90%, above every cap but 89's 80%), one
 * indicator short (合格率 90% of ≥95%). Hand-computed in test/layouts.test.ts.
 */
function spendingGapForm(wb: ExcelJS.Workbook): void {
  buildForm(
    wb,
    baseForm({
      budget: departmentBudget(100, 100, 85),
      rows: {
        1: ['产出指标', '质量指标', '培训考核合格率', '≥95%', '90%', 15, null, '个别学员补考。'],
      },
    }),
  );
}

/** 全年预算数 empty: 年初预算数 is used, silently; the budget 分值 is empty too, so it is 10. */
function initialBudget(wb: ExcelJS.Workbook): void {
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      departmentBudget(200, null, 190, null),
      standardIndicators(BASE_ROWS),
    ),
  );
}

/** Budget header variants: `年初预算` without 数, `年度资金总额：` with a colon, an extra `原因` column. */
function budgetHeaders(wb: ExcelJS.Workbook): void {
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      {
        label: '年度预算执行情况（万元）',
        columns: ['年初预算', '全年预算数', '全年执行数', '分值', '执行率', '得分', '原因'],
        rows: [
          {
            label: '年度资金总额：',
            values: {
              年初预算: 100,
              全年预算数: 100,
              全年执行数: 70,
              分值: 10,
              原因: '部分项目资金年底下达，未能及时支出。',
            },
          },
          {
            label: '其中：财政拨款',
            values: { 年初预算: 100, 全年预算数: 100, 全年执行数: 70, 分值: '—', 得分: '—' },
          },
        ],
      },
      standardIndicators(BASE_ROWS),
    ),
  );
}

/** Tagged headers: `全年(调整)预算数(A)`, `执行数(B)`, `执行率(B/A)`, `年度指标值(A)`, and 合计 rows. */
function taggedHeaders(wb: ExcelJS.Workbook): void {
  const names: RoleNames = {
    ...STANDARD_NAMES,
    target: '年度指标值(A)',
    actual: '实际完成值(B)',
    reason: '未完成原因及拟采取的改进措施',
  };
  const rows: Row[] = [
    [
      '产出指标',
      '数量指标',
      '培训基层工作人员人次',
      '≥100人次',
      '90人次',
      20,
      null,
      '部分培训因场地原因推迟。',
    ],
    ['产出指标', '质量指标', '培训考核合格率', '≥95%', '96%', 15],
    ['产出指标', '时效指标', '培训完成时间', '2022年12月31日前', '2022年11月30日', 15],
    ['效益指标', '社会效益指标', '受益群众人数', '≥1000人', '1200人', 30],
    ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '95%', 10],
  ];
  buildForm(
    wb,
    departmentForm(
      BASE_SHEET,
      '示例市民政局',
      {
        label: '预算执行情况（万元）',
        columns: ['年初预算数', '全年(调整)预算数(A)', '执行数(B)', '分值', '执行率(B/A)', '得分'],
        rows: [
          {
            label: '合计',
            values: { 年初预算数: 300, '全年(调整)预算数(A)': 320, '执行数(B)': 312, 分值: 10 },
          },
        ],
      },
      {
        columns: [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值(A)',
          '实际完成值(B)',
          '分值',
          '得分',
          '未完成原因及拟采取的改进措施',
        ],
        rows: records(rows, names),
        totalRow: { label: '合计', values: { 分值: 100, 得分: null } },
      },
    ),
  );
}

/** Writes a sheet cell by cell from a grid (0-based merges), for layouts the form builder does not make. */
function gridSheet(
  wb: ExcelJS.Workbook,
  name: string,
  rows: readonly (readonly ExcelJS.CellValue[])[],
  merges: readonly (readonly [number, number, number, number])[],
): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      cell.font = { name: '宋体', size: 10 };
    }),
  );
  for (const [top, left, bottom, right] of merges)
    ws.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
  ws.columns.forEach((col) => {
    col.width = 14;
  });
}

/**
 * A two-row indicator header (指标值 over 年初指标值 | 调整指标值), a budget label merged across two
 * columns, 主管部门 and 实施单位 on one row, `(分)` header tags, 执行率权重/预算执行率/执行率得分, a
 * 成本指标 first level (split 成本20 产出40 效益20 满意度10), a 合计 row, and a title without kind
 * words: the sheet name (`…项目绩效…`) makes it a project form.
 */
function twoRowHeader(wb: ExcelJS.Workbook): void {
  gridSheet(
    wb,
    '培训项目绩效自评',
    [
      ['2022年度绩效自评表'],
      ['项目名称', null, '基层干部培训'],
      ['主管部门', null, '示例市民政局', null, '实施单位', '示例市民政培训中心'],
      [
        '项目资金（万元）',
        null,
        '年初预算数',
        '全年(调整)预算数',
        '全年执行数',
        '执行率权重',
        '预算执行率',
        '执行率得分',
      ],
      ['年度资金总额', null, 100, 100, 90, 10, null, null],
      ['其中：当年财政拨款', null, 100, 100, 90, '—', null, '—'],
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '指标值',
        null,
        '实际完成值',
        '指标权重(分)',
        '指标得分(分)',
        '偏差原因分析及改进措施',
      ],
      [null, null, null, '年初指标值', '调整指标值', null, null, null, null],
      [
        '成本指标',
        '经济成本指标',
        '人均培训成本',
        '≤500元',
        '≤450元',
        '460元',
        20,
        null,
        '教材价格上涨。',
      ],
      ['产出指标', '数量指标', '培训人次', '≥100人次', null, '100人次', 40, null, null],
      ['效益指标', '社会效益指标', '基层服务能力', '明显提升', null, '明显提升', 20, null, null],
      ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', null, '95%', 10, null, null],
      ['合计', null, null, null, null, null, 100, null, null],
    ],
    [
      [0, 0, 0, 8],
      [1, 0, 1, 1],
      [1, 2, 1, 8],
      [2, 0, 2, 1],
      [2, 2, 2, 3],
      [2, 5, 2, 8],
      [3, 0, 3, 1],
      [4, 0, 4, 1],
      [5, 0, 5, 1],
      [6, 0, 7, 0],
      [6, 1, 7, 1],
      [6, 2, 7, 2],
      [6, 3, 6, 4],
      [6, 5, 7, 5],
      [6, 6, 7, 6],
      [6, 7, 7, 7],
      [6, 8, 7, 8],
      [12, 0, 12, 5],
    ],
  );
}

/**
 * Hebei export (SCORING.md §9.5): a two-row indicator header, 预期指标值 merged over 符号 | 数值 |
 * 单位 and 实际完成值 over 数值 | 单位; bare numbers in the value columns; a compound unit; 定性 in
 * the 符号 column; 基本 as an adverb (§9.1).
 *
 * Golden scores, by hand (mof2020):
 *   budget   95/100 = 95% → 10 × 0.95                                   = 9.5
 *   培训基层干部   ≥1200人次, actual 1150人次: 20 × 1150/1200 = 19.1666… → 19.17
 *   培训合格率     ≥95%, actual 96%: met                                  = 20
 *   人均培训成本   ≤1200元/人·年, actual 1150元/人·年: met                   = 10
 *   基层治理能力   定性, 明显提升 → 基本提升: 基本 is a B marker → 30 × 0.7   = 21 (needs_judgement)
 *   参训人员满意度 ≥90%, actual 92%: met                                  = 10
 *   total 9.5 + 19.17 + 20 + 10 + 21 + 10 = 89.67 → 良 (weights 10+20+20+10+30+10 = 100;
 *   产出 20+20+10 = 50, 效益 30, 满意度 10: no level1_weight_differs).
 */
function hebeiTwoRow(wb: ExcelJS.Workbook): void {
  gridSheet(
    wb,
    '项目支出绩效自评表',
    [
      ['项目支出绩效自评表（2022年度）'],
      ['项目名称', null, '基层干部能力提升培训'],
      ['主管部门', null, '石家庄市民政局', null, '实施单位', null, '石家庄市民政培训中心'],
      [
        '项目资金（万元）',
        null,
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
      ],
      ['年度资金总额', null, 100, 100, 95, 10, null, null],
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '预期指标值',
        null,
        null,
        '实际完成值',
        null,
        '分值',
        '得分',
        '偏差原因分析及改进措施',
      ],
      [null, null, null, '符号', '数值', '单位', '数值', '单位', null, null, null],
      [
        '产出指标',
        '数量指标',
        '培训基层干部',
        '>=',
        1200,
        '人次',
        1150,
        '人次',
        20,
        null,
        '部分学员因值班请假。',
      ],
      ['产出指标', '质量指标', '培训合格率', '≥', 95, '%', 96, '%', 20, null, null],
      [
        '产出指标',
        '成本指标',
        '人均培训成本',
        '≤',
        1200,
        '元/人·年',
        1150,
        '元/人·年',
        10,
        null,
        null,
      ],
      [
        '效益指标',
        '社会效益指标',
        '基层治理能力',
        '定性',
        '明显提升',
        null,
        '基本提升',
        null,
        30,
        null,
        '部分乡镇推进较慢。',
      ],
      ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥', 90, '%', 92, '%', 10, null, null],
      ['合计', null, null, null, null, null, null, null, 100, null, null],
    ],
    [
      [0, 0, 0, 10],
      [1, 0, 1, 1],
      [1, 2, 1, 10],
      [2, 0, 2, 1],
      [3, 0, 3, 1],
      [4, 0, 4, 1],
      [5, 0, 6, 0],
      [5, 1, 6, 1],
      [5, 2, 6, 2],
      [5, 3, 5, 5],
      [5, 6, 5, 7],
      [5, 8, 6, 8],
      [5, 9, 6, 9],
      [5, 10, 6, 10],
      [7, 0, 9, 0],
      [12, 0, 12, 7],
    ],
  );
}

/**
 * Hubei before 2020 (SCORING.md §9.6): the indicator block repeated per goal, each with its label
 * row `年度绩效目标N（45分）` (goal text merged beside it) and its own header row; 基本生活 as a
 * noun (§9.1), an absence target (§9.2), 有所 (§9.1).
 *
 * Golden scores, by hand (mof2020):
 *   budget 180/200 = 90% → 9 (not below 90%: no execution_low)
 *   block 1 (label 45, rows 15+10+10+10 = 45: no finding)
 *     低保对象人数     ≥5000人, 5200人: met                                   = 15
 *     资金发放及时率   100%, 100%: met                                         = 10
 *     困难群众基本生活 基本生活得到保障 → 基本生活得到有效保障: 基本生活 is a noun,
 *                      有效 an achievement → A, qualitative_auto               = 10
 *     受助群众满意度   ≥90%, 93%: met                                         = 10
 *   block 2 (label 45, rows 20+10+5+5 = 40: level1_weight_differs at A11)
 *     临时救助人次     ≥1000人次, 800人次: 20 × 800/1000                       = 16
 *     救助对象认定准确率 ≥98%, 99%: met                                       = 10
 *     安全责任事故     杜绝发生 → 未发生: absence met, A, qualitative_auto      = 5
 *     政策知晓度       明显提升 → 有所提升: 有所 is a B marker → 5 × 0.7         = 3.5
 *   total 9 + 15 + 10 + 10 + 10 + 16 + 10 + 5 + 3.5 = 88.5; weights 10 + 45 + 40 = 95 →
 *   weight_sum_not_100; grade on 88.5 × 100 / 95 = 93.16 → 优. No nominal split check (two blocks).
 */
function hubeiLegacy(wb: ExcelJS.Workbook): void {
  const header = [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];
  gridSheet(
    wb,
    '项目支出绩效自评表',
    [
      ['2019年度项目支出绩效自评表'],
      ['项目名称', null, '城乡困难群众救助'],
      [
        '项目资金（万元）',
        null,
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
      ],
      ['年度资金总额', null, 200, 200, 180, 10, null, null],
      ['年度绩效目标1（45分）', '保障城乡低保对象基本生活，按时足额发放低保资金。'],
      header,
      ['产出指标', '数量指标', '低保对象人数', '≥5000人', '5200人', 15, null, null],
      ['产出指标', '时效指标', '资金发放及时率', '100%', '100%', 10, null, null],
      [
        '效益指标',
        '社会效益指标',
        '困难群众基本生活',
        '基本生活得到保障',
        '基本生活得到有效保障',
        10,
        null,
        null,
      ],
      ['满意度指标', '服务对象满意度指标', '受助群众满意度', '≥90%', '93%', 10, null, null],
      ['年度绩效目标2（45分）', '对遭遇急难的困难群众及时实施临时救助。'],
      header,
      [
        '产出指标',
        '数量指标',
        '临时救助人次',
        '≥1000人次',
        '800人次',
        20,
        null,
        '申请人数少于预期。',
      ],
      ['产出指标', '质量指标', '救助对象认定准确率', '≥98%', '99%', 10, null, null],
      ['效益指标', '社会效益指标', '安全责任事故', '杜绝发生', '未发生', 5, null, null],
      [
        '效益指标',
        '社会效益指标',
        '政策知晓度',
        '明显提升',
        '有所提升',
        5,
        null,
        '宣传覆盖面不足。',
      ],
      ['总分', null, null, null, null, 95, null, null],
    ],
    [
      [0, 0, 0, 7],
      [1, 0, 1, 1],
      [1, 2, 1, 7],
      [2, 0, 2, 1],
      [3, 0, 3, 1],
      [4, 1, 4, 7],
      [10, 1, 10, 7],
      [16, 0, 16, 4],
    ],
  );
}

/**
 * Chongqing department form (SCORING.md §9.7): a plain 指标名称 list with no 一级/二级 columns;
 * Chinese numerals (§9.4), a unit-naming bracket and spaces (§9.3), an absence target (§9.2),
 * 基本 as an adverb (§9.1).
 *
 * Golden scores, by hand (mof2020):
 *   budget 468/520 = 90% → 9
 *   社区养老服务站   十二个 → 12个: met                                       = 15
 *   政策宣传活动     不少于两次 → 两次: met (2 ≥ 2)                            = 10
 *   服务覆盖人数     ≥1.2万人 → 1.1万人: 15 × 11000/12000 = 13.75               = 13.75
 *   资金发放准确率   ≥ 98 %（百分比） → 99 %: met                               = 15
 *   安全责任事故     不发生 → 未发生: absence met, A, qualitative_auto          = 10
 *   内控制度建设     健全 → 基本健全: 基本 is a B marker → 15 × 0.7             = 10.5
 *   群众满意度       ≥90% → 95%: met                                           = 10
 *   total 9 + 15 + 10 + 13.75 + 15 + 10 + 10.5 + 10 = 93.25 → 优; weights 10 + 90 = 100; no
 *   level1_weight_differs (no first level).
 */
function chongqingList(wb: ExcelJS.Workbook): void {
  gridSheet(
    wb,
    '部门整体支出绩效自评表',
    [
      ['重庆市某区2022年度部门整体支出绩效自评表'],
      ['部门（单位）名称', '某区民政局'],
      [
        '年度预算执行情况（万元）',
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
      ],
      ['年度资金总额', 500, 520, 468, 10, null, null],
      ['指标名称', '指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['社区养老服务站', '十二个', '12个', 15, null, null],
      ['政策宣传活动', '不少于两次', '两次', 10, null, null],
      ['服务覆盖人数', '≥1.2万人', '1.1万人', 15, null, '部分对象户籍迁出。'],
      ['资金发放准确率', '≥ 98 %（百分比）', '99 %', 15, null, null],
      ['安全责任事故', '不发生', '未发生', 10, null, null],
      ['内控制度建设', '健全', '基本健全', 15, null, '个别制度尚在修订。'],
      ['群众满意度', '≥90%', '95%', 10, null, null],
      ['总分', null, null, 100, null, null],
    ],
    [[0, 0, 0, 6]],
  );
}

/**
 * A form as WPS saves it: line breaks and spaces inside header cells (`年度\n指标值`, §9.5), values as
 * text with full-width digits, spaces and thousands separators, weights and budget amounts as text,
 * compound units written with `*` and `·` (§9.3), a unit-naming bracket `（万元）`, 基本 as an adverb.
 *
 * Golden scores, by hand (mof2020):
 *   budget '285'/'300' = 95% → 9.5
 *   发放补贴人数   ≥ 3,000 人 → ３，１００人: met                                  = 15
 *   补贴发放准确率 ≥ ９５ ％ → ９６ ％: met                                       = 15
 *   人均补贴标准   ≥1200元/人*月 → 1150元/人·月 (one unit): 10 × 1150/1200 = 9.583… = 9.58
 *   项目管理费用   ≤30万元（万元） → 32万元: 10 × 30/32 = 9.375 → half-up          = 9.38
 *   困难群众生活   有效缓解 → 基本缓解: 基本 is a B marker (§9.1) → 30 × 0.7         = 21
 *   受益群众满意度 ≥90% → 92%: met                                                 = 10
 *   total 9.5 + 15 + 15 + 9.58 + 9.38 + 21 + 10 = 89.46 → 良; weights 10+15+15+10+10+30+10 = 100.
 */
function wpsText(wb: ExcelJS.Workbook): void {
  gridSheet(
    wb,
    '项目支出绩效自评表',
    [
      ['项目支出绩效自评表\n（2022年度）'],
      ['项目名称', null, '困难群众生活补贴'],
      [
        '项目资金\n（万元）',
        null,
        '年初\n预算数',
        '全年\n预算数',
        '全年\n执行数',
        '分 值',
        '执行率',
        '得 分',
      ],
      ['年度资金总额', null, '300', '300', '285', '10', null, null],
      [
        '一级\n指标',
        '二级\n指标',
        '三级\n指标',
        '年度\n指标值',
        '实际\n完成值',
        '分 值',
        '得 分',
        '偏差原因分析\n及改进措施',
      ],
      ['产出指标', '数量指标', '发放补贴人数', '≥ 3,000 人', '３，１００人', '15', null, null],
      ['产出指标', '质量指标', '补贴发放准确率', '≥ ９５ ％', '９６ ％', '15', null, null],
      [
        '产出指标',
        '成本指标',
        '人均补贴标准',
        '≥1200元/人*月',
        '1150元/人·月',
        '10',
        null,
        '按在册人数核定。',
      ],
      [
        '产出指标',
        '成本指标',
        '项目管理费用',
        '≤30万元（万元）',
        '32万元',
        '10',
        null,
        '新增入户核查。',
      ],
      [
        '效益指标',
        '社会效益指标',
        '困难群众生活',
        '有效缓解',
        '基本缓解',
        '30',
        null,
        '物价上涨。',
      ],
      ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '92%', '10', null, null],
      ['总分', null, null, null, null, '100', null, null],
    ],
    [
      [0, 0, 0, 7],
      [1, 0, 1, 1],
      [1, 2, 1, 7],
      [2, 0, 2, 1],
      [3, 0, 3, 1],
      [11, 0, 11, 4],
    ],
  );
}

/**
 * Numbers nobody can read (SCORING.md §9.8): never a silent full mark. `元/人.年` (a full stop where
 * `·` belongs) and a sentence around a number cannot be read as §2/§9 describe.
 *
 * Golden scores, by hand (mof2020):
 *   budget 100/100 → 10
 *   人均培训成本 ≥1200元/人.年 → 1150元/人.年: unreadable target, no marker → A, but
 *                needs_judgement quoting “≥1200元/人.年”                       = 20
 *   完成培训任务 ≥10个 → 完成12个以上任务: unreadable actual against a number → A (完成),
 *                needs_judgement quoting “完成12个以上任务”                    = 10
 *   培训人次     ≥100人次 → 90人次: 20 × 90/100                                = 18
 *   群众生活     明显改善 → 明显改善: equal → A, qualitative_auto                = 30
 *   参训满意度   ≥90% → 95%: met                                               = 10
 *   total 10 + 20 + 10 + 18 + 30 + 10 = 98 → 优; weights 10 + 20 + 10 + 20 + 30 + 10 = 100;
 *   产出 20 + 10 + 20 = 50, 效益 30, 满意度 10.
 */
function unreadableNumber(wb: ExcelJS.Workbook): void {
  gridSheet(
    wb,
    '项目支出绩效自评表',
    [
      ['项目支出绩效自评表（2022年度）'],
      ['项目名称', null, '基层干部培训'],
      [
        '项目资金（万元）',
        null,
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
      ],
      ['年度资金总额', null, 100, 100, 100, 10, null, null],
      STANDARD_COLUMNS,
      [
        '产出指标',
        '成本指标',
        '人均培训成本',
        '≥1200元/人.年',
        '1150元/人.年',
        20,
        null,
        '标准下调。',
      ],
      ['产出指标', '数量指标', '完成培训任务', '≥10个', '完成12个以上任务', 10, null, null],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '90人次', 20, null, '部分学员请假。'],
      ['效益指标', '社会效益指标', '群众生活', '明显改善', '明显改善', 30, null, null],
      ['满意度指标', '服务对象满意度指标', '参训满意度', '≥90%', '95%', 10, null, null],
      ['总分', null, null, null, null, 100, null, null],
    ],
    [
      [0, 0, 0, 7],
      [1, 0, 1, 1],
      [1, 2, 1, 7],
      [2, 0, 2, 1],
      [3, 0, 3, 1],
      [10, 0, 10, 4],
    ],
  );
}

/** A workbook with sheets but no form: `no_form_found`. */
function noForm(wb: ExcelJS.Workbook): void {
  const cover = wb.addWorksheet('封面');
  cover.getCell('A1').value = '2022年度绩效自评材料';
  cover.getCell('A3').value = '（自评表另行报送）';
  const data = wb.addWorksheet('数据');
  data.addRow(['项目', '金额（万元）']);
  data.addRow(['培训费', 12.5]);
  data.addRow(['印刷费', 3.2]);
}

const LAYOUTS: Readonly<Record<string, (wb: ExcelJS.Workbook) => void>> = {
  'layout.shuffled': shuffled,
  'layout.anhui': anhui,
  'layout.sichuan': sichuan,
  'layout.multi': multi,
  'layout.placeholders': placeholders,
  'layout.unmerged': unmerged,
  'layout.offset': offset,
  'layout.adjusted': adjusted,
  'layout.valueTypes': valueTypes,
  'layout.mof2021': mof2021,
  'layout.initialBudget': initialBudget,
  'layout.budgetHeaders': budgetHeaders,
  'layout.taggedHeaders': taggedHeaders,
  'layout.twoRowHeader': twoRowHeader,
  'layout.hebeiTwoRow': hebeiTwoRow,
  'layout.hubeiLegacy': hubeiLegacy,
  'layout.chongqingList': chongqingList,
  'layout.wpsText': wpsText,
  'layout.unreadableNumber': unreadableNumber,
  'layout.baseline': (wb) => void buildForm(wb, baseForm()),
  'layout.deviationPenalty.yitihua-strict': deviationPenaltyForm,
  'layout.executionCaps.yitihua-strict': executionCapsForm,
  'layout.spendingGap.yitihua-strict': spendingGapForm,
  'error.no_form_found': noForm,
};

async function write(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'selfeval';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  fill(wb);
  const data = await wb.xlsx.writeBuffer();
  await fs.writeFile(path.join(OUT, `${name}.xlsx`), stableZip(new Uint8Array(data)));
  process.stdout.write(`wrote test/fixtures/${name}.xlsx\n`);
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  for (const [name, fill] of Object.entries(LAYOUTS)) await write(name, fill);
  for (const [code, form] of Object.entries(ERROR_FORMS))
    await write(`error.${code}`, (wb) => void buildForm(wb, form));
  // Not a zip at all, as when a .xls or a text file is renamed to .xlsx.
  await fs.writeFile(
    path.join(OUT, 'error.file_unreadable.xlsx'),
    'This is not an Excel workbook.\n',
  );
  process.stdout.write('wrote test/fixtures/error.file_unreadable.xlsx\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${String((err as Error).stack ?? err)}\n`);
  process.exitCode = 1;
});
