/**
 * A person decides one judgement case (SCORING.md §3–§4): one of the three official bands, and a
 * score the field limits to that band. A score outside the band is refused with the band's limits,
 * as the provincial systems do; a valid one is written as the person's manual score.
 */
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { type ReactElement, useId, useState } from 'react';
import {
  type BandChoice,
  type Decision,
  type Profile,
  type ScoredIndicator,
  bandChoices,
  bandRangeText,
  checkDecisionScore,
  fmtScore,
} from '../engine';
import { useMessages } from './messagesContext';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  radio: { alignItems: 'flex-start' },
  row: { display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
  score: { width: '96px', flexShrink: 0 },
});

/** Props of JudgementForm. */
export interface JudgementFormProps {
  readonly sheet: string;
  readonly indicator: ScoredIndicator;
  readonly profile: Profile;
  readonly busy: boolean;
  readonly onDecide: (decision: Decision) => Promise<boolean>;
}

/** The score shown when a band is picked: the current score when it lies inside, else the band's default. */
function startScore(choice: BandChoice, current: number): string {
  const inside =
    current >= choice.low && (choice.highIncluded ? current <= choice.high : current < choice.high);
  return fmtScore(inside ? current : choice.default);
}

/** Band choice and score field for one indicator. */
export function JudgementForm({
  sheet,
  indicator,
  profile,
  busy,
  onDecide,
}: JudgementFormProps): ReactElement {
  const m = useMessages();
  const s = useStyles();
  const weight = indicator.weight ?? 0;
  const choices = bandChoices(profile, weight);
  const first = choices.find((c) => c.band === indicator.band) ?? choices[0];
  const [band, setBand] = useState<BandChoice | undefined>(first);
  const [score, setScore] = useState(() => (first ? startScore(first, indicator.score) : ''));
  const [error, setError] = useState<string | null>(null);
  const legendId = useId();
  if (!band || !indicator.cell) return <></>;
  const cell = indicator.cell;

  const submit = async (): Promise<void> => {
    const value = score.trim() === '' ? Number.NaN : Number(score);
    const refused = checkDecisionScore(profile, weight, band.band, value);
    setError(refused);
    if (refused) return;
    await onDecide({ sheet, cell, band: band.band, score: value });
  };

  return (
    <form
      className={s.form}
      aria-labelledby={legendId}
      // The band's limits are said in our words, not by the browser's own range tooltip.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={{ children: m.decide.legend, id: legendId }}>
        <RadioGroup
          value={band.band}
          onChange={(_, d) => {
            const next = choices.find((c) => c.band === d.value);
            if (!next) return;
            setBand(next);
            setScore(startScore(next, indicator.score));
            setError(null);
          }}
        >
          {choices.map((c) => (
            <Radio
              key={c.band}
              className={s.radio}
              value={c.band}
              label={m.decide.bandOption(c.band, c.label, bandRangeText(c))}
            />
          ))}
        </RadioGroup>
      </Field>
      <div className={s.row}>
        <Field
          className={s.score}
          label={m.decide.scoreLabel}
          validationState={error ? 'error' : 'none'}
        >
          <Input
            type="number"
            inputMode="decimal"
            step="0.01"
            min={band.low}
            max={band.high}
            value={score}
            onChange={(_, d) => {
              setScore(d.value);
              setError(null);
            }}
          />
        </Field>
        <Button
          type="submit"
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <CheckmarkRegular />}
          disabledFocusable={busy}
        >
          {busy ? m.decide.writing : m.decide.confirm}
        </Button>
      </div>
      {error ? (
        <div role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {error}
        </div>
      ) : (
        <div style={{ color: tokens.colorNeutralForeground3 }}>
          {m.decide.scoreHint(bandRangeText(band))}
        </div>
      )}
    </form>
  );
}
