/**
 * `self_score_inflated` (VERIFY.md §2) on every run: the 总分 the unit typed against the computed
 * total. The grid (read/formGrid.testkit.ts) is a project form of budget 100 / executed 80 (rate 80%,
 * 10 × 0.8 = 8 points) and five indicators that meet their targets (20 + 15 + 15 + 30 + 10 = 90):
 * computed total 98, 优, out of 100.
 */
import type { CellValue } from '../base/cells';
import type { WriteRecord } from '../base/snapshot';
import { formRows, gridBook, gridSheet, ROWS, type GridRow } from '../read/formGrid.testkit';
import { scoreWorkbook } from './scoreWorkbook';

const SHEET = '项目支出绩效自评表';

/** The grid with `typed` in the 得分 column (G) of its 总分 row. */
function withTyped(typed: CellValue, rows: readonly GridRow[] = ROWS, header?: string[]) {
  const cells = formRows({ rows, ...(header ? { header } : {}) });
  const at = cells.findIndex((r) => r[0] === '总分');
  const row = cells[at]!;
  row[6] = typed;
  return { cells, address: `G${at + 1}` };
}

function inflated(typed: CellValue, rows?: readonly GridRow[], record: WriteRecord | null = null) {
  const { cells, address } = withTyped(typed, rows);
  const result = scoreWorkbook({ ...gridBook(gridSheet(SHEET, cells)), record });
  return {
    result,
    address,
    found: result.findings.filter((f) => f.code === 'self_score_inflated'),
  };
}

describe('self_score_inflated', () => {
  it('is found when the typed 总分 is 0.5 or more above the computed total, at the 总分 cell', () => {
    const { result, address, found } = inflated(100);
    expect(result.forms[0]!.total).toBe(98);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', sheet: SHEET, cell: address });
    expect(found[0]!.message).toBe(
      `工作表“${SHEET}”${address}单元格：自评总分100分，按评分规则计算为98分，高出2分，自评得分偏高，请逐项核实得分。`,
    );
  });

  it('takes 0.5 exactly as inflated and 0.49 not (decimal-exact: 98.5 − 98, 98.49 − 98)', () => {
    expect(inflated(98.5).found).toHaveLength(1);
    expect(inflated(98.5).found[0]!.message).toContain('高出0.5分');
    expect(inflated(98.49).found).toEqual([]);
    // Rounded like any score first: 98.495 is 98.5.
    expect(inflated(98.495).found).toHaveLength(1);
  });

  it('is not found for a typed total at or below the computed one', () => {
    expect(inflated(98).found).toEqual([]);
    expect(inflated(96).found).toEqual([]);
  });

  it('reads a 总分 typed in words or with 分 through the value grammar', () => {
    // 九十九分 is 99: one point above 98.
    expect(inflated('九十九分').found[0]!.message).toContain('自评总分99分');
    expect(inflated('99分').found).toHaveLength(1);
    expect(inflated('待定').found).toEqual([]);
    expect(inflated(null).found).toEqual([]);
  });

  it('is found below 0.5 points when the typed total earns a better grade', () => {
    // 培训人次 59 of ≥100: 20 × 59 ÷ 100 = 11.8; total 8 + 11.8 + 15 + 15 + 30 + 10 = 89.8, 良.
    const rows: GridRow[] = [
      ['产出指标', '数量指标', '培训人次', '≥100人次', '59人次', 20],
      ...ROWS.slice(1),
    ];
    const { result, found } = inflated(90, rows);
    expect([result.forms[0]!.total, result.forms[0]!.grade]).toEqual([89.8, '良']);
    // 90 − 89.8 = 0.2 < 0.5, but 90 is 优.
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      '自评总分90分，按评分规则计算为89.8分，高出0.2分，对应等级“优”高于按规则评定的“良”',
    );
    // 89.9 is 良 as 89.8 is, and 0.1 above: nothing.
    expect(inflated(89.9, rows).found).toEqual([]);
  });

  it('is not found for a 总分 selfeval wrote on an earlier run (the record holds it)', () => {
    const { address } = withTyped(100);
    const record: WriteRecord = {
      profile: 'mof2020',
      writtenAt: '2026-01-01T00:00:00.000Z',
      values: { [`${SHEET}!${address}`]: 100 },
    };
    expect(inflated(100, undefined, record).found).toEqual([]);
  });

  it('is not found on a form not fully read: its total is a partial score (SCORING.md §11.2)', () => {
    const header = [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '执行情况',
      '分值',
      '得分',
      '说明',
    ];
    const { cells } = withTyped(100, ROWS, header);
    const result = scoreWorkbook(gridBook(gridSheet(SHEET, cells)));
    expect(result.forms[0]!.grade).toBeNull();
    expect(result.findings.map((f) => f.code)).not.toContain('self_score_inflated');
  });
});
