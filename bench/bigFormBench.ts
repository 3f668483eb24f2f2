/**
 * Big-form figure (issue 9 item 5, reading side): one sheet whose indicator block holds 200,000
 * rows, read and scored by scoreWorkbook. Reading must be linear in the rows: the form must finish
 * within a minute on this machine, with memory that grows with the rows, not faster.
 *
 * The snapshot is built directly as plain arrays (as a host adapter hands it over), so the figure
 * is the engine's alone; the 一级/二级 labels are written on every row (forms exported flat, with
 * no merges), which is the case that made the old per-row scan over earlier labels quadratic.
 * A 20,000-row form is measured too, so a reader sees whether ten times the rows costs ten times.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/engine';
import { scoreWorkbook } from '../src/engine';
import { type BenchSection, type SectionResult, target, timeSync } from './stats';

/** Rows of the big indicator block. */
export const BIG_FORM_ROWS = 200_000;
const SMALL_FORM_ROWS = 20_000;
/** Issue 9: the 200,000-row form must be read and scored within a minute. */
const BIG_FORM_LIMIT_MS = 60_000;

const LEVELS: readonly (readonly [string, string])[] = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['效益指标', '社会效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];

/** A flat form: title, header, `rows` indicator rows with labels on every row, a 总分 row. */
export function bigFormSnapshot(rows: number): WorkbookSnapshot {
  const cells: CellValue[][] = [
    ['项目支出绩效自评表（2022年度）'],
    ['项目名称', '大数据量测试项目'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
  ];
  const weight = 90 / rows;
  for (let i = 0; i < rows; i++) {
    const [l1, l2] = LEVELS[i % LEVELS.length] ?? ['产出指标', '数量指标'];
    const t = 50 + (i % 50);
    const kind = i % 4;
    const [target, actual]: [string, string] =
      kind === 0
        ? [`≥${t}个`, `${t - (i % 3)}个`]
        : kind === 1
          ? [`≥${t}%`, `${t + 1}%`]
          : kind === 2
            ? ['2022年12月31日前', '2022年11月30日']
            : ['效果明显', i % 7 === 0 ? '基本完成' : '效果明显'];
    cells.push([
      l1,
      l2,
      `指标${i + 1}号`,
      target,
      actual,
      weight,
      null,
      i % 5 === 0 ? '' : '已说明',
    ]);
  }
  cells.push(['总分', null, null, null, null, 90, null, null]);
  const sheet: SheetSnapshot = { name: '大表', cells, merges: [] };
  return { sheets: [sheet], record: null };
}

function mb(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}

function measureRows(rows: number): {
  ms: number;
  indicators: number;
  heapAfterMinusBeforeMb: number;
  peakRssMb: number;
} {
  const snapshot = bigFormSnapshot(rows);
  // The heap before the run holds the snapshot; after it, the result too (still referenced). A
  // timer cannot sample during a synchronous run, so the peak is the process's maximum RSS, which
  // the 20,000-row run (measured first) cannot raise above the 200,000-row one.
  const before = process.memoryUsage().heapUsed;
  const run = timeSync(() => scoreWorkbook(snapshot));
  const after = process.memoryUsage().heapUsed;
  return {
    ms: Math.round(run.ms),
    indicators: run.value.forms[0]?.indicators.length ?? 0,
    heapAfterMinusBeforeMb: mb(after - before),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** The big-form section of the bench. */
export const bigFormBench: BenchSection = {
  name: 'bigForm',
  async run(): Promise<SectionResult> {
    const small = measureRows(SMALL_FORM_ROWS);
    const big = measureRows(BIG_FORM_ROWS);
    return {
      figures: {
        rows20k: small,
        rows200k: big,
        // 1.0 means linear: ten times the rows took ten times as long.
        timeRatio200kTo20k: Math.round((big.ms / Math.max(small.ms, 1) / 10) * 100) / 100,
      },
      targets: [
        target(
          'bigForm.read200k',
          `reading and scoring a ${BIG_FORM_ROWS}-row indicator block < ${BIG_FORM_LIMIT_MS} ms`,
          big.ms,
          BIG_FORM_LIMIT_MS,
          'ms',
        ),
      ],
    };
  },
};
