/**
 * The --html page: one self-contained offline file (a Content-Security-Policy that allows nothing
 * from outside) with the review's figures, the sortable 汇总 table and the three charts as inline
 * SVG. Every text from a workbook is HTML-escaped.
 */
import { NO_GRADE, fmtPercent, fmtScore } from '../engine';
import { type ReviewedFile, allForms, closingLine, formProblemText, reviewStats } from '../engine';
import { reviewCharts } from './charts';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STATUS_TEXT = { scored: '已复核', no_form: '未找到自评表', unreadable: '无法读取' } as const;

/** A table cell: the text shown and the value it sorts by (numbers sort as numbers). */
type Cell = { text: string; sort: string | number | null };
const t = (s: string | null | undefined): Cell => ({ text: s ?? '', sort: s ?? '' });
const n = (v: number | null | undefined, show: (x: number) => string = fmtScore): Cell => ({
  text: v === null || v === undefined ? '' : show(v),
  sort: v ?? null,
});

const HEADERS = [
  '文件',
  '工作表',
  '单位',
  '项目',
  '主管部门',
  '自评得分',
  '复核得分',
  '差异',
  '不一致单元格',
  '等级',
  '执行率',
  '错误',
  '警告',
  '提示',
  '状态 / 主要问题',
];

function rowsOf(
  files: readonly ReviewedFile[],
): { cells: Cell[]; grade: string; differs: boolean }[] {
  const out: { cells: Cell[]; grade: string; differs: boolean }[] = [];
  for (const f of files) {
    if (f.forms.length === 0) {
      const cells = HEADERS.map(() => t(''));
      cells[0] = t(f.file);
      cells[HEADERS.length - 1] = t(`${STATUS_TEXT[f.status]}：${f.message ?? ''}`);
      out.push({ cells, grade: '', differs: false });
      continue;
    }
    for (const form of f.forms) {
      out.push({
        grade: form.grade ?? '',
        differs: form.scoresDiffering > 0,
        cells: [
          t(f.file),
          t(form.sheet),
          t(form.unit),
          t(form.project),
          t(form.department),
          n(form.selfReportedTotal),
          n(form.total),
          n(form.difference),
          n(form.scoresDiffering, String),
          t(form.grade ?? NO_GRADE),
          n(form.budget?.rate, fmtPercent),
          n(form.findings.error, String),
          n(form.findings.warning, String),
          n(form.findings.info, String),
          t(formProblemText(form)),
        ],
      });
    }
  }
  return out;
}

/** Sorting by a click on a header; numbers by value, texts by zh collation, blanks last. */
const SORT_SCRIPT = `
(function () {
  var table = document.getElementById('summary');
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  var state = { col: -1, dir: 1 };
  var collator = new Intl.Collator('zh-CN', { numeric: true });
  function key(td) { var v = td.getAttribute('data-sort'); return v === null ? '' : v; }
  Array.prototype.forEach.call(heads, function (th, col) {
    th.addEventListener('click', function () {
      state.dir = state.col === col ? -state.dir : 1;
      state.col = col;
      var numeric = th.getAttribute('data-type') === 'number';
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a.cells[col]), y = key(b.cells[col]);
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        var c = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return c * state.dir;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
    });
  });
})();
`;

const NUMERIC = new Set([5, 6, 7, 8, 10, 11, 12, 13]);

/** Options of the page. */
export interface ReviewHtmlOptions {
  readonly title?: string;
  readonly generatedAt?: Date;
}

/** The whole page as one HTML string. */
export function renderReviewHtml(
  files: readonly ReviewedFile[],
  options: ReviewHtmlOptions = {},
): string {
  const forms = allForms(files);
  const stats = reviewStats(forms);
  const charts = reviewCharts(forms);
  const title = options.title ?? '绩效自评复核汇总';
  const when = options.generatedAt
    ? `生成时间：${options.generatedAt.toISOString().slice(0, 16).replace('T', ' ')}（UTC）`
    : '';
  const head = HEADERS.map(
    (h, i) =>
      `<th scope="col" data-type="${NUMERIC.has(i) ? 'number' : 'text'}" title="点击排序">${escapeHtml(h)}</th>`,
  ).join('');
  const body = rowsOf(files)
    .map((r) => {
      const cls = [r.grade ? `g-${r.grade}` : 'unreviewed', r.differs ? 'differs' : '']
        .filter(Boolean)
        .join(' ');
      const tds = r.cells
        .map((c, i) => {
          const sort = c.sort === null ? '' : ` data-sort="${escapeHtml(String(c.sort))}"`;
          const cl = NUMERIC.has(i) ? ' class="num"' : i === 9 ? ' class="grade"' : '';
          return `<td${cl}${sort}>${escapeHtml(c.text)}</td>`;
        })
        .join('');
      return `<tr class="${cls}">${tds}</tr>`;
    })
    .join('\n');
  const figure = (svg: string, label: string): string =>
    `<figure role="img" aria-label="${escapeHtml(label)}">${svg}</figure>`;
  const facts = [
    ['自评表', String(stats.forms)],
    ['平均分', stats.meanTotal === null ? '—' : fmtScore(stats.meanTotal)],
    ['中位数', stats.medianTotal === null ? '—' : fmtScore(stats.medianTotal)],
    ['总体执行率', stats.overallRate === null ? '—' : fmtPercent(stats.overallRate)],
    ['得分不一致的表', String(stats.withDifferences)],
  ]
    .map(
      ([k, v]) =>
        `<div class="fact"><span>${escapeHtml(k ?? '')}</span><b>${escapeHtml(v ?? '')}</b></div>`,
    )
    .join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="selfeval review">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 22px; margin: 0 0 4px; }
.sub { color: #555; margin: 0 0 16px; }
.facts { display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 16px; }
.fact { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 14px; min-width: 96px; }
.fact span { display: block; color: #555; font-size: 12px; } .fact b { font-size: 20px; }
.charts { display: flex; gap: 12px; flex-wrap: wrap; margin: 0 0 20px; }
figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px; }
table { border-collapse: collapse; font-size: 13px; width: 100%; }
th, td { border: 1px solid #c8ccd0; padding: 4px 6px; vertical-align: top; }
th { background: #ddebf7; cursor: pointer; position: sticky; top: 0; white-space: nowrap; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td:nth-child(2), td:nth-child(3), td:nth-child(4), td:nth-child(5) { min-width: 7em; }
td.num { text-align: right; white-space: nowrap; } td.grade { text-align: center; font-weight: bold; }
tr.g-优 td.grade { background: #c6efce; color: #006100; } tr.g-良 td.grade { background: #ddebf7; color: #1f4e78; }
tr.g-中 td.grade { background: #ffeb9c; color: #9c5700; } tr.g-差 td.grade { background: #ffc7ce; color: #9c0006; }
tr.differs td:nth-child(9) { background: #ffeb9c; } tr.unreviewed td { color: #9c0006; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${escapeHtml(closingLine(files))}${when ? ` · ${escapeHtml(when)}` : ''}</p>
<div class="facts">${facts}</div>
<div class="charts">
${figure(charts.grades, '等级分布')}
${figure(charts.histogram, '复核得分分布')}
${figure(charts.rateVsScore, '预算执行率与复核得分')}
</div>
<table id="summary">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
