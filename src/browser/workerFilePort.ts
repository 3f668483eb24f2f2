/**
 * The browser file port with its workbook in a Web Worker (fileWorker.ts): opening a 200,000-row
 * form parses off the main thread, reports progress, and can be cancelled (the worker is
 * terminated). Its scorer scores, checks, writes and decides in the same worker (src/port/scorer.ts),
 * so the page never runs the engine on a big form; a run can be cancelled until it writes.
 * The worker itself is started by the caller (fileWorkerSpawn.ts: its URL needs `import.meta`,
 * which only webpack sees), so tests can drive this module over the protocol's host in-process.
 */
import type { Patch, WorkbookSnapshot } from '../engine';
import { PortError } from '../port/workbookPort';
import { type ScoreControl, ScoreCancelled, type Scorer } from '../port/scorer';
import type { FilePort, FilePortEvents } from './filePort';
import {
  OUT_OF_MEMORY,
  type OpenProgress,
  type Progress,
  type Reply,
  type Request,
  WORKER_STOPPED,
  createReplyRouter,
} from './fileWorkerProtocol';

/** Thrown by openWorkerFilePort when the user cancelled: not a problem to show. */
export class OpenCancelled extends Error {
  constructor() {
    super('已取消打开');
    this.name = 'OpenCancelled';
  }
}

/** How opening is followed and stopped. */
export interface OpenControl {
  readonly onProgress?: (p: OpenProgress) => void;
  readonly signal?: AbortSignal;
}

function portError(reply: Reply): PortError {
  return reply.kind === 'error'
    ? new PortError(reply.reason, reply.message)
    : new PortError('unknown', `文件处理线程回复有误（${reply.kind}）`);
}

/** What the port needs of a Worker. */
export interface FileWorker {
  postMessage(req: Request, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
}

/** Opens .xlsx bytes in a worker. Rejects with OpenCancelled when `signal` aborts first. */
export async function openWorkerFilePort(
  spawn: () => FileWorker,
  bytes: ArrayBuffer,
  label: string,
  events: FilePortEvents = {},
  control: OpenControl = {},
): Promise<FilePort> {
  if (control.signal?.aborted) throw new OpenCancelled();
  const worker = spawn();
  const router = createReplyRouter((req: Request, transfer) =>
    worker.postMessage(req, transfer ?? []),
  );
  worker.onmessage = (e: MessageEvent<Reply>) => router.handleReply(e.data);
  /** Set once the worker died: every later call says so at once instead of waiting forever. */
  let stopped: string | null = null;
  const died = (message: string): void => {
    stopped = message;
    worker.terminate();
    router.fail('unknown', message);
  };
  // An error the worker did not catch (its message is V8's English): said in Chinese.
  worker.onerror = (e) => {
    e.preventDefault();
    died(/memory|allocation/i.test(e.message) ? OUT_OF_MEMORY : WORKER_STOPPED);
  };
  worker.onmessageerror = () => died(WORKER_STOPPED);
  const cancel = (): void => {
    worker.terminate();
    router.fail('unknown', '已取消');
  };
  control.signal?.addEventListener('abort', cancel, { once: true });
  let reply: Reply;
  const onOpen = (p: Progress): void => {
    if (p.stage !== 'run') control.onProgress?.(p);
  };
  try {
    // The bytes move to the worker (transferred, not copied).
    reply = await router.request({ op: 'open', bytes, label }, onOpen, [bytes]);
  } finally {
    control.signal?.removeEventListener('abort', cancel);
  }
  if (control.signal?.aborted) throw new OpenCancelled();
  if (reply.kind !== 'snapshot') {
    worker.terminate();
    throw portError(reply);
  }
  let current: WorkbookSnapshot = reply.snapshot;
  const firstForm = reply.firstForm ?? null;
  const changed = (snapshot: WorkbookSnapshot): void => {
    current = snapshot;
    events.onChange?.(current);
  };
  /** A request to the live worker; a dead one answers at once with why. */
  const ask = (
    body: Parameters<typeof router.request>[0],
    control: ScoreControl = {},
  ): Promise<Reply> => {
    if (stopped !== null) return Promise.reject(new PortError('unknown', stopped));
    const onProgress = (p: Progress): void => {
      if (p.stage === 'run') control.onStage?.(p.step);
    };
    return router.request(body, onProgress, undefined, control.signal);
  };
  const scorer: Scorer = {
    cancellable: true,
    async overview(choice, now) {
      const r = await ask({ op: 'overview', choice, now });
      if (r.kind !== 'overview') throw portError(r);
      return r.overview;
    },
    async prepare(mode, choice, now, control) {
      const r = await ask({ op: 'prepare', mode, choice, now }, control);
      if (r.kind === 'cancelled') throw new ScoreCancelled();
      if (r.kind !== 'prepared') throw portError(r);
      // The worker scored the workbook this page holds the snapshot of (sent on open and write).
      return { ...r.run, snapshot: current };
    },
    async write(run, control) {
      // Writing is not cancelled halfway: the worker applies the whole patch or nothing.
      const r = await ask({ op: 'write', key: run.key }, { onStage: control?.onStage });
      if (r.kind !== 'written') throw portError(r);
      changed(r.snapshot);
      return r.written;
    },
    async decide(decision, choice, now, withDifferences) {
      const r = await ask({ op: 'decide', decision, choice, now: now(), withDifferences });
      if (r.kind !== 'decided') throw portError(r);
      changed(r.decided.snapshot);
      return r.decided;
    },
  };
  return {
    kind: 'file',
    label,
    scorer,
    snapshot: () => current,
    firstForm: () => firstForm,
    async read() {
      return current;
    },
    async apply(patch: Patch) {
      const r = await ask({ op: 'apply', patch });
      if (r.kind !== 'snapshot') throw portError(r);
      changed(r.snapshot);
    },
    async select(sheet: string, cell: string | null) {
      if (!current.sheets.some((s) => s.name === sheet))
        throw new PortError('unknown', `工作簿中没有工作表“${sheet}”`, sheet);
      events.onSelect?.(sheet, cell);
    },
    async exportXlsx() {
      const r = await ask({ op: 'export' });
      if (r.kind !== 'bytes') throw portError(r);
      return r.bytes;
    },
    close() {
      worker.terminate();
      router.fail('unknown', '工作簿已关闭');
    },
  };
}
