/**
 * Never a grade for a form that was not fully read (SCORING.md §11), scored end to end on the
 * testkit's form: budget 100, executed 80 → 10 × 80% = 8; five indicators worth 90, all met → 90;
 * total 98, grade 优; the only finding is execution_low (80% < 90%).
 */
import { HEADER, ROWS, formRows, gridBook, gridSheet } from '../read/formGrid.testkit';
import { MOF2020 } from '../rules/profiles';
import { checkDifferences, uncheckedForms } from './check';
import { findingsOfForm } from './formIdentity';
import { rowList } from './coverageFindings';
import { scoreWorkbook } from './scoreWorkbook';

const score = (...sheets: Parameters<typeof gridSheet>[]) =>
  scoreWorkbook(gridBook(...sheets.map((s) => gridSheet(...s))), MOF2020);
const codes = (r: ReturnType<typeof score>) => r.findings.map((f) => f.code);

describe('a form read in full keeps its total (§11.1)', () => {
  it('the clean form: 8 + 90 = 98, 优', () => {
    const r = score(['表', formRows()]);
    expect(r.forms.map((f) => [f.total, f.grade])).toEqual([[98, '优']]);
    expect(codes(r)).toEqual(['execution_low']);
  });

  it('a note under the header (the issue’s case): still 98, 优, 5 indicators', () => {
    const r = score(['表', formRows({ insert: { 0: ['说明：以下指标按季度统计'] } })]);
    expect(r.forms.map((f) => [f.total, f.grade, f.indicators.length])).toEqual([[98, '优', 5]]);
    expect(codes(r)).toEqual(['execution_low']);
  });
});

describe('no grade without indicators (§11.2)', () => {
  it('an actual column headed 执行情况: indicators_missing, grade null, 部分得分 8 of 10', () => {
    const header = HEADER.map((h) => (h === '实际完成值' ? '执行情况' : h));
    const r = score(['表', formRows({ header })]);
    const form = r.forms[0]!;
    expect([form.total, form.weightTotal, form.grade]).toEqual([8, 10, null]);
    const missing = r.findings.find((f) => f.code === 'indicators_missing')!;
    expect(missing).toMatchObject({ severity: 'error', sheet: '表', cell: 'C7' });
    expect(missing.message).toBe(
      '工作表“表”C7单元格：未能完整读取：第7行是指标表头（三级指标、年度指标值、分值、得分），但找不到“实际完成值”列（无法确定“执行情况”是哪一列），指标未能读取，只计算了部分得分8分（共10分），不评定等级。请将该列表头改为“实际完成值”后重新评分。',
    );
    // Errors first in the run's order; the weights are reported although no indicator was read.
    expect(codes(r)).toEqual([
      'indicators_missing',
      'rows_unread',
      'execution_low',
      'weight_sum_not_100',
    ]);
    // Its 总分 is neither written nor checked: a partial score is no total.
    expect(checkDifferences(r).some((d) => d.kind === 'total')).toBe(false);
    expect(uncheckedForms(r)).toEqual([form]);
  });

  it('weights read under half of the form’s stated 100: no grade', () => {
    const rows = ROWS.map((r, i) =>
      i < 4 ? ([r[0], r[1], r[2], r[3], r[4], '待定'] as const) : r,
    );
    const r = score(['表', formRows({ rows })]);
    const form = r.forms[0]!;
    // Read: budget 10 + 满意度 10; the four 待定 weights are weight_unreadable (0 points each).
    expect([form.total, form.weightTotal, form.grade]).toEqual([18, 20, null]);
    expect(r.findings.find((f) => f.code === 'indicators_missing')?.message).toContain(
      '读到的指标分值合计10分，不足全表分值100分的一半',
    );
    expect(codes(r).filter((c) => c === 'weight_unreadable')).toHaveLength(4);
  });

  it('an unread row that carries points: no grade, the rows named', () => {
    const r = score(['表', formRows({ insert: { 2: [null, null, null, '≥3次', '3次', 5] } })]);
    expect([r.forms[0]!.total, r.forms[0]!.grade]).toEqual([98, null]);
    expect(r.findings[0]!.message).toContain('第10行带有分值（合计5分）却未能读取');
    expect(r.findings[1]).toMatchObject({ code: 'rows_unread', severity: 'warning', cell: 'D10' });
  });

  it('an unread row without points is a warning; the grade stands', () => {
    const r = score(['表', formRows({ insert: { 2: [null, null, null, 12, 13] } })]);
    expect([r.forms[0]!.total, r.forms[0]!.grade]).toEqual([98, '优']);
    expect(codes(r)).toEqual(['rows_unread', 'execution_low']);
  });
});

describe('header words by meaning (§11.3)', () => {
  it('a header read by meaning scores the same and says so (info)', () => {
    const header = HEADER.map((h) => (h === '实际完成值' ? '年度完成结果' : h));
    const r = score(['表', formRows({ header })]);
    expect([r.forms[0]!.total, r.forms[0]!.grade]).toEqual([98, '优']);
    expect(r.findings[0]).toMatchObject({ code: 'header_inferred', severity: 'info', cell: 'E7' });
    expect(r.findings[0]!.message).toBe(
      '工作表“表”E7单元格：表头“年度完成结果”不是标准表头，按其含义读作“实际完成值”列，请确认。',
    );
  });
});

describe('several forms on one sheet (§11.4), hidden sheets (§11.5)', () => {
  it('the same form pasted twice: two forms, 98 each, findings told apart', () => {
    const r = score(['表', [...formRows(), [], ...formRows({ project: '乙项目' })]]);
    expect(r.forms.map((f) => [f.model.firstRow, f.total, f.grade])).toEqual([
      [0, 98, '优'],
      [15, 98, '优'],
    ]);
    expect(r.forms.map((f) => findingsOfForm(r.findings, f).map((x) => x.cell))).toEqual([
      ['G4'],
      ['G19'],
    ]);
  });

  it('a hidden sheet is scored like any other, with form_hidden (info)', () => {
    const r = score(['表', formRows(), true]);
    expect([r.forms[0]!.total, r.forms[0]!.grade]).toEqual([98, '优']);
    expect(r.findings[0]).toMatchObject({ code: 'form_hidden', severity: 'info', cell: 'A1' });
  });
});

describe('weights in words (§11.7)', () => {
  it('两分, 十五, 20分 are points: the total is unchanged', () => {
    const rows = ROWS.map((r, i) =>
      i === 0
        ? ([r[0], r[1], r[2], r[3], r[4], '二十分'] as const)
        : i === 1
          ? ([r[0], r[1], r[2], r[3], r[4], '十五'] as const)
          : r,
    );
    const r = score(['表', formRows({ rows })]);
    expect([r.forms[0]!.total, r.forms[0]!.grade]).toEqual([98, '优']);
    expect(codes(r)).toEqual(['execution_low']);
  });

  it('rowList names rows as people count them, runs as ranges', () => {
    expect(rowList([4, 5, 6, 9])).toBe('5–7、10');
  });
});

describe('headers the block could not place (§11.1, §11.2)', () => {
  it('a row of header words it cannot place flags the form: its columns may be read wrong', () => {
    const r = score([
      '表',
      formRows({ insert: { 2: [null, null, null, '符号', '数值', '单位'] } }),
    ]);
    expect([r.forms[0]!.total, r.forms[0]!.grade]).toEqual([98, null]);
    expect(r.findings[0]!.message).toContain('第10行（“符号”起）像是表头');
  });

  it('a note between the rows of a two-row header is passed over: the split columns stand', () => {
    const head = [
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
      ],
      [null, null, null, '符号', '数值', '单位', '数值', '单位', null, null],
    ];
    const rows = [
      ['产出指标', '数量指标', '培训人次', '≥', 100, '人次', 110, '人次', 45, null],
      ['效益指标', '社会效益指标', '受益人数', '≥', 1000, '人', 900, '人', 45, null],
    ];
    const merges = [
      { top: 0, left: 3, bottom: 0, right: 5 },
      { top: 0, left: 6, bottom: 0, right: 7 },
    ];
    const run = (cells: (string | number | null)[][], m: typeof merges) =>
      scoreWorkbook(gridBook({ name: '表', cells, merges: m }), MOF2020).forms[0]!;
    // 45 + 45 × 900 / 1000 = 85.5 of 90: 95% → 优.
    const plain = run(
      [['2022年度项目支出绩效自评表'], ...head, ...rows],
      merges.map((x) => ({ ...x, top: 1, bottom: 1 })),
    );
    expect([plain.total, plain.grade]).toEqual([85.5, '优']);
    const noted = run(
      [['2022年度项目支出绩效自评表'], head[0]!, ['说明：以下指标按季度统计'], head[1]!, ...rows],
      merges.map((x) => ({ ...x, top: 1, bottom: 1 })),
    );
    expect([noted.total, noted.grade, noted.model.unread]).toEqual([85.5, '优', []]);
  });
});
