/**
 * Browser mode's batch review: pick several workbooks or a whole folder, score them in Web Workers
 * with a progress bar, then the same summary table and charts as `selfeval review --html`, and
 * 下载汇总表 (the same summary workbook as `--out`). ECharts and exceljs are lazy chunks loaded here only.
 */
import {
  Body1,
  Button,
  Caption1,
  ProgressBar,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  DismissRegular,
  FolderRegular,
  DocumentMultipleRegular,
} from '@fluentui/react-icons';
import { type ReactElement, useRef, useState } from 'react';
import {
  type ReviewedFile,
  NO_GRADE,
  allForms,
  closingLine,
  fmtPercent,
  fmtScore,
  formProblemText,
} from '../../engine';
import { loadChunk } from '../../port/lazyChunk';
import type { PickedFile } from './reviewPool';

const useStyles = makeStyles({
  launcher: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
  },
  page: {
    position: 'fixed',
    inset: 0,
    overflow: 'auto',
    zIndex: 10,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalXL,
    boxSizing: 'border-box',
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
    flexWrap: 'wrap',
  },
  charts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  chart: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: 'collapse', fontSize: '13px', width: '100%' },
  th: {
    backgroundColor: '#ddebf7',
    cursor: 'pointer',
    border: '1px solid #c8ccd0',
    padding: '4px 6px',
    whiteSpace: 'nowrap',
    position: 'sticky',
    top: 0,
  },
  td: { border: '1px solid #c8ccd0', padding: '4px 6px', verticalAlign: 'top' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
});

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; current: string }
  | {
      kind: 'done';
      files: ReviewedFile[];
      ownOutputs: number;
      charts: { grades: string; histogram: string; rateVsScore: string } | null;
    };

interface Row {
  readonly cells: (string | number | null)[];
}

const HEADERS = [
  '文件',
  '单位',
  '项目',
  '主管部门',
  '自评得分',
  '复核得分',
  '差异',
  '等级',
  '执行率',
  '主要问题',
];
const NUMERIC = new Set([4, 5, 6, 8]);

function rowsOf(files: readonly ReviewedFile[]): Row[] {
  return files.flatMap((f): Row[] =>
    f.forms.length === 0
      ? [{ cells: [f.file, null, null, null, null, null, null, null, null, f.message ?? ''] }]
      : f.forms.map((form) => ({
          cells: [
            f.file,
            form.unit,
            form.project,
            form.department,
            form.selfReportedTotal,
            form.total,
            form.difference,
            form.grade ?? NO_GRADE,
            form.budget?.rate ?? null,
            formProblemText(form),
          ],
        })),
  );
}

const show = (v: string | number | null, col: number): string =>
  v === null ? '' : typeof v === 'number' ? (col === 8 ? fmtPercent(v) : fmtScore(v)) : v;

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The launcher buttons and, once files are picked, the review page over the whole window. */
export function BatchReview(): ReactElement {
  const s = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [sort, setSort] = useState<{ col: number; dir: number } | null>(null);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

  const start = async (list: FileList | null): Promise<void> => {
    if (!list || list.length === 0) return;
    const pool = await loadChunk(() => import(/* webpackChunkName: "review" */ './reviewPool'));
    const picked: PickedFile[] = pool.pickXlsx(list);
    setState({ kind: 'running', done: 0, total: picked.length, current: '' });
    const result = await pool.reviewFiles(picked, (done, total, current) =>
      setState({ kind: 'running', done, total, current }),
    );
    const { reviewCharts } = await loadChunk(
      () => import(/* webpackChunkName: "review-charts" */ '../../review/charts'),
    );
    setState({ kind: 'done', ...result, charts: reviewCharts(allForms(result.files)) });
  };

  const downloadSummary = async (files: readonly ReviewedFile[]): Promise<void> => {
    const { summaryWorkbook } = await loadChunk(
      () => import(/* webpackChunkName: "review-xlsx" */ '../../review/summaryXlsx'),
    );
    const wb = summaryWorkbook(files);
    download(new Uint8Array(await wb.xlsx.writeBuffer()), '绩效自评复核汇总.xlsx');
  };

  const inputs = (
    <>
      <input
        ref={filesRef}
        type="file"
        accept=".xlsx"
        multiple
        hidden
        data-testid="review-files-input"
        onChange={(e) => void start(e.target.files)}
      />
      <input
        ref={folderRef}
        type="file"
        multiple
        hidden
        data-testid="review-folder-input"
        {...({ webkitdirectory: '' } as Record<string, string>)}
        onChange={(e) => void start(e.target.files)}
      />
    </>
  );
  const launcher = (
    <div className={s.launcher}>
      <Button icon={<DocumentMultipleRegular />} onClick={() => filesRef.current?.click()}>
        批量复核多个工作簿
      </Button>
      <Button icon={<FolderRegular />} onClick={() => folderRef.current?.click()}>
        复核整个文件夹
      </Button>
      {inputs}
    </div>
  );
  if (state.kind === 'idle') return launcher;

  const close = (
    <Button
      icon={<DismissRegular />}
      appearance="subtle"
      onClick={() => setState({ kind: 'idle' })}
    >
      返回
    </Button>
  );
  if (state.kind === 'running') {
    return (
      <div className={s.page} role="dialog" aria-label="批量复核">
        <Title3 as="h2">批量复核</Title3>
        <Body1 aria-live="polite" data-testid="review-progress">
          正在复核 {state.done}/{state.total} 个文件{state.current ? `：${state.current}` : ''}
        </Body1>
        <ProgressBar value={state.total ? state.done / state.total : 0} thickness="large" />
      </div>
    );
  }

  const rows = rowsOf(state.files);
  if (sort) {
    rows.sort((a, b) => {
      const x = a.cells[sort.col] ?? null;
      const y = b.cells[sort.col] ?? null;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'zh-CN');
      return c * sort.dir;
    });
  }
  const charts = state.charts;
  return (
    <div className={s.page} role="dialog" aria-label="批量复核">
      <div className={s.bar}>
        <Title3 as="h2">批量复核汇总</Title3>
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          onClick={() => void downloadSummary(state.files)}
        >
          下载汇总表
        </Button>
        {close}
      </div>
      <Body1 data-testid="review-closing">{closingLine(state.files)}</Body1>
      {state.ownOutputs > 0 && <Caption1>已跳过本工具生成的汇总表 {state.ownOutputs} 个</Caption1>}
      {charts && (
        <div className={s.charts}>
          {[charts.grades, charts.histogram, charts.rateVsScore].map((svg, i) => (
            // The SVG is ECharts' own output from numbers and fixed labels, never workbook text.
            <div key={i} className={s.chart} dangerouslySetInnerHTML={{ __html: svg }} />
          ))}
        </div>
      )}
      <table className={s.table} data-testid="review-table">
        <thead>
          <tr>
            {HEADERS.map((h, i) => (
              <th
                key={h}
                className={s.th}
                aria-sort={
                  sort?.col === i ? (sort.dir > 0 ? 'ascending' : 'descending') : undefined
                }
                onClick={() => setSort((cur) => ({ col: i, dir: cur?.col === i ? -cur.dir : 1 }))}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, ri) => (
            <tr key={ri}>
              {r.cells.map((c, ci) => (
                <td key={ci} className={NUMERIC.has(ci) ? `${s.td} ${s.num}` : s.td}>
                  {show(c, ci)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
