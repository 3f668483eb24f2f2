/**
 * The cells a person typed that 一键评分 replaces, each as `cell 名称 old → new`: before writing with
 * 确认/取消, after writing as a record of what was replaced. Old values are kept in 评分记录.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LocationRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { type CellValue, type Overwrite, cellText, fmtPercent, fmtScore } from '../engine';
import { useMessages } from './messagesContext';
import { useShownRows } from './ShownRows';

const useStyles = makeStyles({
  body: { whiteSpace: 'normal', wordBreak: 'break-word' },
  list: {
    listStyleType: 'none',
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: '0',
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  what: { display: 'flex', flexDirection: 'column', minWidth: '0' },
  values: { fontVariantNumeric: 'tabular-nums' },
  old: { textDecorationLine: 'line-through', color: tokens.colorPaletteRedForeground1 },
  new: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Props of OverwriteList. */
export interface OverwriteListProps {
  readonly overwrites: readonly Overwrite[];
  /** `confirm` before writing (with the two buttons), `done` after. */
  readonly stage: 'confirm' | 'done';
  readonly onSelect: (sheet: string, cell: string | null) => void;
  readonly onConfirm?: () => void;
  readonly onCancel?: () => void;
}

/** The typed cells, before or after they were replaced. */
export function OverwriteList({
  overwrites,
  stage,
  onSelect,
  onConfirm,
  onCancel,
}: OverwriteListProps): ReactElement {
  const m = useMessages();
  const { shown, more } = useShownRows(overwrites.length);
  const s = useStyles();
  const o = m.overwrite;
  const show = (w: Overwrite, v: CellValue): string => {
    if (typeof v === 'number') return w.kind === 'rate' && v <= 1 ? fmtPercent(v) : fmtScore(v);
    const t = cellText(v).trim();
    return t === '' ? m.emptyCell : t;
  };
  const manySheets = new Set(overwrites.map((w) => w.sheet)).size > 1;
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      role={stage === 'confirm' ? 'alertdialog' : 'region'}
      aria-label={stage === 'confirm' ? o.title(overwrites.length) : o.doneTitle(overwrites.length)}
    >
      <MessageBarBody className={s.body}>
        <MessageBarTitle>
          {stage === 'confirm' ? o.title(overwrites.length) : o.doneTitle(overwrites.length)}
        </MessageBarTitle>
        <div>
          <Caption1>{stage === 'confirm' ? o.body : o.doneBody}</Caption1>
        </div>
        <ul className={s.list}>
          {overwrites.slice(0, shown).map((w) => (
            <li key={`${w.sheet}!${w.cell}`} className={s.item}>
              <div className={s.what}>
                <Body1>{w.what}</Body1>
                <Caption1 className={s.values}>
                  <span className={s.old}>{show(w, w.old)}</span> →{' '}
                  <span className={s.new}>{show(w, w.value)}</span>
                </Caption1>
              </div>
              <Button
                appearance="transparent"
                size="small"
                icon={<LocationRegular />}
                aria-label={m.goTo(`${w.sheet}!${w.cell}`)}
                onClick={() => onSelect(w.sheet, w.cell)}
              >
                {manySheets ? `${w.sheet}!${w.cell}` : w.cell}
              </Button>
            </li>
          ))}
        </ul>
        {more}
      </MessageBarBody>
      {stage === 'confirm' && (
        <MessageBarActions>
          <div className={s.actions}>
            <Button appearance="primary" onClick={onConfirm}>
              {o.confirm}
            </Button>
            <Button onClick={onCancel}>{o.cancel}</Button>
          </div>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
