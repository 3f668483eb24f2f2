/**
 * 指标得分明细: every indicator of a form with 分值 · 得分 · 扣分, grouped by 一级/二级 指标 with their
 * subtotals, or sorted with the lost points first. A row expands to its 评分依据, a button that
 * selects its 得分 cell, and — for a judgement case — the band choice that writes a person's score.
 * A native table (Fluent's Table), so screen readers announce rows, columns and headers.
 */
import {
  Badge,
  Button,
  Caption1,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular, LocationRegular } from '@fluentui/react-icons';
import { Fragment, type ReactElement, useId, useState } from 'react';
import {
  type Decision,
  type Finding,
  type Profile,
  type ScoredForm,
  type ScoredIndicator,
  fmtScore,
  isDecidable,
  isOpenCase,
} from '../engine';
import { JudgementForm } from './JudgementForm';
import { useShownRows } from './ShownRows';
import { useMessages } from './messagesContext';

const useStyles = makeStyles({
  wrap: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  table: { tableLayout: 'fixed', width: '100%' },
  nameCol: { width: 'auto' },
  numCol: { width: '44px', textAlign: 'right', paddingLeft: '2px', paddingRight: '4px' },
  num: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    paddingLeft: '2px',
    paddingRight: '4px',
    verticalAlign: 'top',
    paddingTop: '6px',
  },
  nameCell: { verticalAlign: 'top', paddingLeft: '0', paddingRight: '2px' },
  expand: {
    minWidth: '0',
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    paddingLeft: '2px',
    paddingRight: '2px',
    fontWeight: tokens.fontWeightRegular,
    height: 'auto',
    minHeight: '28px',
    alignItems: 'flex-start',
  },
  expandText: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    minWidth: '0',
    wordBreak: 'break-word',
    whiteSpace: 'normal',
    lineHeight: tokens.lineHeightBase300,
  },
  levels: { color: tokens.colorNeutralForeground3 },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: '4px', rowGap: '2px' },
  lostRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  lost: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  strong: { fontWeight: tokens.fontWeightSemibold },
  group1: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  group2: { backgroundColor: tokens.colorNeutralBackground2 },
  groupName: { paddingLeft: tokens.spacingHorizontalXS, wordBreak: 'break-word' },
  group2Name: { paddingLeft: tokens.spacingHorizontalM, wordBreak: 'break-word' },
  details: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS}`,
    wordBreak: 'break-word',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    margin: '0',
  },
  term: { color: tokens.colorNeutralForeground3 },
  dd: { margin: '0' },
  locate: { alignSelf: 'flex-start', minWidth: '0', paddingLeft: '0' },
});

/** One row of the table: an indicator, or the budget block's execution rate. */
interface Row {
  readonly key: string;
  readonly name: string;
  readonly level1: string;
  readonly level2: string;
  readonly weight: number | null;
  readonly score: number;
  readonly lost: number;
  readonly cell: string | null;
  readonly basis: string;
  readonly target: string | null;
  readonly actual: string | null;
  readonly indicator: ScoredIndicator | null;
}

function rowsOf(form: ScoredForm, budgetName: string): Row[] {
  const rows: Row[] = [];
  const b = form.budget;
  if (b)
    rows.push({
      key: 'budget',
      name: budgetName,
      level1: budgetName,
      level2: '',
      weight: b.weight,
      score: b.score,
      lost: lostOf(b.weight, b.score),
      cell: b.cell,
      basis: b.basis,
      target: null,
      actual: null,
      indicator: null,
    });
  for (const ind of form.indicators)
    rows.push({
      // A row of a continued sheet (§11.6) may share its number with one of the form's own sheet.
      key: ind.sheet === form.model.sheet ? `r${ind.row}` : `${ind.sheet}!r${ind.row}`,
      name: ind.name,
      level1: ind.level1,
      level2: ind.level2,
      weight: ind.weight,
      score: ind.score,
      lost: lostOf(ind.weight, ind.score),
      cell: ind.cell,
      basis: ind.basis,
      target: ind.target,
      actual: ind.actual,
      indicator: ind,
    });
  return rows;
}

/** Points lost, in hundredths to avoid float noise (scores have two decimals). */
function lostOf(weight: number | null, score: number): number {
  if (weight === null) return 0;
  return Math.max(0, Math.round((weight - score) * 100) / 100);
}

function sum(xs: readonly number[]): number {
  return Math.round(xs.reduce((a, x) => a + Math.round(x * 100), 0)) / 100;
}

/** A level group: its name, the rows under it, and (for 一级) its 二级 groups. */
interface Group {
  readonly key: string;
  readonly name: string;
  readonly rows: readonly Row[];
}

function groupBy(rows: readonly Row[], key: (r: Row) => string): Group[] {
  const out: { key: string; name: string; rows: Row[] }[] = [];
  for (const r of rows) {
    const name = key(r);
    const last = out[out.length - 1];
    if (last && last.name === name) last.rows.push(r);
    else out.push({ key: `${name}-${out.length}`, name, rows: [r] });
  }
  return out;
}

/** Props of IndicatorTable. */
export interface IndicatorTableProps {
  readonly form: ScoredForm;
  readonly profile: Profile;
  readonly findings: readonly Finding[];
  /** Several forms: each table's name carries its sheet. */
  readonly named: boolean;
  readonly deciding: boolean;
  readonly onSelect: (sheet: string, cell: string | null) => void;
  readonly onDecide: (decision: Decision) => Promise<boolean>;
}

/** The indicator table of one form. */
export function IndicatorTable({
  form,
  profile,
  findings,
  named,
  deciding,
  onSelect,
  onDecide,
}: IndicatorTableProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const t = m.table;
  const sheet = form.model.sheet;
  const rows = rowsOf(form, t.budget);
  const [lostFirst, setLostFirst] = useState(false);
  // Open cases start expanded: they are what the person has to do.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        rows
          .filter((r) => r.indicator && isOpenCase(r.indicator, sheet, findings))
          .map((r) => r.key),
      ),
  );
  const idBase = useId();
  const lostRows = rows.filter((r) => r.lost > 0);
  const showLost = lostRows.length > 0;
  const cols = showLost ? 4 : 3;
  const toggle = (key: string): void =>
    setExpanded((e) => {
      const next = new Set(e);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const numbers = (weight: number | null, score: number, lost: number, strong = false) => (
    <>
      <TableCell className={s.num}>{weight === null ? '—' : fmtScore(weight)}</TableCell>
      <TableCell className={s.num}>
        {strong ? <span className={s.strong}>{fmtScore(score)}</span> : fmtScore(score)}
      </TableCell>
      {showLost && (
        <TableCell className={mergeClasses(s.num, lost > 0 && s.lost)}>
          {lost > 0 ? `−${fmtScore(lost)}` : ''}
        </TableCell>
      )}
    </>
  );

  const rowOf = (r: Row, withLevels: boolean) => {
    const open = expanded.has(r.key);
    const detailsId = `${idBase}-${r.key}`;
    const ind = r.indicator;
    const openCase = ind !== null && isOpenCase(ind, sheet, findings);
    return (
      <Fragment key={r.key}>
        <TableRow className={mergeClasses(r.lost > 0 && s.lostRow)}>
          <TableCell className={s.nameCell}>
            <Button
              className={s.expand}
              appearance="transparent"
              size="small"
              icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              onClick={() => toggle(r.key)}
            >
              <span className={s.expandText}>
                <span>{r.name}</span>
                {withLevels && r.level2 !== '' && (
                  <Caption1 className={s.levels}>
                    {r.level1} · {r.level2}
                  </Caption1>
                )}
                {(r.lost > 0 || openCase || ind?.decided || ind?.manualKept) && (
                  <span className={s.badges}>
                    {r.lost > 0 && (
                      <Badge size="small" appearance="tint" color="danger">
                        {t.lostMark}
                      </Badge>
                    )}
                    {openCase && (
                      <Badge size="small" appearance="filled" color="warning">
                        {t.openCase}
                      </Badge>
                    )}
                    {ind?.decided && (
                      <Badge size="small" appearance="tint" color="informative">
                        {t.decidedCase(ind.decided)}
                      </Badge>
                    )}
                    {ind?.manualKept && !ind.decided && (
                      <Badge size="small" appearance="tint" color="informative">
                        {t.keptManual}
                      </Badge>
                    )}
                  </span>
                )}
              </span>
            </Button>
          </TableCell>
          {numbers(r.weight, r.score, r.lost)}
        </TableRow>
        {open && (
          <TableRow>
            <TableCell colSpan={cols} id={detailsId}>
              <div className={s.details}>
                <dl className={s.facts}>
                  {r.target !== null && (
                    <>
                      <dt className={s.term}>
                        <Caption1>{t.target}</Caption1>
                      </dt>
                      <dd className={s.dd}>
                        <Caption1>{r.target || '—'}</Caption1>
                      </dd>
                    </>
                  )}
                  {r.actual !== null && (
                    <>
                      <dt className={s.term}>
                        <Caption1>{t.actual}</Caption1>
                      </dt>
                      <dd className={s.dd}>
                        <Caption1>{r.actual || '—'}</Caption1>
                      </dd>
                    </>
                  )}
                  <dt className={s.term}>
                    <Caption1>{t.basis}</Caption1>
                  </dt>
                  <dd className={s.dd}>
                    <Caption1>{r.basis}</Caption1>
                  </dd>
                </dl>
                {r.cell && (
                  <Button
                    className={s.locate}
                    appearance="transparent"
                    size="small"
                    icon={<LocationRegular />}
                    aria-label={t.goToScore(r.name, r.cell)}
                    onClick={() => onSelect(r.indicator?.sheet ?? sheet, r.cell)}
                  >
                    {t.selectScore} {r.cell}
                  </Button>
                )}
                {ind && isDecidable(ind) && (
                  <JudgementForm
                    sheet={ind.sheet}
                    indicator={ind}
                    profile={profile}
                    busy={deciding}
                    onDecide={onDecide}
                  />
                )}
              </div>
            </TableCell>
          </TableRow>
        )}
      </Fragment>
    );
  };

  const groupRow = (g: Group, level: 1 | 2) => (
    <TableRow key={`g${level}-${g.key}`} className={level === 1 ? s.group1 : s.group2}>
      <TableCell className={level === 1 ? s.groupName : s.group2Name}>
        {g.name} {t.subtotal}
      </TableCell>
      {numbers(
        g.rows.some((r) => r.weight !== null) ? sum(g.rows.map((r) => r.weight ?? 0)) : null,
        sum(g.rows.map((r) => r.score)),
        sum(g.rows.map((r) => r.lost)),
        true,
      )}
    </TableRow>
  );

  // What the body lists, in order, before any element is made: only the rows shown are drawn.
  type Line =
    | { readonly row: Row; readonly flat: boolean }
    | { readonly group: Group; readonly level: 1 | 2 };
  const lines: Line[] = lostFirst
    ? [...[...lostRows].sort((a, b) => b.lost - a.lost), ...rows.filter((r) => r.lost === 0)].map(
        (r) => ({ row: r, flat: true }),
      )
    : groupBy(rows, (r) => r.level1).flatMap((g1): Line[] => [
        // A group of one row named as its group (the budget's 预算执行率) needs no subtotal of its own.
        ...(g1.rows.length === 1 && g1.rows[0]?.name === g1.name
          ? []
          : [{ group: g1, level: 1 as const }]),
        ...groupBy(g1.rows, (r) => r.level2).flatMap((g2): Line[] => [
          ...(g2.name === '' || (g2.rows.length === g1.rows.length && g2.name === g1.name)
            ? []
            : [{ group: g2, level: 2 as const }]),
          ...g2.rows.map((r) => ({ row: r, flat: false })),
        ]),
      ]);
  const { shown, more } = useShownRows(lines.length);
  const body = lines
    .slice(0, shown)
    .map((l) => ('row' in l ? rowOf(l.row, l.flat) : groupRow(l.group, l.level)));

  const lostTotal = sum(lostRows.map((r) => r.lost));
  return (
    <div className={s.wrap}>
      <div className={s.bar}>
        <Caption1>
          {showLost ? t.lostSummary(lostRows.length, fmtScore(lostTotal)) : t.noneLost}
        </Caption1>
        {showLost && (
          <Switch
            checked={lostFirst}
            label={t.lostFirst}
            onChange={(_, d) => setLostFirst(d.checked)}
          />
        )}
      </div>
      <Table
        className={s.table}
        size="extra-small"
        aria-label={named ? `${t.title}（${sheet}）` : t.title}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={s.nameCol}>{t.indicator}</TableHeaderCell>
            <TableHeaderCell className={s.numCol}>{t.weight}</TableHeaderCell>
            <TableHeaderCell className={s.numCol}>{t.score}</TableHeaderCell>
            {showLost && <TableHeaderCell className={s.numCol}>{t.lost}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>{body}</TableBody>
      </Table>
      {more}
    </div>
  );
}
