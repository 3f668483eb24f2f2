import { summaryReports, type ReviewedFile, type ReviewedForm } from '.';

function form(over: Partial<ReviewedForm>): ReviewedForm {
  return {
    sheet: 'S',
    firstRow: 1,
    kind: 'project',
    unit: '甲单位',
    project: '甲项目',
    department: '市民政局',
    year: 2022,
    profile: 'mof2020',
    total: 95,
    grade: '优',
    selfReportedTotal: 98,
    difference: -3,
    scoresDiffering: 2,
    selfScored: true,
    duplicateOf: null,
    budget: { planned: 100, executed: 80, rate: 0.8, rawRate: 0.8 },
    findings: { error: 0, warning: 1, info: 0 },
    codes: { execution_low: 1 },
    problems: [],
    outliers: [
      {
        indicator: '培训人次',
        cell: 'G9',
        target: '≥100人次',
        actual: '300人次',
        score: 5,
        weight: 5,
        direction: 'over',
      },
    ],
    ...over,
  };
}

const files = (forms: ReviewedForm[]): ReviewedFile[] => [
  { file: 'a.xlsx', status: 'scored', forms, problems: [] },
];

describe('summaryReports (总结报告)', () => {
  it('drafts one report per 主管部门 in the outline of REVIEW.md', () => {
    const reports = summaryReports(
      files([form({}), form({ unit: '乙单位', department: '市教育局', total: 70, grade: '中' })]),
    );
    expect(reports.map((r) => r.title)).toEqual([
      '市民政局2022年度部门项目支出绩效自评总结报告',
      '市教育局2022年度部门项目支出绩效自评总结报告',
    ]);
    const headings = reports[0]!.blocks.filter((b) => b.kind === 'heading' && b.level === 1);
    expect(headings.map((h) => (h.kind === 'heading' ? h.text : ''))).toEqual([
      '一、项目支出基本情况',
      '二、绩效自评工作开展情况',
      '三、绩效自评结果及分析',
      '四、自评发现的问题及整改措施',
      '五、绩效自评工作建议及预算安排建议',
      '六、其他需要说明的问题',
    ]);
    const text = JSON.stringify(reports[0]!.blocks);
    // Σ planned 100, executed 80 → 80%; the project is under 90%, so it is named and advised on.
    expect(text).toContain('预算数合计100.00万元，执行数合计80.00万元，总体执行率80%');
    expect(text).toContain('甲单位“甲项目”：执行率80%，复核得分95分，等级“优”。');
    expect(text).toContain(
      '“培训人次”：年度指标值≥100人次，实际完成值300人次，完成值远超年度指标值',
    );
    expect(text).toContain('自评得分98分，复核得分95分');
    expect(text).toContain('预算执行率偏低：共1处，涉及1张自评表（甲单位）。');
    expect(text).toContain('对执行率低于90%的1个项目');
    // Three fill-ins: 二, 五 and 六.
    expect(text.match(/（请补充：/g)).toHaveLength(3);
  });

  it('writes one report for all forms when none names a 主管部门', () => {
    const reports = summaryReports(files([form({ department: null })]));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.title).toBe('2022年度部门项目支出绩效自评总结报告');
  });
});
