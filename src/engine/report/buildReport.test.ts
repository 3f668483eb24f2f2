/**
 * The report builder on small forms built in memory: each part of the outline says what the form
 * holds, and says so in one sentence when it holds nothing.
 */
import type { CellValue } from '../base/cells';
import { scoreWorkbook } from '../score/scoreWorkbook';
import type { SheetSnapshot } from '../base/snapshot';
import { MOF2021 } from '../rules/profiles';
import { buildReports } from './buildReport';
import { fillInCount } from './document';
import type { ReportDocument } from './document';
import { renderMarkdown } from './markdown';

type Ind = [string, string, string, string, string, number, string?];

interface Spec {
  readonly kind?: 'department' | 'project';
  readonly budget?: readonly [number | null, number | null, number | null] | null;
  readonly achieved?: string;
  readonly indicators?: readonly Ind[];
}

function formSheet(spec: Spec, name = '自评表'): SheetSnapshot {
  const project = spec.kind === 'project';
  const cells: CellValue[][] = [
    [project ? '项目支出绩效自评表' : '部门整体支出绩效自评表'],
    ['（2022年度）'],
    project ? ['项目名称', null, '村级道路维修'] : ['部门（单位）名称', null, '测试局'],
  ];
  if (spec.budget !== null) {
    const [initial, annual, executed] = spec.budget ?? [100, 100, 100];
    cells.push([
      '年度预算执行情况（万元）',
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    cells.push([null, '年度资金总额', initial, annual, executed, 10]);
  }
  if (spec.achieved !== undefined) {
    cells.push(['年度总体目标', '预期目标', null, null, '实际完成情况']);
    cells.push([null, '完成任务。', null, null, spec.achieved]);
  }
  cells.push([
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ]);
  for (const [l1, l2, n, t, a, w, why] of spec.indicators ?? [])
    cells.push([l1, l2, n, t, a, w, null, why ?? null]);
  cells.push(['总分', null, null, null, null, 100]);
  return { name, cells, merges: [] };
}

function report(spec: Spec): { doc: ReportDocument; md: string } {
  const result = scoreWorkbook({ sheets: [formSheet(spec)], record: null });
  const doc = buildReports(result)[0]!;
  return { doc, md: renderMarkdown(doc) };
}

/** The text between a heading and the next heading. */
function section(md: string, heading: string): string {
  const at = md.indexOf(`${heading}\n`);
  if (at < 0) throw new Error(`no heading ${heading}`);
  const rest = md.slice(at + heading.length + 1);
  const next = rest.search(/\n#{1,6} /);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

const FULL: Ind[] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次', '110人次', 50],
  ['效益指标', '社会效益指标', '受益人数', '≥1000人', '1200人', 30],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10],
];

describe('buildReport', () => {
  it('writes the total and grade of a department form', () => {
    const { md } = report({ indicators: FULL });
    expect(section(md, '### （一）部门整体绩效自评得分')).toBe(
      '测试局部门整体绩效自评得分100分，自评等级为“优”。',
    );
  });

  it('uses 项目 in place of 部门整体 for a project form', () => {
    const { doc, md } = report({ kind: 'project', indicators: FULL });
    expect(doc.title).toBe('村级道路维修项目2022年度绩效自评报告');
    expect(md).toContain('### （一）项目绩效自评得分');
    expect(md).toContain('### （二）项目绩效目标完成情况');
    expect(md).not.toContain('部门整体');
    expect(section(md, '### （一）项目绩效自评得分')).toBe(
      '村级道路维修项目绩效自评得分100分，自评等级为“优”。',
    );
  });

  it('says the goals were met when no indicator lost points', () => {
    const { md } = report({ indicators: FULL });
    expect(section(md, '#### 3.未完成的绩效目标')).toBe(
      '年初绩效目标基本完成，各项绩效指标均达到年度指标值。',
    );
    expect(section(md, '### （三）存在的问题和原因')).toBe('自评表未反映存在的问题。');
    expect(section(md, '### （四）下一步拟改进措施')).toContain('自评表未反映需要改进的问题。');
  });

  it('lists an unfinished indicator with target, actual, points lost, reason, and its measure', () => {
    const { md } = report({
      indicators: [
        ...FULL.slice(0, 2),
        [
          '满意度指标',
          '服务对象满意度指标',
          '满意度',
          '≥90%',
          '81%',
          10,
          '宣传解释不到位；拟加强政策宣传',
        ],
      ],
    });
    expect(section(md, '#### 3.未完成的绩效目标')).toBe(
      '1项绩效指标未得满分，共扣1分：\n\n（1）满意度：年度指标值≥90%，实际完成值81%，未达到年度指标值；按完成比例90%计分，得9分，扣1分（分值10分）。偏差原因：宣传解释不到位。',
    );
    expect(section(md, '### （三）存在的问题和原因')).toBe(
      '1、宣传解释不到位（涉及指标：“满意度”）。',
    );
    expect(section(md, '### （四）下一步拟改进措施').split('\n\n')[0]).toBe('1、加强政策宣传。');
  });

  it('says when a lost point has no reason, and adds the standard measure', () => {
    const { md } = report({
      indicators: [
        ...FULL.slice(0, 2),
        ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '81%', 10],
      ],
    });
    expect(md).toContain('扣1分（分值10分）。自评表未说明偏差原因。');
    expect(section(md, '### （三）存在的问题和原因')).toBe(
      '1、“满意度”未得满分，自评表未说明偏差原因。',
    );
    expect(section(md, '### （四）下一步拟改进措施')).toContain('逐项分析原因');
  });

  it('gives the capped rate and the raw ratio when execution exceeds the budget, with the budget measures', () => {
    const { md } = report({ budget: [100, 100, 150], indicators: FULL });
    expect(section(md, '#### 1.执行率情况')).toBe(
      '测试局2022年预算数100.00万元，执行数150.00万元，执行率为100%。执行数超过预算数，执行数与预算数之比为150%，执行率按100%计。',
    );
    expect(section(md, '### （三）存在的问题和原因')).toContain('预算编制的准确性有待提高');
    expect(section(md, '### （四）下一步拟改进措施')).toContain(
      '提高预算编制的科学性、合理性、严谨性和可控性',
    );
  });

  it('reports low execution as a problem with its measure', () => {
    const { md } = report({ budget: [100, 100, 80], indicators: FULL });
    expect(section(md, '#### 1.执行率情况')).toBe(
      '测试局2022年预算数100.00万元，执行数80.00万元，执行率为80%。执行率低于90%，自评表未说明原因。',
    );
    expect(section(md, '### （三）存在的问题和原因')).toBe(
      '1、预算执行进度偏慢，执行率为80%，低于90%。自评表未说明原因。',
    );
    expect(section(md, '### （四）下一步拟改进措施')).toContain(
      '进一步加快推进项目进度，提高资金使用效率。',
    );
  });

  it('says so in one sentence when the form has no budget block or no indicators', () => {
    const noBudget = report({ budget: null, indicators: FULL }).md;
    expect(section(noBudget, '#### 1.执行率情况')).toBe(
      '自评表未填列预算执行情况，无法分析执行率。',
    );
    expect(section(noBudget, '#### 1.预算执行情况分析')).toBe('自评表未填列预算执行情况。');
    const noIndicators = report({ indicators: [] }).md;
    expect(section(noIndicators, '#### 3.未完成的绩效目标')).toBe(
      '自评表未填列绩效指标，无法分析未完成的绩效目标。',
    );
  });

  it('quotes the 实际完成情况 of the overall goal', () => {
    const { md } = report({ achieved: '一是完成甲；二是完成乙', indicators: FULL });
    expect(section(md, '#### 2.完成的绩效目标')).toMatch(
      /^2022年，测试局年度总体目标完成情况如下：一是完成甲；二是完成乙。/,
    );
  });

  it('groups the analysis under 产出, 效益 and 满意度 and says when a part is missing', () => {
    const { md } = report({ indicators: [FULL[0]!] });
    expect(section(md, '##### （1）产出指标完成情况分析')).toBe(
      '数量指标方面：培训人次110人次（年度指标值≥100人次）。',
    );
    expect(section(md, '##### （2）效益指标完成情况分析')).toBe('自评表未设置效益指标。');
    expect(section(md, '##### （3）满意度指标完成情况分析')).toBe('自评表未设置满意度指标。');
  });

  it('has the 评分明细 table with 一级/二级/三级 and 偏差原因, then the form attached', () => {
    const { doc } = report({
      indicators: [
        ...FULL.slice(0, 2),
        [
          '满意度指标',
          '服务对象满意度指标',
          '满意度',
          '≥90%',
          '81%',
          10,
          '宣传解释不到位。下一步加强宣传。',
        ],
      ],
    });
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.landscape).toBe(true);
    expect(table.columns.map((c) => c.header)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因',
    ]);
    expect(table.rows.map((r) => r.slice(0, 3))).toEqual([
      ['预算执行', '', '预算执行率'],
      ['产出指标', '数量指标', '培训人次'],
      ['效益指标', '社会效益指标', '受益人数'],
      ['满意度指标', '服务对象满意度指标', '满意度'],
      ['总分', '', ''],
    ]);
    // The reason part of the form's text; the measure goes to （四）.
    expect(table.rows[3]![7]).toBe('宣传解释不到位');
    // 100 = 10 + 50 + 30 + 10; 99 = 10 + 50 + 30 + 9 (81 / 90 × 10).
    expect(table.rows[table.rows.length - 1]!.slice(5, 7)).toEqual([100, 99]);
    const last = doc.blocks[doc.blocks.length - 1]!;
    expect(last.kind).toBe('attachment');
    if (last.kind !== 'attachment') return;
    const form = last.blocks.filter((b) => b.kind === 'table');
    // The budget block and the indicator rows, with the form's full 偏差原因分析及改进措施 text.
    expect(form.map((t) => t.columns[0]!.header)).toEqual(['年度预算执行情况（万元）', '一级指标']);
    expect(form[1]!.rows[2]![7]).toBe('宣传解释不到位。下一步加强宣传。');
  });

  it('leaves the parts no form holds as fill-ins, and takes them from a 报告素材 sheet', () => {
    const { doc } = report({ indicators: FULL });
    expect(doc.blocks.flatMap((b) => (b.kind === 'fillIn' ? [b.text] : []))).toEqual([
      '（请补充：本单位机构设置、人员编制、主要职能及年度主要工作。）',
      '（请补充：自评工作的组织领导、职责分工、自评方式和工作过程。）',
      '（请补充：上年度绩效自评发现问题的整改情况、自评结果公开及在预算安排中的应用情况。）',
    ]);
    expect(fillInCount(doc)).toBe(3);
    const materials: SheetSnapshot = {
      name: '报告素材',
      merges: [],
      cells: [
        ['栏目', '内容'],
        ['（一）基本情况：', '本局内设科室8个。\n全年重点工作5项。'],
        ['自评工作开展情况', '=成立自评工作小组'],
        ['存在的问题', '1、宣传力度不足。'],
        ['改进措施', '加强宣传'],
      ],
    };
    const snapshot = { sheets: [formSheet({ indicators: FULL }), materials], record: null };
    const withText = buildReports(scoreWorkbook(snapshot), snapshot)[0]!;
    expect(fillInCount(withText)).toBe(1); // 上年度自评结果应用情况 is not in the sheet
    const md = renderMarkdown(withText);
    expect(section(md, '### （一）基本情况')).toBe('本局内设科室8个。\n\n全年重点工作5项。');
    // Used as written: a text that starts with = stays text.
    expect(section(md, '### （二）部门自评工作开展情况')).toBe('=成立自评工作小组');
    expect(section(md, '### （三）存在的问题和原因')).toBe('1、宣传力度不足。');
    expect(section(md, '### （四）下一步拟改进措施')).toBe('1、加强宣传。\n\n附件：自评表');
  });

  it('reads as Chinese: a worded actual is not glued to the name it repeats', () => {
    const { md } = report({
      indicators: [
        ['产出指标', '质量指标', '民政服务机构安全风险隐患排查', '全面排查', '全面排查', 50],
        ['产出指标', '时效指标', '资金拨付及时率', '≥90%', '95%', 40],
      ],
    });
    const text = section(md, '##### （1）产出指标完成情况分析');
    expect(text).toContain('民政服务机构安全风险隐患已全面排查，达到年度指标值');
    expect(text).toContain('资金拨付及时率达到95%（年度指标值≥90%）');
  });
});

describe('lost points by their cause under 财预〔2021〕101号', () => {
  const mof2021 = (inds: Ind[], budget?: Spec['budget']): string => {
    const result = scoreWorkbook(
      {
        sheets: [formSheet({ indicators: inds, ...(budget !== undefined ? { budget } : {}) })],
        record: null,
      },
      MOF2021,
    );
    return renderMarkdown(buildReports(result)[0]!);
  };

  it('never says 未达到 of a met target scored on a satisfaction step', () => {
    // ≥80% met by 85%; the 101号 steps score 85% at 80% of the 分值: 2.5 × 0.8 = 2, 0.5 lost.
    const md = mof2021([
      ['产出指标', '数量指标', '培训人次', '≥100人次', '110人次', 50],
      ['效益指标', '社会效益指标', '受益人数', '≥1000人', '1200人', 37.5],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥80%', '85%', 2.5],
    ]);
    expect(md).not.toMatch(/群众满意度[^。]*未达到/);
    expect(section(md, '#### 3.未完成的绩效目标')).toContain(
      '群众满意度：年度指标值≥80%，实际完成值85%，达到年度指标值；满意度85%，按101号分档（80%–90%）得分档80%，得2分，扣0.5分（分值2.5分）。',
    );
    expect(section(md, '##### （3）满意度指标完成情况分析')).toBe(
      '服务对象满意度指标方面：群众满意度达到85%（年度指标值≥80%），满意度85%，按101号分档（80%–90%）得分档80%。',
    );
    expect(section(md, '#### 2.完成的绩效目标')).toContain(
      '另有“群众满意度”达到年度指标值，按101号分档未得满分。',
    );
  });

  it('names the budget step and the 60% floor', () => {
    // 执行率 85%: the 80%–100% step earns 70% of 10 = 7. 50 / 100 = 50% < 60%: 0 of 50.
    const md = mof2021(
      [
        ['产出指标', '数量指标', '培训人次', '≥100人次', '50人次', 50],
        ['效益指标', '社会效益指标', '受益人数', '≥1000人', '1200人', 40],
      ],
      [100, 100, 85],
    );
    const text = section(md, '#### 3.未完成的绩效目标');
    expect(text).toContain(
      '执行率85%，按101号分档（80%–100%）得分档70%，得7分，扣3分（分值10分）。',
    );
    expect(text).toContain(
      '培训人次：年度指标值≥100人次，实际完成值50人次，未达到年度指标值；完成比例50%，低于101号规定的60%起评线，得0分，扣50分（分值50分）。',
    );
  });
});

describe('why an indicator lost points (report/status.ts)', () => {
  const analysis = (inds: Ind[], budget?: Spec['budget']): string =>
    section(
      report({ indicators: inds, ...(budget !== undefined ? { budget } : {}) }).md,
      '##### （1）产出指标完成情况分析',
    );

  it('says 超出 for lower-is-better, 未达到 for higher-is-better, brackets the target', () => {
    const text = analysis([
      ['产出指标', '成本指标', '人均成本', '≤450元', '460元', 50],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '90人次', 40],
    ]);
    expect(text).toContain('人均成本460元，超出年度指标值（≤450元）');
    expect(text).toContain('培训人次90人次，未达到年度指标值（≥100人次）');
  });

  it('never says 未达到 of a met target whose weight is missing, and never quotes an Excel error', () => {
    const { md } = report({
      indicators: [['产出指标', '质量指标', '合格率', '≥95%', '96%', Number.NaN]],
    });
    expect(md).not.toContain('未达到年度指标值');
    expect(md).toContain('1项绩效指标未填写分值、按0分计');
    const base = formSheet({
      indicators: [['产出指标', '数量指标', '培训人次', '≥100人次', '110人次', 50]],
    });
    const cells = base.cells.map((r) => [...r]);
    cells[cells.length - 2]![4] = { error: '#N/A' };
    const md2 = renderMarkdown(
      buildReports(scoreWorkbook({ sheets: [{ ...base, cells }], record: null }))[0]!,
    );
    expect(md2).toContain('培训人次，自评表相关单元格为错误值，按0分计');
    expect(md2).not.toContain('#N/A；');
  });

  it('lists the 二级指标 of 产出 as 数量, 质量, 时效, 成本 whatever the form order', () => {
    const text = analysis([
      ['产出指标', '成本指标', '人均成本', '≤450元', '440元', 30],
      ['产出指标', '时效指标', '完成时间', '2022年12月31日前', '2022年11月30日', 20],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '110人次', 40],
    ]);
    expect(text.split('\n\n').map((p) => p.slice(0, 4))).toEqual([
      '数量指标',
      '时效指标',
      '成本指标',
    ]);
  });

  it('counts the budget execution among the points lost', () => {
    const { md } = report({ indicators: FULL, budget: [100, 100, 92] });
    const unfinished = section(md, '### 3.未完成的绩效目标');
    expect(unfinished).toContain('各项绩效指标均达到年度指标值；预算执行未得满分，扣0.8分：');
    expect(unfinished).toContain(
      '预算执行：预算数100.00万元，执行数92.00万元，执行率92%，按执行率计分，得9.2分，扣0.8分（分值10分）。',
    );
  });
});
