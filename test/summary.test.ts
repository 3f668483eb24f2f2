/**
 * The CLI summary: the lost-points table before the findings, and a rule label that does not call
 * a 部门整体 form 项目支出. Expected figures of the example, by hand (SCORING.md §3, proportional):
 * 抽查审计社会组织 38/40 × 2 = 1.9 (−0.1); 殡葬审计专项整改问题整改完成数 72/81 × 2 = 1.7778 → 1.78
 * (−0.22); 老年人对养老服务质量的满意率 88%/90% × 2.5 = 2.4444 → 2.44 (−0.06); 0.38 in all, 100 − 99.62.
 */
import * as path from 'node:path';
import { lostPointLines, ruleLabel, summaryLines } from '../src/cli/summary';
import { MOF2020 } from '../src/engine';
import { runCli as cli } from './helpers/cli';
import { EXAMPLE, FIXTURES, scoreFile } from './helpers/workbooks';

describe('CLI summary', () => {
  it('prints the indicators that lost points as an aligned table, before the findings', async () => {
    const result = await scoreFile(EXAMPLE);
    expect(lostPointLines(result.forms[0]!)).toEqual([
      '指标                            分值  得分  扣分  原因',
      '抽查审计社会组织                   2   1.9   0.1  实际38家低于目标40家，按完成比例得1.9分',
      '殡葬审计专项整改问题整改完成数     2  1.78  0.22  实际72个低于目标81个，按完成比例得1.78分',
      '老年人对养老服务质量的满意率     2.5  2.44  0.06  实际88%低于目标90%，按完成比例得2.44分',
    ]);
    const lines = summaryLines('x.xlsx', result);
    const table = lines.indexOf('  失分指标（3 项）：');
    const findings = lines.findIndex((l) => l.startsWith('发现的问题'));
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(findings);
  });

  it('counts the report’s 待补充 parts through the CLI, and none when a 报告素材 sheet fills them', async () => {
    // The example's report has three fill-ins (基本情况, 自评工作开展情况, 上年度自评结果应用情况:
    // NARRATIVE.md Completeness; the committed examples/*.report.md holds three 请补充 lines).
    const plain = await cli(EXAMPLE);
    expect(plain.stdout).toContain('自评报告待补充 3 处');
    const withMaterials = await cli(EXAMPLE.replace('.xlsx', '（含报告素材）.xlsx'));
    expect(withMaterials.code).toBe(0);
    expect(withMaterials.stdout).not.toContain('待补充');
  });

  it('names the rule without 项目支出 on a workbook of 部门整体 forms only', async () => {
    const department = await scoreFile(EXAMPLE);
    expect(ruleLabel(MOF2020, department.forms)).toBe(
      'mof2020（财预〔2020〕10号 绩效自评（默认））',
    );
    const project = await scoreFile(path.join(FIXTURES, 'layout.sichuan.xlsx'));
    expect(ruleLabel(MOF2020, project.forms)).toBe(
      'mof2020（财预〔2020〕10号 项目支出绩效自评（默认））',
    );
  });

  it('prints no table when every indicator has its full score', async () => {
    const form = (await scoreFile(EXAMPLE)).forms[0]!;
    const full = {
      ...form,
      indicators: form.indicators.map((i) => ({ ...i, score: i.weight ?? 0 })),
    };
    // The budget block (10 of 10) lost nothing either.
    expect(lostPointLines(full)).toEqual([]);
  });
});
