/** The reader of SCORING.md §11: regions, coverage, several forms, header words by meaning. */
import { readForms } from './readForm';
import { readWorkbookForms, isContinuedName } from './readWorkbook';
import { inferredRole } from './headerInference';
import { indicatorRole, isSubtotalLabel } from './headers';
import { isNoteText, isSignatureText } from './coverage';
import { pointsOf } from './cellReading';
import { HEADER, ROWS, formRows, gridBook, gridSheet } from './formGrid.testkit';

const NOTE = ['说明：以下指标按季度统计'];

describe('coverage (§11.1)', () => {
  it('a clean form accounts for every row: nothing unread', () => {
    const [form] = readForms(gridSheet('表', formRows()));
    expect(form!.indicators.map((i) => i.name)).toEqual(ROWS.map((r) => r[2]));
    expect(form!.unread).toEqual([]);
    expect(form!.diagnosis).toBeNull();
    expect(form!.firstRow).toBe(0);
  });

  it('a note row right under the header is a note, not the block’s end', () => {
    const [form] = readForms(gridSheet('表', formRows({ insert: { 0: NOTE } })));
    expect(form!.indicators).toHaveLength(5);
    expect(form!.unread).toEqual([]);
    expect(form!.totalCell).not.toBeNull();
  });

  it('notes between rows and before the 总分 row are notes; a numbered note goes on', () => {
    const [form] = readForms(
      gridSheet(
        '表',
        formRows({
          insert: { 2: ['注：时效指标以验收为准'], 3: ['（1）受益人数含外省'], 5: NOTE },
        }),
      ),
    );
    expect(form!.indicators).toHaveLength(5);
    expect(form!.unread).toEqual([]);
  });

  it('an indicator whose name starts with 注 or 说明 is an indicator, not a note', () => {
    const rows = [...ROWS];
    rows[0] = ['产出指标', '数量指标', '注册志愿者人数', '≥100人', '120人', 20];
    const [form] = readForms(gridSheet('表', formRows({ rows })));
    expect(form!.indicators.map((i) => i.name)).toContain('注册志愿者人数');
  });

  it('a row with values but no name is unread, with the points it carries', () => {
    const [form] = readForms(
      gridSheet('表', formRows({ insert: { 2: [null, null, null, '≥3次', '3次', 5] } })),
    );
    expect(form!.indicators).toHaveLength(5);
    expect(form!.unread).toEqual([{ sheet: '表', row: 9, cell: 'D10', text: '≥3次', points: 5 }]);
  });

  it('subtotal rows (小计, 产出指标合计, 产出指标 | 合计) are subtotals, never indicators', () => {
    const cells = formRows({
      insert: {
        3: ['产出指标', '小计', null, null, null, 50],
        4: ['效益指标合计', null, null, null, null, 30],
      },
    });
    const [form] = readForms(gridSheet('表', cells));
    expect(form!.indicators.map((i) => i.name)).toEqual(ROWS.map((r) => r[2]));
    expect(form!.totalCell?.address).toBe('G15');
    expect(form!.unread).toEqual([]);
    expect(isSubtotalLabel('小计')).toBe(true);
    expect(isSubtotalLabel('产出指标合计')).toBe(true);
    expect(isSubtotalLabel('合计')).toBe(false);
  });

  it('two empty rows before the 总分 row only space the block', () => {
    const cells = formRows({ insert: { 5: [] } });
    cells.splice(cells.length - 2, 0, []);
    const [form] = readForms(gridSheet('表', cells));
    expect(form!.totalCell).not.toBeNull();
    expect(form!.unread).toEqual([]);
  });

  it('rows after two empty rows that are no header, label or 总分 are unread', () => {
    const cells = formRows({ total: false, signature: false });
    cells.push([], [], ['满意度指标', '满意度', '群众满意度', '≥90%', '92%', 10]);
    const [form] = readForms(gridSheet('表', cells));
    expect(form!.indicators).toHaveLength(5);
    expect(form!.unread?.map((u) => [u.row, u.points])).toEqual([[cells.length - 1, 10]]);
  });

  it('notes and signatures open with their words, not with a longer word', () => {
    expect(isNoteText('说明：以下指标按季度统计')).toBe(true);
    expect(isNoteText('注1：…')).toBe(true);
    expect(isNoteText('注册志愿者人数')).toBe(false);
    expect(isNoteText('说明书编制完成率')).toBe(false);
    expect(isSignatureText('填表人：张三')).toBe(true);
    expect(isSignatureText('单位负责人（签字）：')).toBe(true);
    expect(isSignatureText('电话回访满意度')).toBe(false);
    expect(isSignatureText('日期')).toBe(true);
  });
});

describe('header words by meaning (§11.3)', () => {
  it.each([
    ['年度指标值', '全年目标值'],
    ['年度指标值', '预期目标'],
    ['年度指标值', '计划指标值'],
    ['实际完成值', '完成情况'],
    ['实际完成值', '全年完成情况'],
    ['实际完成值', '年终完成值'],
    ['实际完成值', '完成数'],
    ['分值', '标准分值'],
    ['分值', '分数'],
    ['得分', '自评分'],
    ['得分', '评分'],
    ['偏差原因分析及改进措施', '原因说明'],
  ])('%s headed %s is read as such', (standard, synonym) => {
    const header = HEADER.map((h) => (h === standard ? synonym : h));
    const [form] = readForms(gridSheet('表', formRows({ header })));
    expect(form!.indicators).toHaveLength(5);
    expect(form!.inferredHeaders).toEqual([]);
  });

  it('an unknown header between the name and the weight is read by its words, and said', () => {
    const header = HEADER.map((h) =>
      h === '年度指标值' ? '年初计划目标' : h === '实际完成值' ? '目标完成结果' : h,
    );
    const [form] = readForms(gridSheet('表', formRows({ header })));
    expect(form!.indicators[0]!.target?.value).toBe('≥100人次');
    expect(form!.indicators[0]!.actual?.value).toBe('110人次');
    expect(form!.inferredHeaders).toEqual([
      { cell: 'D7', text: '年初计划目标', role: 'target' },
      { cell: 'E7', text: '目标完成结果', role: 'actual' },
    ]);
    expect(inferredRole('完成目标值')).toBe('target');
    expect(inferredRole('执行情况')).toBeNull();
  });

  it('a 复核 column is never the unit’s actual or score', () => {
    expect(indicatorRole('复核完成值')).toBe('reviewActual');
    expect(indicatorRole('复核得分')).toBe('reviewScore');
    expect(inferredRole('复核后完成情况')).toBeNull();
    const header = [...HEADER.slice(0, 4), '复核完成值', ...HEADER.slice(4)];
    const rows = formRows({ header }).map((r, i) =>
      i > 6 && i < 12 ? [...r.slice(0, 4), '0', ...r.slice(4)] : r,
    );
    const [form] = readForms(gridSheet('表', rows));
    expect(form!.indicators[0]!.actual?.address).toBe('F8');
  });

  it('a header whose actual cannot be placed is diagnosed: the row seen, the column missing', () => {
    const header = HEADER.map((h) => (h === '实际完成值' ? '执行情况' : h));
    const [form] = readForms(gridSheet('表', formRows({ header })));
    expect(form!.indicators).toEqual([]);
    expect(form!.diagnosis).toEqual({
      kind: 'headerIncomplete',
      row: 6,
      cell: 'C7',
      seen: ['三级指标', '年度指标值', '分值', '得分'],
      missing: ['实际完成值'],
      unplaced: ['执行情况'],
    });
    // The rows under it are unread, with their points.
    expect(form!.unread?.map((u) => u.points)).toEqual([20, 15, 15, 30, 10]);
  });
});

describe('several forms on one sheet (§11.4)', () => {
  it('a second title starts a second form; each keeps its rows', () => {
    const second = formRows({
      project: '农村公路养护',
      rows: ROWS.map((r) => [r[0], r[1], `${r[2]}（二）`, r[3], r[4], r[5]] as const),
    });
    const cells = [...formRows(), [], ...second];
    const forms = readForms(gridSheet('表', cells));
    expect(forms.map((f) => [f.firstRow, f.projectName, f.indicators.length])).toEqual([
      [0, '基层干部培训', 5],
      [15, '农村公路养护', 5],
    ]);
    expect(forms.map((f) => f.unread)).toEqual([[], []]);
  });

  it('a second 项目名称 field starts a new form even without a title', () => {
    const cells = [...formRows(), ...formRows({ title: null, project: '乙项目' })];
    expect(readForms(gridSheet('表', cells)).map((f) => f.projectName)).toEqual([
      '基层干部培训',
      '乙项目',
    ]);
  });
});

describe('hidden and continued sheets (§11.5, §11.6)', () => {
  it('a form on a hidden sheet is read and marked hidden', () => {
    const forms = readWorkbookForms(gridBook(gridSheet('表', formRows(), true)));
    expect(forms.map((f) => [f.hidden, f.indicators.length])).toEqual([[true, 5]]);
  });

  it('a sheet named …续表 with rows and a 总分 but no header is part of the form before it', () => {
    const first = formRows({ rows: ROWS.slice(0, 3), total: false, signature: false });
    const rest = ROWS.slice(3).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], null, null]);
    const forms = readWorkbookForms(
      gridBook(
        gridSheet('表1', first),
        gridSheet('表1（续）', [...rest, ['总分', null, null, null, null, 100, null, null]]),
      ),
    );
    expect(forms).toHaveLength(1);
    expect(forms[0]!.indicators.map((i) => i.sheet ?? '表1')).toEqual([
      '表1',
      '表1',
      '表1',
      '表1（续）',
      '表1（续）',
    ]);
    expect([forms[0]!.totalSheet, forms[0]!.totalCell?.address]).toEqual(['表1（续）', 'G3']);
    expect(forms[0]!.continuedOn).toEqual(['表1（续）']);
    expect(isContinuedName('项目2续表')).toBe(true);
    expect(isContinuedName('续航能力')).toBe(false);
  });
});

describe('weights in words (§11.7)', () => {
  it('reads points as written: numbers, 分, Chinese numerals', () => {
    expect(
      ['两分', '十五', '二十分', '20分', '5', 7.5, '待定', '—'].map((v) => pointsOf(v)),
    ).toEqual([2, 15, 20, 20, 5, 7.5, null, null]);
  });
});

describe('rows that look alike (§11.1)', () => {
  it('an indicator named …合计 with a target and an actual is an indicator, not a subtotal', () => {
    const rows = [...ROWS];
    rows[0] = ['产出指标', '数量指标', '培训人次合计', '≥100人次', '110人次', 20];
    const [form] = readForms(gridSheet('表', formRows({ rows })));
    expect(form!.indicators.map((i) => i.name)).toContain('培训人次合计');
  });

  it('the total said again under the form (自评得分 95) is the total, not an unread row', () => {
    const cells = formRows();
    cells.push(['自评得分：', null, null, null, null, null, 98]);
    const [form] = readForms(gridSheet('表', cells));
    expect(form!.unread).toEqual([]);
  });

  it('a long budget breakdown is read to its end', () => {
    const cells = formRows();
    const extra = Array.from({ length: 14 }, (_, i) => [
      `其中：第${i + 1}笔资金`,
      null,
      1,
      1,
      1,
      '—',
      null,
      '—',
    ]);
    cells.splice(4, 0, ...extra);
    const [form] = readForms(gridSheet('表', cells));
    expect(form!.budget?.breakdown).toHaveLength(14);
    expect(form!.unread).toEqual([]);
  });
});
