/**
 * The three review charts as SVG text, through ECharts' server-side rendering (no canvas, no DOM):
 * grade distribution, score histogram, execution rate against score. The same function feeds the
 * --html page and browser mode, so both show the same pictures.
 */
import * as echarts from 'echarts';
import { gradeCounts, type ReviewedForm } from '../engine';

const FONT =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const GRADE_COLORS: Readonly<Record<string, string>> = {
  优: '#2e7d32',
  良: '#1565c0',
  中: '#ef6c00',
  差: '#c62828',
};

/** Renders one option to an SVG string and frees the chart (its timers would keep Node running). */
function svgOf(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The score bins of the histogram: below 60, then 5 points wide up to 100. */
export const SCORE_BINS: readonly { label: string; low: number; high: number }[] = [
  { label: '<60', low: -Infinity, high: 60 },
  { label: '60–65', low: 60, high: 65 },
  { label: '65–70', low: 65, high: 70 },
  { label: '70–75', low: 70, high: 75 },
  { label: '75–80', low: 75, high: 80 },
  { label: '80–85', low: 80, high: 85 },
  { label: '85–90', low: 85, high: 90 },
  { label: '90–95', low: 90, high: 95 },
  { label: '95–100', low: 95, high: Infinity },
];

/** Count of forms per bin (a total on an edge goes to the upper bin: 90 is 优). */
export function scoreHistogram(forms: readonly ReviewedForm[]): number[] {
  // Partial scores (no grade, §11.2) are no totals: they stay out of the histogram.
  const graded = forms.filter((f) => f.grade !== null);
  return SCORE_BINS.map((b) => graded.filter((f) => f.total >= b.low && f.total < b.high).length);
}

/** The charts, each an SVG document. */
export interface ReviewCharts {
  readonly grades: string;
  readonly histogram: string;
  readonly rateVsScore: string;
}

/** Renders the three charts of a review. */
export function reviewCharts(
  forms: readonly ReviewedForm[],
  size: { width: number; height: number } = { width: 420, height: 300 },
): ReviewCharts {
  const { width, height } = size;
  const counts = gradeCounts(forms);
  const grades = Object.keys(counts);
  const grid = { left: 48, right: 20, top: 48, bottom: 40 };
  const title = (text: string): echarts.EChartsCoreOption['title'] => ({
    text,
    left: 'center',
    textStyle: { fontSize: 15, fontFamily: FONT },
  });
  const gradeSvg = svgOf(
    {
      title: title('等级分布'),
      grid,
      xAxis: { type: 'category', data: grades },
      yAxis: { type: 'value', minInterval: 1, name: '表数' },
      series: [
        {
          type: 'bar',
          barWidth: '50%',
          label: { show: true, position: 'top' },
          data: grades.map((g) => ({
            value: counts[g] ?? 0,
            itemStyle: { color: GRADE_COLORS[g] ?? '#607d8b' },
          })),
        },
      ],
    },
    width,
    height,
  );
  const histogramSvg = svgOf(
    {
      title: title('复核得分分布'),
      grid,
      xAxis: {
        type: 'category',
        data: SCORE_BINS.map((b) => b.label),
        axisLabel: { interval: 0, fontSize: 10 },
      },
      yAxis: { type: 'value', minInterval: 1, name: '表数' },
      series: [
        {
          type: 'bar',
          barCategoryGap: '8%',
          itemStyle: { color: '#1565c0' },
          label: {
            show: true,
            position: 'top',
            formatter: (p: { value: number }) => (p.value ? String(p.value) : ''),
          },
          data: scoreHistogram(forms),
        },
      ],
    },
    width,
    height,
  );
  // A partial score (a form not fully read, SCORING.md §11.2) is no point of score against rate.
  const points = forms.flatMap((f) =>
    f.budget?.rate != null && f.grade !== null
      ? [
          {
            value: [Math.round(f.budget.rate * 1000) / 10, f.total],
            itemStyle: { color: GRADE_COLORS[f.grade] ?? '#607d8b' },
          },
        ]
      : [],
  );
  const scatterSvg = svgOf(
    {
      title: title('预算执行率与复核得分'),
      grid: { ...grid, bottom: 48 },
      xAxis: {
        type: 'value',
        name: '执行率 %',
        nameLocation: 'middle',
        nameGap: 26,
        min: 0,
        max: 100,
      },
      yAxis: {
        type: 'value',
        name: '得分',
        min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
        max: 100,
      },
      series: [{ type: 'scatter', symbolSize: 9, data: points }],
    },
    width,
    height,
  );
  return { grades: gradeSvg, histogram: histogramSvg, rateVsScore: scatterSvg };
}
