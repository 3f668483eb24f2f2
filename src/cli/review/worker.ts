/**
 * The review worker thread: takes one file at a time, scores it with scoreRun and checks it with
 * checkDifferences exactly as `selfeval <file> --check` does, and posts back the per-form figures
 * only. The workbook is dropped before the next file, so a worker holds one workbook at most.
 */
import { promises as fs } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { checkDifferences, scoreRun, reviewScoredFile, unreviewedFile } from '../../engine';
import { isReviewOutput } from '../../review/summaryXlsx';
import { loadXlsx, unreadableMessage, workbookSnapshot } from '../../xlsx';
import type { ReviewTask, WorkerReply } from './protocol';

async function review(task: ReviewTask): Promise<WorkerReply> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(task.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? '没有读取权限' : `无法读取（${code ?? String(err)}）`;
    return { kind: 'done', record: unreviewedFile(task.file, `“${task.file}”${why}`) };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await loadXlsx(wb, bytes);
  } catch (err) {
    return {
      kind: 'done',
      record: unreviewedFile(task.file, unreadableMessage(task.file, bytes, err)),
    };
  }
  if (isReviewOutput(wb)) return { kind: 'own-output' };
  const run = scoreRun(workbookSnapshot(wb), {
    profile: task.profile ?? undefined,
    now: task.now,
  });
  return {
    kind: 'done',
    record: reviewScoredFile(task.file, run.result, checkDifferences(run.result)),
  };
}

const port = parentPort;
if (port) {
  port.on('message', (task: ReviewTask) => {
    review(task).then(
      (reply) => {
        port.postMessage(reply);
      },
      (err: unknown) => {
        port.postMessage({
          kind: 'failed',
          message: err instanceof Error ? err.message : String(err),
        } satisfies WorkerReply);
      },
    );
  });
}
