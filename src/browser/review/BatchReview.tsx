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
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  DismissRegular,
  FolderRegular,
  DocumentMultipleRegular,
} from '@fluentui/react-icons';
import { type ReactElement, useRef, useState } from 'react';
import { type ReviewedFile, closingLine, countedForms } from '../../engine';
import { loadChunk } from '../../port/lazyChunk';
import {
  GRADE_LOOK,
  TABLE_COLUMNS,
  type TableRow,
  columnOf,
  summaryTableRows,
} from '../../review/summaryTable';
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
  // A chart is at most its drawn width and shrinks with the pane: at 350 px the three stack, each
  // scaled to the pane's width (the SVG keeps its viewBox), so no bar is cut off.
  chart: {
    flex: '1 1 300px',
    maxWidth: '420px',
    minWidth: 0,
    boxSizing: 'border-box',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    '& svg': { display: 'block', width: '100%', height: 'auto' },
  },
  // The table scrolls in its own box, both ways, so the page never grows wider than the pane and
  // the header row stays in view.
  tableBox: {
    overflow: 'auto',
    maxWidth: '100%',
    maxHeight: '70vh',
    border: '1px solid #c8ccd0',
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: '13px', width: '100%' },
  th: {
    backgroundColor: '#ddebf7',
    cursor: 'pointer',
    borderRight: '1px solid #c8ccd0',
    borderBottom: '1px solid #c8ccd0',
    padding: '4px 6px',
    whiteSpace: 'nowrap',
    position: 'sticky',
    top: 0,
    zIndex: 2,
  },
  td: {
    borderRight: '1px solid #c8ccd0',
    borderBottom: '1px solid #c8ccd0',
    padding: '4px 6px',
    verticalAlign: 'top',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // 单位 stays at the left while the box scrolls sideways.
  first: { position: 'sticky', left: 0, zIndex: 1, minWidth: '6em', maxWidth: '9em' },
  firstHead: { zIndex: 3 },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  problem: { minWidth: '16em' },
  wideText: { minWidth: '7em' },
  muted: { color: tokens.colorNeutralForeground3 },
  grade: { textAlign: 'center', fontWeight: 'bold', whiteSpace: 'nowrap' },
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

const PROBLEM_COL = columnOf('主要问题');
const GRADE_COL = columnOf('等级');
/** Text columns that would otherwise wrap to a character a line. */
const WIDE_TEXT = new Set(['项目', '主管部门', '工作表'].map(columnOf));

/** The grade cell's fill and ink, as the summary workbook and the --html page colour it. */
function gradeLook(grade: string): { backgroundColor: string; color: string } | undefined {
  const look = GRADE_LOOK[grade];
  return look ? { backgroundColor: look[0], color: look[1] } : undefined;
}

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
    // A form filed twice is drawn once (countedForms).
    setState({ kind: 'done', ...result, charts: reviewCharts(countedForms(result.files)) });
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

  const rows: TableRow[] = summaryTableRows(state.files);
  if (sort) {
    rows.sort((a, b) => {
      // Blanks last whichever way, as the --html page sorts.
      const key = (r: TableRow): string | number | null => {
        const v = r.cells[sort.col]?.sort ?? null;
        return v === '' ? null : v;
      };
      const x = key(a);
      const y = key(b);
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
      <div className={s.tableBox} data-testid="review-table-box">
        <table className={s.table} data-testid="review-table">
          <thead>
            <tr>
              {TABLE_COLUMNS.map((c, i) => (
                <th
                  key={c.header}
                  className={mergeClasses(s.th, i === 0 && s.first, i === 0 && s.firstHead)}
                  aria-sort={
                    sort?.col === i ? (sort.dir > 0 ? 'ascending' : 'descending') : undefined
                  }
                  onClick={() => setSort((cur) => ({ col: i, dir: cur?.col === i ? -cur.dir : 1 }))}
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => (
              <tr key={ri} className={r.duplicate ? s.muted : undefined}>
                {r.cells.map((c, ci) => (
                  <td
                    key={ci}
                    style={ci === GRADE_COL ? gradeLook(r.grade) : undefined}
                    className={mergeClasses(
                      s.td,
                      ci === 0 && s.first,
                      TABLE_COLUMNS[ci]?.numeric && s.num,
                      ci === GRADE_COL && s.grade,
                      ci === PROBLEM_COL && s.problem,
                      WIDE_TEXT.has(ci) && s.wideText,
                    )}
                  >
                    {c.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
