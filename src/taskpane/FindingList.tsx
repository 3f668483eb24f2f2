/**
 * The findings grouped by indicator, the most serious first: each group names its indicator, each
 * finding shows its message and a button naming the cell it goes to (the 得分 cell for score
 * findings). Routine `qualitative_auto` notes — an indicator judged from its wording, nothing else
 * to say — wait behind a count, so what needs acting on is not lost among them.
 */
import { Body1, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  ErrorCircleFilled,
  InfoFilled,
  LocationRegular,
  WarningFilled,
} from '@fluentui/react-icons';
import { useState } from 'react';
import {
  type Finding,
  type ScoreResult,
  SEVERITY_RANK,
  type Severity,
  belongsTo,
  placeOf,
} from '../engine';
import type { Messages } from './i18n';
import { useMessages } from './messagesContext';
import { useShownRows } from './ShownRows';
import type { ReactElement } from 'react';

const useStyles = makeStyles({
  groups: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  groupHead: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    wordBreak: 'break-word',
  },
  icon: { flexShrink: 0, marginTop: '3px' },
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: `0 0 0 ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  message: { lineHeight: tokens.lineHeightBase300, wordBreak: 'break-word' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  empty: { color: tokens.colorNeutralForeground3 },
  locate: { minWidth: '0', paddingLeft: '0', color: tokens.colorBrandForegroundLink },
  more: { alignSelf: 'flex-start', paddingLeft: '0', minWidth: '0' },
});

/** Props of FindingList. */
export interface FindingListProps {
  readonly findings: readonly Finding[];
  /** The scored forms, to name the cell a finding goes to (得分, 实际完成值…). */
  readonly result?: ScoreResult;
  readonly onSelect: (sheet: string, cell: string | null) => void;
}

/**
 * The finding text without its opening place (the button beside it names the cell) and without
 * the indicator's name (the group's heading names it).
 */
function textOf(f: Finding): string {
  const prefix = `${placeOf(f)}：`;
  const text =
    f.sheet !== null && f.message.startsWith(prefix) ? f.message.slice(prefix.length) : f.message;
  const who = f.indicator !== null ? `指标“${f.indicator}”` : '';
  return who !== '' && text.startsWith(who) && text.length > who.length
    ? text.slice(who.length)
    : text;
}

/** What the finding's cell is in its indicator's row: 得分, 实际完成值, 年度指标值, 分值, 偏差原因. */
function roleOf(f: Finding, result: ScoreResult | undefined, m: Messages): string | null {
  if (!result || f.indicator === null || f.cell === null) return null;
  const form = result.forms.find((x) => belongsTo(f, x));
  const ind = form?.indicators.find(
    (i) =>
      i.name === f.indicator &&
      [i.source.score, i.source.actual, i.source.target, i.source.weight, i.source.explanation]
        .map((r) => r?.address)
        .includes(f.cell ?? ''),
  );
  if (!ind) return null;
  const s = ind.source;
  if (s.score?.address === f.cell) return m.roles.score;
  if (s.actual?.address === f.cell) return m.roles.actual;
  if (s.target?.address === f.cell) return m.roles.target;
  if (s.weight?.address === f.cell) return m.roles.weight;
  return m.roles.explanation;
}

interface Group {
  readonly key: string;
  readonly sheet: string | null;
  readonly indicator: string | null;
  readonly items: Finding[];
  readonly worst: Severity;
}

function groupsOf(findings: readonly Finding[]): Group[] {
  const map = new Map<string, Group>();
  for (const f of findings) {
    const key = `${f.sheet ?? ''}\u0000${f.form ?? ''}\u0000${f.indicator ?? ''}`;
    const g = map.get(key);
    if (g) {
      g.items.push(f);
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.worst])
        map.set(key, { ...g, worst: f.severity });
    } else
      map.set(key, {
        key,
        sheet: f.sheet,
        indicator: f.indicator,
        items: [f],
        worst: f.severity,
      });
  }
  // Most serious first; the sort is stable, so groups keep the form's order within a severity.
  return [...map.values()].sort((a, b) => SEVERITY_RANK[a.worst] - SEVERITY_RANK[b.worst]);
}

/** A group is routine when all it says is that an indicator was judged from its wording. */
function routine(g: Group): boolean {
  return g.items.every((f) => f.code === 'qualitative_auto');
}

/** Findings by indicator, routine notes behind a count. */
export function FindingList({ findings, result, onSelect }: FindingListProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const [showRoutine, setShowRoutine] = useState(false);
  const groups = groupsOf(findings);
  const main = groups.filter((g) => !routine(g));
  const quiet = groups.filter(routine);
  const icon = {
    error: <ErrorCircleFilled className={s.error} />,
    warning: <WarningFilled className={s.warning} />,
    info: <InfoFilled className={s.info} />,
  };
  // Name the sheet on the button only when findings span several sheets; one sheet is obvious.
  const manySheets = new Set(findings.map((f) => f.sheet).filter((x) => x !== null)).size > 1;
  const place = (sheet: string, cell: string | null): string =>
    cell === null ? sheet : manySheets ? `${sheet}!${cell}` : cell;

  // Form-level findings (the budget, the weights) are headed as such; the sheet only among several.
  const heading = (g: Group): string =>
    g.indicator ??
    (g.sheet === null
      ? m.workbookWide
      : manySheets
        ? `${m.findingsOther}（${g.sheet}）`
        : m.findingsOther);
  const groupItem = (g: Group) => (
    <li key={g.key} className={s.group}>
      <div className={s.groupHead}>
        <span className={s.icon} aria-hidden="true">
          {icon[g.worst]}
        </span>
        <Text weight="semibold">{heading(g)}</Text>
      </div>
      <ul className={s.list} aria-label={heading(g)}>
        {g.items.map((f, i) => {
          const role = roleOf(f, result, m);
          return (
            <li key={`${f.code}-${f.cell ?? ''}-${i}`} className={s.item}>
              <Body1 className={s.message}>
                <span className={s[f.severity]}>{m.severity[f.severity]}：</span>
                {textOf(f)}
              </Body1>
              {f.sheet !== null &&
                ((sheet) => (
                  <Button
                    className={s.locate}
                    appearance="transparent"
                    size="small"
                    icon={<LocationRegular />}
                    aria-label={
                      f.indicator !== null && role !== null
                        ? m.goToIndicator(f.indicator, role, place(sheet, f.cell))
                        : m.goTo(f.cell ? `${sheet}!${f.cell}` : sheet)
                    }
                    onClick={() => onSelect(sheet, f.cell)}
                  >
                    {role ? `${role} ${place(sheet, f.cell)}` : place(sheet, f.cell)}
                  </Button>
                ))(f.sheet)}
            </li>
          );
        })}
      </ul>
    </li>
  );

  const { shown, more } = useShownRows(main.length);
  const { shown: quietShown, more: quietMore } = useShownRows(quiet.length);
  if (findings.length === 0) return <Body1 className={s.empty}>{m.noFindings}</Body1>;
  return (
    <>
      {main.length > 0 && <ul className={s.groups}>{main.slice(0, shown).map(groupItem)}</ul>}
      {more}
      {quiet.length > 0 && (
        <Button
          className={s.more}
          appearance="transparent"
          size="small"
          icon={<InfoFilled className={s.info} />}
          aria-expanded={showRoutine}
          onClick={() => setShowRoutine((x) => !x)}
        >
          {showRoutine ? m.routineHide : m.routineCount(quiet.length)}
        </Button>
      )}
      {showRoutine && quiet.length > 0 && (
        <ul className={s.groups}>{quiet.slice(0, quietShown).map(groupItem)}</ul>
      )}
      {showRoutine && quietMore}
    </>
  );
}
