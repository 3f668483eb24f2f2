/**
 * Builders of form grids for the reader's tests (SCORING.md §11): a project form in the national
 * shape (title, fields, budget block, goal, indicator header, rows, 总分, signature), as plain rows
 * a host would hand over, with hooks to rename a header, insert a row or stack forms.
 */
import type { CellValue } from '../base/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../base/snapshot';

/** One indicator: 一级, 二级, 三级, target, actual, weight. */
export type GridRow = readonly [string, string, string, CellValue, CellValue, CellValue];

/** The standard header of the indicator block. */
export const HEADER: readonly string[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/**
 * Five indicators worth 90 points: each met, so the form scores its budget score + 90.
 * Budget 100 / executed 80 → rate 80% → 10 × 0.8 = 8; total 98.
 */
export const ROWS: readonly GridRow[] = [
  ['产出指标', '数量指标', '培训人次', '≥100人次', '110人次', 20],
  ['产出指标', '质量指标', '考核合格率', '≥95%', '96%', 15],
  ['产出指标', '时效指标', '完成时间', '2022年12月底前', '按时完成', 15],
  ['效益指标', '社会效益指标', '受益群众人数', '≥1000人', '1200人', 30],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '95%', 10],
];

/** What a form grid is built from. */
export interface GridSpec {
  readonly title?: string | null;
  readonly project?: string;
  readonly budget?: readonly [CellValue, CellValue, CellValue] | null;
  readonly header?: readonly string[];
  readonly rows?: readonly GridRow[];
  /** Rows inserted before the indicator row of that index (the index of the rows, after the header). */
  readonly insert?: Readonly<Record<number, readonly CellValue[]>>;
  readonly total?: boolean;
  readonly signature?: boolean;
}

/** The rows of one form, top to bottom. */
export function formRows(spec: GridSpec = {}): CellValue[][] {
  const out: CellValue[][] = [];
  if (spec.title !== null) out.push([spec.title ?? '2022年度项目支出绩效自评表']);
  out.push(['项目名称', null, spec.project ?? '基层干部培训']);
  if (spec.budget !== null) {
    const [planned, executed, weight] = spec.budget ?? [100, 80, 10];
    out.push([
      '项目资金（万元）',
      null,
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    out.push(['年度资金总额', null, planned, planned, executed, weight, null, null]);
  }
  out.push(['年度总体目标', '预期目标', null, null, '实际完成情况']);
  out.push([null, '完成年度培训任务', null, null, '已完成年度培训任务']);
  out.push([...(spec.header ?? HEADER)]);
  const rows = spec.rows ?? ROWS;
  rows.forEach((r, i) => {
    const extra = spec.insert?.[i];
    if (extra) out.push([...extra]);
    out.push([r[0], r[1], r[2], r[3], r[4], r[5], null, null]);
  });
  const tail = spec.insert?.[rows.length];
  if (tail) out.push([...tail]);
  if (spec.total !== false) out.push(['总分', null, null, null, null, 100, null, null]);
  if (spec.signature !== false) out.push(['填表人：张三', null, null, '联系电话：12345678']);
  return out;
}

/** A sheet of the given rows. */
export function gridSheet(name: string, cells: CellValue[][], hidden = false): SheetSnapshot {
  return { name, cells, merges: [], ...(hidden ? { hidden: true } : {}) };
}

/** A workbook of sheets, without a record. */
export function gridBook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, record: null };
}
