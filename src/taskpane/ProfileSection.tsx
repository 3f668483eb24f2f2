/**
 * The 评分规则 section: the rule picker (the catalogue and a profile loaded from a file), the
 * button that loads one from a JSON file, and the 一键评分 and 仅核查 buttons. Separate from
 * TaskPane.tsx because it is the pane's one form: its own file input, and what it may start.
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
} from '@fluentui/react-components';
import { CalculatorRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { type ReactElement, useRef } from 'react';
import type { Profile } from '../engine';
import { useTaskPaneStyles } from './TaskPane.styles';
import { useMessages } from './messagesContext';
import type { PaneActions, PaneState } from './usePaneState';

/** The text of a chosen file (FileReader: every host browser and the test DOM have it). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Props of ProfileSection. */
export interface ProfileSectionProps {
  readonly state: Pick<PaneState, 'profileId' | 'profileFromRecord' | 'profileError'>;
  readonly actions: Pick<PaneActions, 'setProfile' | 'loadProfileFile' | 'score' | 'check'>;
  /** The catalogue (SCORING.md §10) and a profile loaded from a file. */
  readonly profileChoices: readonly Profile[];
  /** The profile chosen now, whose source shows on hover. */
  readonly selectedProfile: Profile;
  /** True while the pane reads, runs or writes a decision: the rule cannot change. */
  readonly busy: boolean;
  /** True when 一键评分 and 仅核查 can start. */
  readonly canRun: boolean;
}

/** The rule picker and the run buttons. */
export function ProfileSection({
  state,
  actions,
  profileChoices,
  selectedProfile,
  busy,
  canRun,
}: ProfileSectionProps): ReactElement {
  const s = useTaskPaneStyles();
  const m = useMessages();
  const profileFileRef = useRef<HTMLInputElement>(null);
  return (
    <section className={s.section} aria-label={m.profile}>
      <Field label={m.profile} hint={state.profileFromRecord ? m.profileFromRecord : undefined}>
        <Select
          value={state.profileId}
          disabled={busy}
          title={m.profileSource(selectedProfile.source)}
          onChange={(_, d) => actions.setProfile(d.value)}
        >
          {profileChoices.map((p) => (
            <option key={p.id} value={p.id} title={m.profileSource(p.source)}>
              {m.profileNames[p.id] ?? p.name}
            </option>
          ))}
        </Select>
      </Field>
      <input
        ref={profileFileRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={m.profileFromFile}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void readText(file).then((t) => actions.loadProfileFile(file.name, t));
        }}
      />
      <Button appearance="subtle" disabled={busy} onClick={() => profileFileRef.current?.click()}>
        {m.profileFromFile}
      </Button>
      {state.profileError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{state.profileError}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Button
          className={s.primaryAction}
          appearance="primary"
          size="large"
          icon={<CalculatorRegular />}
          // Focusable while a run is going, so keyboard and screen-reader users keep their place.
          disabledFocusable={!canRun}
          onClick={() => void actions.score()}
        >
          {m.score}
        </Button>
        <Button
          size="large"
          icon={<TaskListSquareLtrRegular />}
          disabledFocusable={!canRun}
          onClick={() => void actions.check()}
        >
          {m.check}
        </Button>
      </div>
      <Caption1 className={s.hint}>{m.checkHint}</Caption1>
    </section>
  );
}
