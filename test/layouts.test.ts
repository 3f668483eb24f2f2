/**
 * Layout fixtures (described in scripts/fixtures/, built by scripts/buildFixtures.ts; SCORING.md
 * §1): workbooks laid out the ways provinces and years lay them out are read and scored to the
 * cent. The totals below are computed by hand from the fixture data, independently of the golden
 * files.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { MOF2021, YITIHUA_STRICT, buildReport } from '../src/engine';
import { openWorkbook } from '../src/xlsx/node';
import { FIXTURES, scoreFile } from './helpers/workbooks';

const fixture = (name: string): string => path.join(FIXTURES, `layout.${name}.xlsx`);
const scoresOf = (result: Awaited<ReturnType<typeof scoreFile>>, sheet?: string): number[] => {
  const form = sheet ? result.forms.find((f) => f.model.sheet === sheet)! : result.forms[0]!;
  return [form.budget?.score ?? 0, ...form.indicators.map((i) => i.score)];
};

describe('layout fixtures scored to the cent (hand-computed)', () => {
  it('shuffled columns: 实际完成值 before 年度指标值, 得分 before 分值', async () => {
    const result = await scoreFile(fixture('shuffled'));
    // Budget 450/500 = 90% × 10 = 9; 校舍 1800/2000 × 20 = 18; 合格率 =100% met 15; 完工 2022年9月
    // before 10月底 15; 学位 520 ≥ 500 30; 满意度 88/90 × 10 = 9.777… → 9.78.
    expect(scoresOf(result)).toEqual([9, 18, 15, 15, 30, 9.78]);
    // 9 + 18 + 15 + 15 + 30 + 9.78 = 96.78
    expect(result.forms[0]!.total).toBe(96.78);
    expect(result.forms[0]!.budget!.cell).toBe('F5');
    expect(result.forms[0]!.indicators[0]!.cell).toBe('F9');
  });

  it('Anhui style: 产出指标（50分） labels, 指标权重 before 年度指标值, 权重/执行率得分', async () => {
    const result = await scoreFile(fixture('anhui'));
    const form = result.forms[0]!;
    expect(form.model.kind).toBe('project');
    // 主管部门 and 实施单位 side by side on one row.
    expect([form.model.projectName, form.model.authority, form.model.implementer]).toEqual([
      '困难群众救助补助资金',
      '安庆市民政局',
      '安庆市社会救助中心',
    ]);
    expect(form.indicators.map((i) => i.level1)).toEqual([
      '产出指标',
      '产出指标',
      '效益指标',
      '满意度指标',
    ]);
    // Budget 230/250 = 92% × 10 = 9.2; 人数 4800/5000 × 25 = 24; 准确率 99% ≥ 98% 25; 定性 equal 30;
    // 满意度 80/85 × 10 = 9.4117… → 9.41.
    expect(scoresOf(result)).toEqual([9.2, 24, 25, 30, 9.41]);
    // 9.2 + 24 + 25 + 30 + 9.41 = 97.61
    expect(form.total).toBe(97.61);
    // Label weights (50, 30, 10) match their rows: no level1_weight_differs.
    expect(result.findings.map((f) => f.code)).toEqual(['qualitative_auto']);
  });

  it('Sichuan style: split 指标性质 / 指标值 / 度量单位 columns', async () => {
    const result = await scoreFile(fixture('sichuan'));
    const form = result.forms[0]!;
    expect(form.indicators.map((i) => i.target)).toEqual([
      '≥30公里',
      '=100%',
      '≤50万元/公里',
      '明显改善',
      '≥90%',
    ]);
    // Budget 60/80 = 75% × 10 = 7.5; 里程 33 ≥ 30 20; 合格率 100 = 100 15; 成本 ≤50 but 55:
    // 15 × 50/55 = 13.636… → 13.64; 定性 30; 满意度 92 ≥ 90 10.
    expect(scoresOf(result)).toEqual([7.5, 20, 15, 13.64, 30, 10]);
    // 7.5 + 20 + 15 + 13.64 + 30 + 10 = 96.14
    expect(form.total).toBe(96.14);
    expect(form.indicators[3]!.method).toBe('qualitative');
    expect(form.indicators[2]!.method).toBe('lower');
  });

  it('mof2021 profile with satisfaction steps', async () => {
    const result = await scoreFile(fixture('mof2021'), MOF2021);
    // Budget 85% → [80%,100%) → 0.7 × 10 = 7; 人次 r = 0.8 → 20 × (0.8 − 0.6)/0.4 = 10; 合格率 met 30;
    // 受益 r = 0.5 < 0.6 → 0; 满意度 85% → 0.8 × 5 = 4; 满意度 75% → 0.5 × 5 = 2.5.
    expect(scoresOf(result)).toEqual([7, 10, 30, 0, 4, 2.5]);
    // 7 + 10 + 30 + 0 + 4 + 2.5 = 53.5 → 差
    expect(result.forms[0]!.total).toBe(53.5);
    expect(result.forms[0]!.grade).toBe('差');
  });

  it('a department form, two project forms and three sheets that are no form', async () => {
    const result = await scoreFile(fixture('multi'));
    expect(result.forms.map((f) => [f.model.sheet, f.model.kind])).toEqual([
      ['部门整体', 'department'],
      ['项目1', 'project'],
      ['项目2', 'project'],
    ]);
    const p1 = result.forms[1]!;
    expect(p1.model.projectName).toBe('农村公路养护工程');
    expect(p1.model.authority).toBe('示例县交通运输局');
    expect(p1.model.implementer).toBe('示例县公路事务中心');
    expect(p1.model.budget!.breakdown.map((b) => b.label)).toEqual([
      '当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    // 项目1: budget 304/320 = 95% × 10 = 9.5; 20; 15; 按时完成 15; 8/10 × 30 = 24; 10 → 93.5
    expect(scoresOf(result, '项目1')).toEqual([9.5, 20, 15, 15, 24, 10]);
    expect(p1.total).toBe(93.5);
    // 项目2: 10 + 25 + 85/90 × 25 = 23.611… → 23.61 + 30 + 10 = 98.61
    expect(result.forms[2]!.total).toBe(98.61);
    // 部门整体: 1140/1200 = 95% → 9.5, indicators all met (90) → 99.5
    expect(result.forms[0]!.total).toBe(99.5);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('placeholders and single blank rows are skipped silently', async () => {
    const result = await scoreFile(fixture('placeholders'));
    const form = result.forms[0]!;
    expect(form.indicators.map((i) => i.name)).toEqual([
      '培训基层工作人员人次',
      '培训考核合格率',
      '培训完成时间',
      '受益群众人数',
      '参训人员满意度',
    ]);
    expect(form.total).toBe(100);
    expect(result.findings).toEqual([]);
  });

  it('unmerged 一级/二级 cells inherit the label above', async () => {
    const result = await scoreFile(fixture('unmerged'));
    const form = result.forms[0]!;
    expect(form.indicators.map((i) => `${i.level1}/${i.level2}`)).toEqual([
      '产出指标/数量指标',
      '产出指标/数量指标',
      '产出指标/质量指标',
      '效益指标/社会效益指标',
      '效益指标/可持续影响指标',
      '满意度指标/服务对象满意度指标',
    ]);
    // 480/500 = 96% → 9.6; 15; 4/5 × 15 = 12; 20; 15; 15; 10 → 96.6
    expect(form.total).toBe(96.6);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a form starting in column B under extra title rows', async () => {
    const result = await scoreFile(fixture('offset'));
    const form = result.forms[0]!;
    expect(form.model.year).toBe(2022);
    expect(form.model.unit).toBe('示例市民政局');
    expect(form.budget!.cell).toBe('I7');
    expect(form.indicators[0]!.cell).toBe('H12');
    expect(form.total).toBe(99.5);
  });

  it('年初指标值 and 调整指标值: the adjusted target wins where filled', async () => {
    const result = await scoreFile(fixture('adjusted'));
    const form = result.forms[0]!;
    expect(form.indicators.map((i) => i.target)).toEqual(['≥800人次', '≥95%', '≥600人', '≥90%']);
    // 10 + 20 + 30 + 550/600 × 30 = 27.5 + 10 = 97.5
    expect(form.total).toBe(97.5);
  });

  it('values as Excel stores them: percents, text numbers, dates, formulas, rich text, full width', async () => {
    const result = await scoreFile(fixture('valueTypes'));
    const form = result.forms[0]!;
    expect(form.indicators.map((i) => [i.actual, i.score])).toEqual([
      ['95%', 10],
      ['81%', 9],
      ['110', 10],
      ['2022年11月15日', 10],
      ['120', 10],
      ['有效保障', 30],
      ['８８％', 9.78],
    ]);
    expect(form.indicators[4]!.weight).toBe(10);
    expect(form.indicators[5]!.name).toBe('困难群众基本生活');
    // 10 + 10 + 9 + 10 + 10 + 10 + 30 + 9.78 = 98.78
    expect(form.total).toBe(98.78);
  });

  it('valueTypes really holds those Excel types', async () => {
    const ws = (await openWorkbook(fixture('valueTypes'))).getWorksheet('部门整体支出绩效自评表')!;
    expect(ws.getCell('E10').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('E10').numFmt).toBe('0%');
    expect(ws.getCell('E12').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E13').type).toBe(ExcelJS.ValueType.Date);
    expect(ws.getCell('E14').type).toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell('C15').type).toBe(ExcelJS.ValueType.RichText);
  });

  it('全年预算数 empty: 年初预算数 is used silently; an empty budget 分值 counts 10', async () => {
    const result = await scoreFile(fixture('initialBudget'));
    expect(result.forms[0]!.budget!.planned).toBe(200);
    expect(result.forms[0]!.budget!.weight).toBe(10);
    expect(result.forms[0]!.budget!.score).toBe(9.5);
    expect(result.findings).toEqual([]);
  });

  it('budget header variants: 年初预算, 年度资金总额：, an extra 原因 column', async () => {
    const result = await scoreFile(fixture('budgetHeaders'));
    const b = result.forms[0]!.budget!;
    expect([b.planned, b.executed, b.score]).toEqual([100, 70, 7]);
    expect(b.explanation).toBe('部分项目资金年底下达，未能及时支出。');
    expect(result.findings.map((f) => f.code)).toEqual(['execution_low']);
  });

  it('tagged headers: 全年(调整)预算数(A), 执行数(B), 年度指标值(A), 合计 rows', async () => {
    const result = await scoreFile(fixture('taggedHeaders'));
    const form = result.forms[0]!;
    // 312/320 = 97.5% → 9.75; 90/100 × 20 = 18; 15 + 15 + 30 + 10 → 97.75
    expect(form.total).toBe(97.75);
    expect(form.model.totalCell?.address).toBe('G14');
  });

  it('two-row header, merged budget label, 成本指标 first level, kind from the sheet name', async () => {
    const result = await scoreFile(fixture('twoRowHeader'));
    const form = result.forms[0]!;
    expect([form.model.kind, form.model.authority, form.model.implementer]).toEqual([
      'project',
      '示例市民政局',
      '示例市民政培训中心',
    ]);
    expect(form.indicators.map((i) => i.target)).toEqual([
      '≤450元',
      '≥100人次',
      '明显提升',
      '≥90%',
    ]);
    // Budget 90/100 = 90% × 10 = 9; 成本 ≤450 (adjusted) but 460: 20 × 450/460 = 19.565… → 19.57;
    // 40; 20; 10.
    expect(scoresOf(result)).toEqual([9, 19.57, 40, 20, 10]);
    // 9 + 19.57 + 40 + 20 + 10 = 98.57
    expect(form.total).toBe(98.57);
    expect(form.model.totalCell?.address).toBe('H13');
    // Weights follow the 成本20/产出40/效益20/满意度10 split: only the qualitative info remains.
    expect(result.findings.map((f) => f.code)).toEqual(['qualitative_auto']);
  });

  // SCORING.md §9: forms as people really fill them. Every figure below is worked out by hand in
  // the fixture's comment in scripts/fixtures/ (twoRowHeaders.ts for Hebei, hubeiChongqing.ts,
  // textValues.ts for WPS text and unreadable numbers); the old reading is noted for each.
  const codes = (result: Awaited<ReturnType<typeof scoreFile>>): string[] =>
    result.findings.map((f) => f.code).sort();

  it('§9.5 Hebei two-row header: 预期指标值 over 符号|数值|单位, 实际完成值 over 数值|单位', async () => {
    const result = await scoreFile(fixture('hebeiTwoRow'));
    const form = result.forms[0]!;
    expect(form.indicators.map((i) => [i.target, i.actual])).toEqual([
      ['≥1200人次', '1150人次'],
      ['≥95%', '96%'],
      ['≤1200元/人·年', '1150元/人·年'],
      ['明显提升', '基本提升'],
      ['≥90%', '92%'],
    ]);
    // 9.5; 20 × 1150/1200 = 19.17; 20; 10; 定性 基本提升 → B 30 × 0.7 = 21; 10.
    expect(scoresOf(result)).toEqual([9.5, 19.17, 20, 10, 21, 10]);
    expect(form.total).toBe(89.67);
    expect(form.grade).toBe('良');
    expect(form.indicators[2]!.basis).toContain('实际1150元/人·年不高于目标1200元/人·年');
    expect(codes(result)).toEqual(['needs_judgement']);
  });

  it('§9.6 Hubei legacy: two blocks with label rows and their own headers', async () => {
    const result = await scoreFile(fixture('hubeiLegacy'));
    const form = result.forms[0]!;
    expect(form.indicators).toHaveLength(8);
    expect(form.model.blocks?.map((b) => [b.label, b.weight, b.cell])).toEqual([
      ['年度绩效目标1', 45, 'A5'],
      ['年度绩效目标2', 45, 'A11'],
    ]);
    // 9; block 1: 15, 10, 10 (基本生活 is a noun; 有效), 10; block 2: 20 × 800/1000 = 16, 10,
    // 杜绝发生/未发生 → A 5, 有所提升 → B 5 × 0.7 = 3.5.
    expect(scoresOf(result)).toEqual([9, 15, 10, 10, 10, 16, 10, 5, 3.5]);
    expect(form.total).toBe(88.5);
    // 88.5 × 100 / 95 = 93.16 → 优
    expect(form.grade).toBe('优');
    expect(codes(result)).toEqual([
      'level1_weight_differs',
      'needs_judgement',
      'qualitative_auto',
      'qualitative_auto',
      'weight_sum_not_100',
    ]);
    const differs = result.findings.find((f) => f.code === 'level1_weight_differs')!;
    expect(differs.cell).toBe('A11');
    expect(differs.message).toContain('指标块“年度绩效目标2”标注45分，其下各指标分值合计40分');
  });

  it('§9.7 Chongqing list: no 一级/二级 columns, no level1_weight_differs', async () => {
    const result = await scoreFile(fixture('chongqingList'));
    const form = result.forms[0]!;
    expect(form.model.kind).toBe('department');
    // 9; 十二个 → 12个 15; 不少于两次 → 两次 10; 15 × 1.1/1.2 = 13.75; ≥ 98 %（百分比） → 99 % 15;
    // 不发生/未发生 A 10; 基本健全 B 15 × 0.7 = 10.5; 10.
    expect(scoresOf(result)).toEqual([9, 15, 10, 13.75, 15, 10, 10.5, 10]);
    expect(form.total).toBe(93.25);
    expect(codes(result)).toEqual(['needs_judgement', 'qualitative_auto']);
  });

  it('§9.3 WPS text: header line breaks, full-width text values, compound units, unit brackets', async () => {
    const result = await scoreFile(fixture('wpsText'));
    const form = result.forms[0]!;
    // 9.5; 15; 15; 10 × 1150/1200 = 9.58; 10 × 30/32 = 9.375 → 9.38; 基本缓解 B 21; 10.
    expect(scoresOf(result)).toEqual([9.5, 15, 15, 9.58, 9.38, 21, 10]);
    expect(form.total).toBe(89.46);
    expect(form.indicators[2]!.basis).toContain('实际1150元/人·月低于目标1200元/人*月');
    expect(codes(result)).toEqual(['needs_judgement']);
  });

  it('§9.8 numbers nobody can read: needs_judgement quoting the text, never a silent full mark', async () => {
    const result = await scoreFile(fixture('unreadableNumber'));
    const form = result.forms[0]!;
    // 10; unreadable target → A 20 (confirm); unreadable actual → A 10 (confirm); 20 × 90/100 = 18;
    // equal texts 30; 10.
    expect(scoresOf(result)).toEqual([10, 20, 10, 18, 30, 10]);
    expect(form.total).toBe(98);
    const judged = result.findings.filter((f) => f.code === 'needs_judgement');
    expect(judged.map((f) => f.cell)).toEqual(['E6', 'E7']);
    expect(judged[0]!.message).toContain('年度指标值数值“≥1200元/人.年”无法识别');
    expect(judged[1]!.message).toContain('所写数值“完成12个以上任务”无法识别');
    expect(form.indicators[0]!.basis).toContain('“≥1200元/人.年”无法识别');
    expect(codes(result)).toEqual(['needs_judgement', 'needs_judgement', 'qualitative_auto']);
  });
});

describe('yitihua-strict mechanisms (SCORING.md §10), hand-computed', () => {
  it('deviationPenalty {1.3, 2}: an overshoot of 130% or more loses 2 points', async () => {
    const result = await scoreFile(fixture('deviationPenalty.yitihua-strict'), YITIHUA_STRICT);
    // Budget 100/100 → 10. 人次 150 of ≥100: met → 20, 150% ≥ 130% → 20 − 2 = 18.
    // 合格率 98% of ≥95%: met → 15, 98/95 = 103.2% < 130% → no penalty. 时间 met → 15.
    // 受益 1300 of ≥1000: met → 30, exactly 130% ≥ 130% → 30 − 2 = 28. 满意度 95% of ≥90% → 10.
    expect(scoresOf(result)).toEqual([10, 18, 15, 15, 28, 10]);
    // 10 + 18 + 15 + 15 + 28 + 10 = 96 → 优
    expect(result.forms[0]!.total).toBe(96);
    expect(result.forms[0]!.grade).toBe('优');
    const dev = result.findings.filter((f) => f.code === 'deviation_over_target');
    expect(dev.map((f) => f.cell)).toEqual(['E10', 'E13']);
    expect(dev[0]!.message).toContain('扣2分');
  });
  it('executionCaps: 45% execution caps the total at 59 (the lowest `below` that applies)', async () => {
    const result = await scoreFile(fixture('executionCaps.yitihua-strict'), YITIHUA_STRICT);
    // Budget 45/100 → 10 × 0.45 = 4.5. 人次 80 of ≥100 → 20 × 0.8 = 16; the others met: 15 + 15 + 30 + 10.
    expect(scoresOf(result)).toEqual([4.5, 16, 15, 15, 30, 10]);
    // Sum 4.5 + 16 + 70 = 90.5; 45% is below 0.8, 0.7, 0.6 and 0.5 → the 0.5 entry: cap 59 → 差.
    const form = result.forms[0]!;
    expect(form.capped).toEqual({ cap: 59, below: 0.5, rawRate: 0.45, sum: 90.5 });
    expect(form.total).toBe(59);
    expect(form.grade).toBe('差');
    const capped = result.findings.find((f) => f.code === 'total_capped')!;
    expect(capped.cell).toBe('G15');
    expect(capped.message).toContain('总分按59分计');
    // 一、（一） of the report says the total was capped, from what and why.
    const report = buildReport(form, result.findings);
    const i = report.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text.includes('绩效自评得分'),
    );
    const paragraph = report.blocks[i + 1]!;
    expect(paragraph).toMatchObject({ kind: 'paragraph' });
    expect((paragraph as { text: string }).text).toContain(
      '各项得分合计90.5分，因预算执行率45%低于50%，按评分规则总分最高59分，绩效自评得分59分',
    );
  });
  it('spendingGap 0.05: p = 89.21 / 90 against e = 85%', async () => {
    const result = await scoreFile(fixture('spendingGap.yitihua-strict'), YITIHUA_STRICT);
    // Budget 85/100 → 8.5 (85% ≥ 80%: no cap). 合格率 90% of ≥95% → 15 × 90/95 = 14.2105… → 14.21.
    expect(scoresOf(result)).toEqual([8.5, 20, 14.21, 15, 30, 10]);
    // 8.5 + 20 + 14.21 + 15 + 30 + 10 = 97.71 → 优
    expect(result.forms[0]!.total).toBe(97.71);
    expect(result.forms[0]!.capped).toBeNull();
    // p = (20 + 14.21 + 15 + 30 + 10) / 90 = 89.21 / 90 = 0.99122…; e = 0.85;
    // (p − e) / p = 0.14122 / 0.99122 = 0.14247… → 14.25% > 5%.
    const gap = result.findings.find((f) => f.code === 'performance_outruns_spending')!;
    expect(gap.cell).toBe('G5');
    expect(gap.message).toContain('指标得分率99.12%');
    expect(gap.message).toContain('相差14.25%');
  });
});
