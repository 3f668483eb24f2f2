/**
 * After re-scoring under a newly chosen rule: the indicators whose score changed, old rule → new
 * rule, so that a rule change is never a silent difference in the total.
 */
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
import { fmtScore } from '../engine';
import type { ReactElement } from 'react';
import { useMessages } from './messagesContext';
import type { RuleChanges } from './usePaneState';

const useStyles = makeStyles({
  body: { whiteSpace: 'normal', wordBreak: 'break-word' },
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalXS} 0 0`, padding: '0' },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  what: { display: 'flex', flexDirection: 'column', minWidth: '0' },
  values: { fontVariantNumeric: 'tabular-nums' },
});

/** Props of RuleChangeList. */
export interface RuleChangeListProps {
  readonly changes: RuleChanges;
  /** The name of a profile as the pane shows it. */
  readonly name: (id: string) => string;
  readonly onSelect: (sheet: string, cell: string | null) => void;
}

/** The scores a rule change moved. */
export function RuleChangeList({ changes, name, onSelect }: RuleChangeListProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const title = m.ruleChangesTitle(name(changes.from), name(changes.to));
  return (
    <MessageBar intent="info" layout="multiline" role="region" aria-label={title}>
      <MessageBarBody className={s.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {changes.changes.length === 0 ? (
          <div>{m.ruleNoChange}</div>
        ) : (
          <ul className={s.list}>
            {changes.changes.map((c) => (
              <li key={`${c.sheet}!${c.cell ?? c.name}`} className={s.item}>
                <div className={s.what}>
                  <Body1>{c.name}</Body1>
                  <Caption1 className={s.values}>
                    {fmtScore(c.before)} → {fmtScore(c.after)}
                  </Caption1>
                </div>
                {c.cell && (
                  <Button
                    appearance="transparent"
                    size="small"
                    icon={<LocationRegular />}
                    aria-label={m.goTo(`${c.sheet}!${c.cell}`)}
                    onClick={() => onSelect(c.sheet, c.cell)}
                  >
                    {c.cell}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
