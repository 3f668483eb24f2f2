/**
 * Long lists in the pane (指标得分明细, findings, differences, typed cells) show their first rows
 * and a button for more: a 100,000-row form would otherwise put 100,000 rows into the page at once
 * and freeze it for a minute after the worker has finished scoring. The figures and the written
 * workbook are complete either way; only what is drawn at once is limited.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactElement, useState } from 'react';
import { useMessages } from './messagesContext';

/** Rows drawn at first, and added per click. */
export const SHOWN_AT_FIRST = 200;
export const SHOWN_MORE = 500;

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
  },
});

/** How many of `total` rows to draw now, and the bar that draws more. */
export function useShownRows(total: number): {
  readonly shown: number;
  readonly more: ReactElement | null;
} {
  const m = useMessages();
  const s = useStyles();
  const [shown, setShown] = useState(SHOWN_AT_FIRST);
  if (total <= shown) return { shown: total, more: null };
  const next = Math.min(SHOWN_MORE, total - shown);
  return {
    shown,
    more: (
      <div className={s.bar}>
        <Caption1>{m.shownRows(shown, total)}</Caption1>
        <Button size="small" appearance="subtle" onClick={() => setShown((n) => n + next)}>
          {m.showMoreRows(next)}
        </Button>
      </div>
    ),
  };
}
