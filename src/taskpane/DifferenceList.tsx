/** 仅核查 results: each cell whose score differs from the computed one, with a button to select it. */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LocationRegular } from '@fluentui/react-icons';
import { type CellValue, type Difference, cellText, fmtPercent, fmtScore } from '../engine';
import { useMessages } from './messagesContext';
import { useShownRows } from './ShownRows';
import type { ReactElement } from 'react';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: '0',
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  what: { display: 'flex', flexDirection: 'column', minWidth: '0' },
  values: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  expected: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  current: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
});

/** Props of DifferenceList. */
export interface DifferenceListProps {
  readonly differences: readonly Difference[];
  readonly onSelect: (sheet: string, cell: string | null) => void;
}

/** The check result: a summary bar and the differing cells. */
export function DifferenceList({ differences, onSelect }: DifferenceListProps): ReactElement {
  const m = useMessages();
  const { shown: shownRows, more } = useShownRows(differences.length);
  const s = useStyles();
  // Rates are fractions in the engine and percents on the form; show them as the form does.
  const shown = (d: Difference, v: CellValue): string => {
    const t =
      typeof v === 'number'
        ? d.kind === 'rate' && v <= 1
          ? fmtPercent(v)
          : fmtScore(v)
        : cellText(v).trim();
    return t === '' ? m.emptyCell : t;
  };
  const expected = (d: Difference): string =>
    d.kind === 'rate' ? fmtPercent(d.expected) : fmtScore(d.expected);
  // Every cell empty is not a list of mistakes: the form was simply never scored.
  const notScored =
    differences.length > 0 && differences.every((d) => cellText(d.current).trim() === '');
  return (
    <>
      <MessageBar intent={differences.length === 0 ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {differences.length === 0 ? m.checkAllMatch : m.checkSummary(differences.length)}
          </MessageBarTitle>
          {notScored ? `${m.checkNotScored}${m.checkNothingWritten}` : m.checkNothingWritten}
        </MessageBarBody>
      </MessageBar>
      {differences.length > 0 && (
        <ul className={s.list} aria-label={m.checkTitle}>
          {differences.slice(0, shownRows).map((d) => (
            <li key={`${d.sheet}!${d.cell}`} className={s.item}>
              <div className={s.what}>
                <Body1>{d.indicator ?? m.total}</Body1>
                <Caption1 className={s.values}>
                  {m.current} <span className={s.current}>{shown(d, d.current)}</span> →{' '}
                  {m.expected} <span className={s.expected}>{expected(d)}</span>
                </Caption1>
              </div>
              <Button
                appearance="transparent"
                size="small"
                icon={<LocationRegular />}
                aria-label={m.goTo(`${d.sheet}!${d.cell}`)}
                onClick={() => onSelect(d.sheet, d.cell)}
              >
                {d.cell}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {more}
    </>
  );
}
