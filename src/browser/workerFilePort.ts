/**
 * The browser file port with its workbook in a Web Worker (fileWorker.ts): opening a 200,000-row
 * form parses off the main thread, reports progress, and can be cancelled (the worker is
 * terminated). Lazy module: the worker URL needs `import.meta`, which only webpack sees.
 */
import type { Patch, WorkbookSnapshot } from '../engine';
import { PortError } from '../port/workbookPort';
import type { FilePort, FilePortEvents } from './filePort';
import {
  type OpenProgress,
  type Reply,
  type Request,
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

/** Opens .xlsx bytes in a worker. Rejects with OpenCancelled when `signal` aborts first. */
export async function openWorkerFilePort(
  bytes: ArrayBuffer,
  label: string,
  events: FilePortEvents = {},
  control: OpenControl = {},
): Promise<FilePort> {
  if (control.signal?.aborted) throw new OpenCancelled();
  // @ts-expect-error import.meta is what webpack reads to bundle the worker; tsc checks as CommonJS.
  const worker = new Worker(new URL('./fileWorker.ts', import.meta.url));
  const router = createReplyRouter((req: Request, transfer) =>
    worker.postMessage(req, transfer ?? []),
  );
  worker.onmessage = (e: MessageEvent<Reply>) => router.handleReply(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    router.fail('unknown', `文件处理线程出错：${e.message}`);
  };
  const cancel = (): void => {
    worker.terminate();
    router.fail('unknown', '已取消');
  };
  control.signal?.addEventListener('abort', cancel, { once: true });
  let reply: Reply;
  try {
    // The bytes move to the worker (transferred, not copied).
    reply = await router.request({ op: 'open', bytes, label }, control.onProgress, [bytes]);
  } finally {
    control.signal?.removeEventListener('abort', cancel);
  }
  if (control.signal?.aborted) throw new OpenCancelled();
  if (reply.kind !== 'snapshot') {
    worker.terminate();
    throw portError(reply);
  }
  let current: WorkbookSnapshot = reply.snapshot;
  return {
    kind: 'file',
    label,
    snapshot: () => current,
    async read() {
      return current;
    },
    async apply(patch: Patch) {
      const r = await router.request({ op: 'apply', patch });
      if (r.kind !== 'snapshot') throw portError(r);
      current = r.snapshot;
      events.onChange?.(current);
    },
    async select(sheet: string, cell: string | null) {
      if (!current.sheets.some((s) => s.name === sheet))
        throw new PortError('unknown', `工作簿中没有工作表“${sheet}”`, sheet);
      events.onSelect?.(sheet, cell);
    },
    async exportXlsx() {
      const r = await router.request({ op: 'export' });
      if (r.kind !== 'bytes') throw portError(r);
      return r.bytes;
    },
    close() {
      worker.terminate();
      router.fail('unknown', '工作簿已关闭');
    },
  };
}
