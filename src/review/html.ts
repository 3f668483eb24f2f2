/**
 * The --html page: one self-contained offline file (a Content-Security-Policy that allows nothing
 * from outside) with the review's figures, the sortable 汇总 table and the three charts as inline
 * SVG. Every text from a workbook is HTML-escaped.
 */
import { DEFAULT_TIME_ZONE, fmtPercent, fmtScore, localTime } from '../engine';
import { type ReviewedFile, closingLine, countedForms, reviewStats } from '../engine';
import { reviewCharts } from './charts';
import { GRADE_LOOK, TABLE_COLUMNS, columnOf, summaryTableRows } from './summaryTable';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const NUMERIC = new Set(TABLE_COLUMNS.flatMap((c, i) => (c.numeric ? [i] : [])));
const GRADE_COL = columnOf('等级');
const PROBLEM_COL = columnOf('主要问题');
const DIFFERING_COL = columnOf('不一致单元格');
/** Text columns that would otherwise wrap to a character a line. */
const WIDE_TEXT = ['项目', '主管部门', '工作表'].map(columnOf);

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
  const forms = countedForms(files);
  const stats = reviewStats(forms);
  const charts = reviewCharts(forms);
  const title = options.title ?? '绩效自评复核汇总';
  // Local time, as the workbooks show it (NARRATIVE.md: never a UTC stamp for people to read).
  const when = options.generatedAt
    ? `生成时间：${localTime(options.generatedAt.toISOString(), DEFAULT_TIME_ZONE)}（北京时间）`
    : '';
  const head = TABLE_COLUMNS.map(
    (c, i) =>
      `<th scope="col" data-type="${NUMERIC.has(i) ? 'number' : 'text'}" title="点击排序">${escapeHtml(c.header)}</th>`,
  ).join('');
  const body = summaryTableRows(files)
    .map((r) => {
      const cls = [
        // A file not reviewed and a form with no grade (not fully read) both in red.
        r.grade ? `g-${r.grade}` : 'unreviewed',
        r.differs ? 'differs' : '',
        r.duplicate ? 'duplicate' : '',
      ]
        .filter(Boolean)
        .join(' ');
      const tds = r.cells
        .map((c, i) => {
          const sort = c.sort === null ? '' : ` data-sort="${escapeHtml(String(c.sort))}"`;
          const classes = [
            NUMERIC.has(i) ? 'num' : '',
            i === GRADE_COL ? 'grade' : '',
            i === DIFFERING_COL ? 'differing' : '',
            i === PROBLEM_COL ? 'problem' : '',
          ].filter(Boolean);
          const cl = classes.length ? ` class="${classes.join(' ')}"` : '';
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
    ['未自评的表', String(stats.notSelfScored)],
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
figure { margin: 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px; flex: 1 1 300px; max-width: 420px; min-width: 0; box-sizing: border-box; }
figure svg { display: block; width: 100%; height: auto; }
.table-box { overflow: auto; max-width: 100%; max-height: 80vh; border: 1px solid #c8ccd0; }
table { border-collapse: separate; border-spacing: 0; font-size: 13px; width: 100%; }
th, td { border-right: 1px solid #c8ccd0; border-bottom: 1px solid #c8ccd0; padding: 4px 6px; vertical-align: top; background: #fff; }
th { background: #ddebf7; cursor: pointer; position: sticky; top: 0; z-index: 2; white-space: nowrap; }
th:first-child, td:first-child { position: sticky; left: 0; z-index: 1; min-width: 6em; max-width: 9em; }
th:first-child { z-index: 3; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
${WIDE_TEXT.map((i) => `td:nth-child(${i + 1})`).join(', ')} { min-width: 7em; }
td.problem { min-width: 16em; }
td.num { text-align: right; white-space: nowrap; } td.grade { text-align: center; font-weight: bold; white-space: nowrap; }
${Object.entries(GRADE_LOOK)
  .map(([g, [fill, ink]]) => `tr.g-${g} td.grade { background: ${fill}; color: ${ink}; }`)
  .join('\n')}
tr.differs td.differing { background: #ffeb9c; } tr.unreviewed td { color: #9c0006; }
tr.duplicate td { color: #777; }
@media (max-width: 600px) {
  body { margin: 12px; }
  h1 { font-size: 18px; }
  .fact { min-width: 0; padding: 6px 10px; }
}
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
<div class="table-box" id="summary-box">
<table id="summary">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
