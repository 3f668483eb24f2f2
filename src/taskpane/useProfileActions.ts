/**
 * The rule a run scores by: one from the catalogue, or a profile a person loads from a JSON file.
 * Separate from the runs because choosing a rule never touches the workbook: it only clears
 * results the new rule would contradict and remembers them for the comparison after re-scoring.
 */
import { useCallback } from 'react';
import { PROFILES } from '../engine';
import { loadChunk } from '../port/lazyChunk';
import type { PaneActionContext, PaneActions } from './paneState';

/** The actions that choose the rule: from the catalogue, or from a file. */
export function useProfileActions(
  ctx: PaneActionContext,
): Pick<PaneActions, 'setProfile' | 'loadProfileFile'> {
  const { patch, stateRef } = ctx;

  // Results computed under another rule would now mislead (and 导出Word would export them): they
  // go, the pane says so, and re-scoring lists what the new rule changed.
  const setProfile = useCallback(
    (id: string) => {
      const s = stateRef.current;
      if (!PROFILES[id] && s.customProfile?.id !== id) return;
      const before = s.outcome?.result ?? s.ruleChange?.before ?? null;
      const from = s.ruleChange?.from ?? s.profileId;
      patch({
        profileId: id,
        profileFromRecord: false,
        outcome: null,
        pending: null,
        ruleChange: before && from !== id ? { from, to: id, before } : null,
        phase: s.phase === 'done' || s.phase === 'confirm' ? 'ready' : s.phase,
      });
    },
    [patch],
  );

  // The loader (and zod) is a lazy chunk: only a person who loads a file downloads it.
  const loadProfileFile = useCallback(
    async (fileName: string, text: string) => {
      const { ProfileError, profileFileMessage, profileFromText } = await loadChunk(
        () => import('../profiles/load'),
      );
      try {
        const profile = profileFromText(text, PROFILES);
        const s = stateRef.current;
        patch({
          customProfile: profile,
          profileError: null,
          profileId: profile.id,
          profileFromRecord: false,
          outcome: null,
          phase: s.phase === 'done' ? 'ready' : s.phase,
        });
      } catch (err) {
        if (!(err instanceof ProfileError)) throw err;
        patch({ profileError: profileFileMessage(fileName, err.message) });
      }
    },
    [patch],
  );

  return { setProfile, loadProfileFile };
}
