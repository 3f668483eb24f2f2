/**
 * The protocol between browser mode's page and its file worker (fileWorker.ts), both sides as plain
 * functions so jest can drive them without a Worker. The worker owns the exceljs workbook: it opens
 * the bytes, posts the snapshot back (structured clone), applies patches and exports the bytes. The
 * page only holds snapshots, so a big workbook never blocks the tab while it is parsed or written.
 */
import type ExcelJS from 'exceljs';
import { type Patch, type SheetSnapshot, type WorkbookSnapshot, decodeRecord } from '../engine';
import { type PortErrorReason } from '../port/workbookPort';
import { applyPatch, loadXlsx, sheetSnapshot, unreadableMessage, workbookBytes } from '../xlsx';

/** Where opening has got to: reading the file (exceljs unzips and parses), then each sheet. */
export type OpenProgress =
  | { readonly stage: 'read' }
  | { readonly stage: 'sheets'; readonly done: number; readonly total: number };

/** Page → worker. */
export type Request =
  | {
      readonly id: number;
      readonly op: 'open';
      readonly bytes: ArrayBuffer;
      readonly label: string;
    }
  | { readonly id: number; readonly op: 'apply'; readonly patch: Patch }
  | { readonly id: number; readonly op: 'export' };

/** Worker → page. */
export type Reply =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: OpenProgress }
  | { readonly id: number; readonly kind: 'snapshot'; readonly snapshot: WorkbookSnapshot }
  | { readonly id: number; readonly kind: 'bytes'; readonly bytes: Uint8Array }
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

/**
 * The worker side: one workbook per worker. `handle` answers each request with exactly one
 * snapshot, bytes or error reply (after any progress replies for the same id).
 */
export function createWorkbookHost(
  Excel: typeof ExcelJS,
  post: Post,
): { handle(req: Request): Promise<void> } {
  let wb: ExcelJS.Workbook | null = null;

  // Sheet by sheet rather than workbookSnapshot(wb), so the page can say which sheet is being read.
  function snapshot(id: number, book: ExcelJS.Workbook, progress: boolean): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = [];
    const total = book.worksheets.length;
    for (const ws of book.worksheets) {
      if (progress)
        post({ id, kind: 'progress', progress: { stage: 'sheets', done: sheets.length, total } });
      sheets.push(sheetSnapshot(ws));
    }
    return { sheets, record: decodeRecord(sheets) };
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
      post({ id: req.id, kind: 'snapshot', snapshot: snapshot(req.id, book, true) });
      return;
    }
    if (!wb) {
      post({ id: req.id, kind: 'error', reason: 'unknown', message: '工作簿尚未打开' });
      return;
    }
    if (req.op === 'apply') {
      try {
        applyPatch(wb, req.patch);
      } catch (err) {
        post({
          id: req.id,
          kind: 'error',
          reason: 'unknown',
          message: `写入工作簿失败：${errorText(err)}`,
        });
        return;
      }
      post({ id: req.id, kind: 'snapshot', snapshot: snapshot(req.id, wb, false) });
      return;
    }
    const bytes = await workbookBytes(wb);
    post({ id: req.id, kind: 'bytes', bytes }, [bytes.buffer as ArrayBuffer]);
  }

  return {
    async handle(req) {
      try {
        await answer(req);
      } catch (err) {
        post({ id: req.id, kind: 'error', reason: 'unknown', message: errorText(err) });
      }
    },
  };
}

/** A request's outcome as the page sees it. */
interface Pending {
  readonly resolve: (reply: Reply) => void;
  readonly onProgress?: (p: OpenProgress) => void;
}

/**
 * The page side: numbers requests and routes each reply to its caller; progress goes to the
 * caller's callback, the final reply settles its promise. `fail` settles every open request (the
 * worker crashed or was terminated).
 */
export function createReplyRouter(send: (req: Request, transfer?: Transferable[]) => void): {
  request(
    req: WithoutId<Request>,
    onProgress?: (p: OpenProgress) => void,
    transfer?: Transferable[],
  ): Promise<Reply>;
  handleReply(reply: Reply): void;
  fail(reason: PortErrorReason, message: string): void;
} {
  const pending = new Map<number, Pending>();
  let next = 1;
  return {
    request(body, onProgress, transfer) {
      const id = next++;
      return new Promise<Reply>((resolve) => {
        pending.set(id, { resolve, onProgress });
        send({ ...body, id }, transfer);
      });
    },
    handleReply(reply) {
      const p = pending.get(reply.id);
      if (!p) return; // a reply for a request already failed: nobody waits for it
      if (reply.kind === 'progress') {
        p.onProgress?.(reply.progress);
        return;
      }
      pending.delete(reply.id);
      p.resolve(reply);
    },
    fail(reason, message) {
      for (const [id, p] of pending) p.resolve({ id, kind: 'error', reason, message });
      pending.clear();
    },
  };
}
