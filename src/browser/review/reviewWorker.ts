/**
 * Browser mode's review worker (a Web Worker): one workbook at a time, scored with scoreRun and
 * checked with checkDifferences exactly as the CLI's review worker does; posts the per-form figures.
 */
import ExcelJS from 'exceljs';
import { checkDifferences, reviewScoredFile, scoreRun, unreviewedFile } from '../../engine';
import { loadXlsx, unreadableMessage, workbookSnapshot } from '../../xlsx';
import { isReviewOutput } from '../../review/summaryXlsx';

interface Task {
  readonly file: string;
  readonly bytes: ArrayBuffer;
  readonly now: string;
}

async function review(task: Task): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  try {
    await loadXlsx(wb, task.bytes);
  } catch (err) {
    return {
      kind: 'done',
      record: unreviewedFile(task.file, unreadableMessage(task.file, task.bytes, err)),
    };
  }
  if (isReviewOutput(wb)) return { kind: 'own-output' };
  const run = scoreRun(workbookSnapshot(wb), { now: task.now });
  return {
    kind: 'done',
    record: reviewScoredFile(task.file, run.result, checkDifferences(run.result)),
  };
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Task>) => void) | null;
  postMessage: (m: unknown) => void;
};
scope.onmessage = (e) => {
  review(e.data).then(
    (reply) => scope.postMessage(reply),
    (err: unknown) =>
      scope.postMessage({
        kind: 'failed',
        message: err instanceof Error ? err.message : String(err),
      }),
  );
};
