/**
 * The protocol between browser mode's page and its file worker (fileWorker.ts), both sides as plain
 * functions so jest can drive them without a Worker. The worker owns the exceljs workbook: it opens
 * the bytes, posts the snapshot back (structured clone), applies patches and exports the bytes. The
 * page only holds snapshots, so a big workbook never blocks the tab while it is parsed or written.
 */
import type ExcelJS from 'exceljs';
import {
  type Decision,
  type Patch,
  type Run,
  type SheetSnapshot,
  type WorkbookSnapshot,
  decodeRecord,
} from '../engine';
import {
  type Decided,
  type Overview,
  type PreparedRun,
  type ProfileChoice,
  type ScoreMode,
  type ScoreStage,
  type Written,
  decisionOf,
  overviewOf,
  preparedOf,
  rescoredOf,
  runOf,
} from '../port/scorer';
import { type PortErrorReason } from '../port/workbookPort';
import { applyPatch, loadXlsx, sheetSnapshot, unreadableMessage, workbookBytes } from '../xlsx';
import { type ReplyPart, joinParts, splitReply } from './replyParts';
import { firstFormOf } from './firstForm';

/** Where opening has got to: reading the file (exceljs unzips and parses), then each sheet. */
export type OpenProgress =
  | { readonly stage: 'read' }
  | { readonly stage: 'sheets'; readonly done: number; readonly total: number };

/** Where a run has got to (阶段: 解析 / 评分 / 写回), or opening. */
export type Progress = OpenProgress | { readonly stage: 'run'; readonly step: ScoreStage };

/** Page → worker. */
export type Request =
  | {
      readonly id: number;
      readonly op: 'open';
      readonly bytes: ArrayBuffer;
      readonly label: string;
    }
  | { readonly id: number; readonly op: 'apply'; readonly patch: Patch }
  | { readonly id: number; readonly op: 'export' }
  | {
      readonly id: number;
      readonly op: 'overview';
      readonly choice: ProfileChoice;
      readonly now: string;
    }
  | {
      readonly id: number;
      readonly op: 'prepare';
      readonly mode: ScoreMode;
      readonly choice: ProfileChoice;
      readonly now: string;
    }
  /** Writes the run `prepare` kept (its patch never leaves the worker). */
  | { readonly id: number; readonly op: 'write'; readonly key: number }
  | {
      readonly id: number;
      readonly op: 'decide';
      readonly decision: Decision;
      readonly choice: ProfileChoice;
      /** The time stamped into the record (one clock reading for the whole decision). */
      readonly now: string;
      readonly withDifferences: boolean;
    }
  /** Stops request `target` at its next stage; answered by that request, not by this one. */
  | { readonly id: number; readonly op: 'cancel'; readonly target: number };

/** Worker → page. */
export type Reply =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: Progress }
  /** A cut of a long array of the reply that follows (replyParts.ts). */
  | { readonly id: number; readonly kind: 'part'; readonly part: ReplyPart }
  | {
      readonly id: number;
      readonly kind: 'snapshot';
      readonly snapshot: WorkbookSnapshot;
      /** On open: the first visible form's sheet (filePort.firstFormOf), for the preview. */
      readonly firstForm?: string | null;
    }
  | { readonly id: number; readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: 'overview'; readonly overview: Overview }
  /** A prepared run without its snapshot: the page holds that one already. */
  | {
      readonly id: number;
      readonly kind: 'prepared';
      readonly run: Omit<PreparedRun, 'snapshot'>;
    }
  | {
      readonly id: number;
      readonly kind: 'written';
      readonly written: Written;
      readonly snapshot: WorkbookSnapshot;
    }
  | {
      readonly id: number;
      readonly kind: 'decided';
      readonly decided: Decided;
    }
  | { readonly id: number; readonly kind: 'cancelled' }
  | {
      readonly id: number;
      readonly kind: 'error';
      readonly reason: PortErrorReason;
      readonly message: string;
    };

/** A request before the router numbers it. */
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Posts a reply; transfers the buffers listed. */
export type Post = (reply: Reply, transfer?: Transferable[]) => void;

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Said when the browser ran out of memory for the workbook (in the worker or killing it). */
export const OUT_OF_MEMORY =
  '浏览器内存不足，无法处理这个工作簿。请关闭其他标签页和程序后刷新页面、重新打开文件；工作簿很大时，可改用命令行 selfeval 评分。';

/** Said when the worker stopped without answering (crashed, or killed by the browser). */
export const WORKER_STOPPED =
  '文件处理线程意外停止（常见原因是内存不足）。请刷新页面后重新打开文件；工作簿很大时，可改用命令行 selfeval 评分。';

/** One Chinese line for a failure inside the worker: what happened and what to do, no stack. */
export function failureMessage(err: unknown): string {
  const text = errorText(err);
  // V8 says "Array buffer allocation failed", "Invalid array length", "Invalid string length"…
  if (err instanceof RangeError || /memory|allocation|invalid (array|string) length/i.test(text))
    return OUT_OF_MEMORY;
  return `处理工作簿时出错（${text}）。请刷新页面后重新打开文件重试；若仍出错，可改用命令行 selfeval 评分。`;
}

/** Lets the worker take in messages (a cancel) between two synchronous stages. */
function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The worker side: one workbook per worker. `handle` answers each request with exactly one final
 * reply (after any progress replies for the same id), one request after another; `cancel` is
 * taken at once and stops its target at the next stage. The worker keeps the workbook's snapshot
 * and the last prepared run, so scoring and writing send neither the snapshot nor the patch.
 */
export function createWorkbookHost(
  Excel: typeof ExcelJS,
  postWhole: Post,
): { handle(req: Request): Promise<void> } {
  // Long arrays go first, in parts, so the page never reads 100 MB in one task.
  const post: Post = (reply, transfer) => {
    const { parts, rest } = splitReply(reply);
    for (const part of parts) postWhole({ id: reply.id, kind: 'part', part });
    postWhole(rest, transfer);
  };
  let wb: ExcelJS.Workbook | null = null;
  let current: WorkbookSnapshot | null = null;
  let prepared: { key: number; run: Run } | null = null;
  const cancelled = new Set<number>();
  let queue: Promise<void> = Promise.resolve();

  // Sheet by sheet rather than workbookSnapshot(wb), so the page can say which sheet is being read.
  function snapshot(id: number, book: ExcelJS.Workbook, progress: boolean): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = [];
    const total = book.worksheets.length;
    for (const ws of book.worksheets) {
      if (progress)
        post({ id, kind: 'progress', progress: { stage: 'sheets', done: sheets.length, total } });
      sheets.push(sheetSnapshot(ws));
    }
    current = { sheets, record: decodeRecord(sheets) };
    return current;
  }

  /** Applies a patch; a refusal becomes an error reply (false). */
  function write(id: number, book: ExcelJS.Workbook, patch: Patch): boolean {
    try {
      applyPatch(book, patch);
      return true;
    } catch (err) {
      post({ id, kind: 'error', reason: 'unknown', message: `写入工作簿失败：${errorText(err)}` });
      return false;
    }
  }

  /** Posts a stage, then gives a cancel the chance to arrive; true when the request goes on. */
  async function stage(id: number, step: ScoreStage): Promise<boolean> {
    post({ id, kind: 'progress', progress: { stage: 'run', step } });
    await turn();
    return !cancelled.has(id);
  }

  async function answer(req: Request): Promise<void> {
    if (req.op === 'open') {
      post({ id: req.id, kind: 'progress', progress: { stage: 'read' } });
      const book = new Excel.Workbook();
      try {
        await loadXlsx(book, req.bytes);
      } catch (err) {
        post({
          id: req.id,
          kind: 'error',
          reason: 'unreadable',
          message: `${unreadableMessage(req.label, req.bytes, err)}。`,
        });
        return;
      }
      wb = book;
      prepared = null;
      const opened = snapshot(req.id, book, true);
      post({ id: req.id, kind: 'snapshot', snapshot: opened, firstForm: firstFormOf(opened) });
      return;
    }
    if (req.op === 'cancel') return;
    if (!wb || !current) {
      post({ id: req.id, kind: 'error', reason: 'unknown', message: '工作簿尚未打开' });
      return;
    }
    const id = req.id;
    switch (req.op) {
      case 'apply':
        if (!write(id, wb, req.patch)) return;
        prepared = null;
        post({ id, kind: 'snapshot', snapshot: snapshot(id, wb, false) });
        return;
      case 'export': {
        const bytes = await workbookBytes(wb);
        post({ id, kind: 'bytes', bytes }, [bytes.buffer as ArrayBuffer]);
        return;
      }
      case 'overview':
        post({ id, kind: 'overview', overview: overviewOf(current, req.choice, req.now) });
        return;
      case 'prepare': {
        const snap = current;
        if (!(await stage(id, 'score'))) break;
        const run = runOf(snap, req.choice, req.now);
        await turn();
        if (cancelled.has(id)) break;
        const { snapshot: _scored, ...shown } = preparedOf(id, req.mode, run, snap);
        prepared = { key: id, run };
        post({ id, kind: 'prepared', run: shown });
        return;
      }
      case 'write': {
        if (!prepared || prepared.key !== req.key) {
          post({ id, kind: 'error', reason: 'changed', message: '评分结果已过期，请重新评分。' });
          return;
        }
        const { run } = prepared;
        post({ id, kind: 'progress', progress: { stage: 'run', step: 'write' } });
        const patch = run.patch;
        if (!write(id, wb, patch)) return;
        prepared = null;
        const written: Written = {
          cellsWritten: patch.cells.length,
          notes: patch.notes ?? [],
          fillIns: run.fillIns,
        };
        post({ id, kind: 'written', written, snapshot: snapshot(id, wb, false) });
        return;
      }
      case 'decide': {
        const { patch, was } = decisionOf(current, req.decision, req.choice, () => req.now);
        if (!write(id, wb, patch)) return;
        prepared = null;
        const after = snapshot(id, wb, false);
        const result = runOf(after, req.choice, req.now).result;
        const decided = { ...rescoredOf(result, req.withDifferences), snapshot: after, was };
        post({ id, kind: 'decided', decided });
        return;
      }
    }
    post({ id, kind: 'cancelled' });
  }

  return {
    handle(req) {
      if (req.op === 'cancel') {
        cancelled.add(req.target);
        return Promise.resolve();
      }
      queue = queue.then(async () => {
        try {
          await answer(req);
        } catch (err) {
          post({ id: req.id, kind: 'error', reason: 'unknown', message: failureMessage(err) });
        } finally {
          cancelled.delete(req.id);
        }
      });
      return queue;
    },
  };
}

/** A request's outcome as the page sees it. */
interface Pending {
  readonly resolve: (reply: Reply) => void;
  readonly onProgress?: (p: Progress) => void;
  /** The parts of the reply received so far. */
  readonly parts: ReplyPart[];
}

/**
 * The page side: numbers requests and routes each reply to its caller; progress goes to the
 * caller's callback, the final reply settles its promise. A request whose `signal` aborts settles
 * at once as `cancelled` and the worker is told to stop it. `fail` settles every open request (the
 * worker crashed or was terminated).
 */
export function createReplyRouter(send: (req: Request, transfer?: Transferable[]) => void): {
  request(
    req: WithoutId<Request>,
    onProgress?: (p: Progress) => void,
    transfer?: Transferable[],
    signal?: AbortSignal,
  ): Promise<Reply>;
  handleReply(reply: Reply): void;
  fail(reason: PortErrorReason, message: string): void;
} {
  const pending = new Map<number, Pending>();
  let next = 1;
  return {
    request(body, onProgress, transfer, signal) {
      const id = next++;
      return new Promise<Reply>((resolve) => {
        if (signal?.aborted) {
          resolve({ id, kind: 'cancelled' });
          return;
        }
        const done = (reply: Reply): void => {
          signal?.removeEventListener('abort', abort);
          resolve(reply);
        };
        const abort = (): void => {
          if (!pending.delete(id)) return;
          send({ op: 'cancel', target: id, id: next++ });
          done({ id, kind: 'cancelled' });
        };
        pending.set(id, { resolve: done, onProgress, parts: [] });
        signal?.addEventListener('abort', abort, { once: true });
        send({ ...body, id }, transfer);
      });
    },
    handleReply(reply) {
      const p = pending.get(reply.id);
      if (!p) return; // a reply for a request already failed or cancelled: nobody waits for it
      if (reply.kind === 'progress') {
        p.onProgress?.(reply.progress);
        return;
      }
      if (reply.kind === 'part') {
        p.parts.push(reply.part);
        return;
      }
      pending.delete(reply.id);
      p.resolve(p.parts.length > 0 ? joinParts(reply, p.parts) : reply);
    },
    fail(reason, message) {
      for (const [id, p] of pending) p.resolve({ id, kind: 'error', reason, message });
      pending.clear();
    },
  };
}
