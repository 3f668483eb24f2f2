/**
 * A read-only view of one sheet as an HTML table with Excel's row numbers and column letters,
 * merged cells spanned, and one highlighted cell (the finding the user chose). Large sheets are
 * capped: this is a preview, and the scored workbook is the download.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import {
  type CellValue,
  type SheetSnapshot,
  a1,
  cellText,
  columnLetters,
  fmtNumber,
  fmtPercent,
} from '../engine';

/** Most rows and columns the preview renders. */
export const PREVIEW_LIMITS = { rows: 200, cols: 20 } as const;

const useStyles = makeStyles({
  wrap: {
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    flexGrow: 1,
    minHeight: '0',
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: '0',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    tableLayout: 'auto',
  },
  corner: {
    position: 'sticky',
    top: '0',
    left: '0',
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  colHead: {
    position: 'sticky',
    top: '0',
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: 'sticky',
    left: '0',
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'right',
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    padding: `3px ${tokens.spacingHorizontalS}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'middle',
    minWidth: '48px',
    maxWidth: '260px',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  highlight: {
    outline: `2px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorPaletteYellowBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalXS },
});

/** Props of SheetTable. */
export interface SheetTableProps {
  readonly sheet: SheetSnapshot;
  /** A1 address of the cell to highlight and scroll to. */
  readonly highlight: string | null;
  /** Caption under the table when the sheet is larger than the preview. */
  readonly cappedNote: (rows: number, cols: number) => string;
}

/** A number as its Excel format shows it, for the common cases: decimals, thousands, percent. */
export function formatNumber(v: number, format: string | undefined): string {
  if (!format || format === 'General' || format === '@') return fmtNumber(v);
  const section = format.split(';')[0] ?? '';
  const decimals = /\.(0+)/.exec(section)?.[1]?.length;
  const percent = section.includes('%');
  const x = percent ? v * 100 : v;
  if (!/[0#]/.test(section)) return percent ? fmtPercent(v) : fmtNumber(v);
  const text = x.toLocaleString('en-US', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 0,
    useGrouping: section.includes(','),
  });
  return percent ? `${text}%` : text;
}

function shown(v: CellValue | undefined, format: string | undefined): string {
  if (typeof v === 'number') return formatNumber(v, format);
  return cellText(v);
}

/** Rows × columns of the sheet with merges as spans; covered cells are skipped. */
function layout(
  sheet: SheetSnapshot,
  rows: number,
  cols: number,
): { spans: Map<string, { rowSpan: number; colSpan: number }>; covered: Set<string> } {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    if (m.top >= rows || m.left >= cols) continue;
    const bottom = Math.min(m.bottom, rows - 1);
    const right = Math.min(m.right, cols - 1);
    spans.set(`${m.top},${m.left}`, { rowSpan: bottom - m.top + 1, colSpan: right - m.left + 1 });
    for (let r = m.top; r <= bottom; r++)
      for (let c = m.left; c <= right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return { spans, covered };
}

/** The sheet as a read-only table. */
export function SheetTable({ sheet, highlight, cappedNote }: SheetTableProps): ReactElement {
  const s = useStyles();
  const wrapRef = useRef<HTMLDivElement>(null);
  const allCols = sheet.cells.reduce((n, r) => Math.max(n, r.length), 0);
  const rows = Math.min(sheet.cells.length, PREVIEW_LIMITS.rows);
  const cols = Math.min(allCols, PREVIEW_LIMITS.cols);
  const { spans, covered } = useMemo(() => layout(sheet, rows, cols), [sheet, rows, cols]);

  useEffect(() => {
    if (!highlight) return;
    const el = wrapRef.current?.querySelector<HTMLElement>(`[data-cell="${highlight}"]`);
    // jsdom has no scrollIntoView; browsers do.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- jsdom has no scrollIntoView
    el?.scrollIntoView?.({ block: 'center', inline: 'center', behavior: 'smooth' });
  }, [highlight, sheet]);

  const body: ReactElement[] = [];
  for (let r = 0; r < rows; r++) {
    const row = sheet.cells[r] ?? [];
    const tds: ReactElement[] = [
      <th key="h" scope="row" className={s.rowHead}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < cols; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const address = a1(r, c);
      const v = row[c];
      const span = spans.get(key);
      const on = address === highlight;
      tds.push(
        <td
          key={address}
          data-cell={address}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          aria-current={on ? 'location' : undefined}
          className={mergeClasses(s.cell, typeof v === 'number' && s.number, on && s.highlight)}
        >
          {shown(v, sheet.numberFormats?.[address])}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }

  return (
    <>
      <div ref={wrapRef} className={s.wrap}>
        <table className={s.table} aria-label={sheet.name}>
          <thead>
            <tr>
              <th className={s.corner} aria-hidden="true" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={s.colHead}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {(sheet.cells.length > rows || allCols > cols) && (
        <Caption1 className={s.note}>
          {cappedNote(PREVIEW_LIMITS.rows, PREVIEW_LIMITS.cols)}
        </Caption1>
      )}
    </>
  );
}
