/**
 * The undo notice of Excel desktop: what an add-in writes clears Excel's undo history, so the pane
 * says so once, with its first write, and remembers on this machine that it did. Separate from
 * TaskPane.tsx because it is a small state of its own, with its storage.
 */
import { useEffect, useState } from 'react';
import type { RunOutcome } from './usePaneState';

/** Where the undo notice is: still to show, showing with the results, or shown before. */
export type UndoNotice = 'unseen' | 'showing' | 'seen';

const UNDO_NOTICE_KEY = 'selfeval.undoNoticeShown';

/** True once the undo notice was shown on this machine (storage may be unavailable: then each session). */
function undoNoticeShown(): boolean {
  try {
    return window.localStorage.getItem(UNDO_NOTICE_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberUndoNotice(): void {
  try {
    window.localStorage.setItem(UNDO_NOTICE_KEY, '1');
  } catch {
    // Without storage the notice shows once per session, which is still once per pane.
  }
}

/** The undo notice, shown with the first write when `undoClears` and not shown before. */
export function useUndoNotice(undoClears: boolean, outcome: RunOutcome | null): UndoNotice {
  // The undo notice shows with the first write of a pane that has not shown it before.
  const [undoNotice, setUndoNotice] = useState<UndoNotice>(() =>
    undoClears && !undoNoticeShown() ? 'unseen' : 'seen',
  );
  const wrote = outcome?.mode === 'score' || outcome?.decided != null;
  useEffect(() => {
    if (undoNotice === 'unseen' && wrote) {
      setUndoNotice('showing');
      rememberUndoNotice();
    }
  }, [undoNotice, wrote]);
  return undoNotice;
}
