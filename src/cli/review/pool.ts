/**
 * A small pool of worker threads for the review: `jobs` workers, one task each at a time, a
 * per-task timeout that terminates a stuck worker (and starts a fresh one), and a worker that dies
 * mid-task reported as that task's failure. Results come back through `onDone` in finishing order;
 * the caller sorts. Built on node:worker_threads alone: the whole pool is this file.
 */
import { Worker } from 'node:worker_threads';

/** How a task ended when the worker did not answer. */
export type PoolFailure =
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'crash'; readonly message: string };

export interface PoolOptions<T, R> {
  readonly script: string;
  readonly jobs: number;
  readonly timeoutMs: number;
  readonly tasks: readonly T[];
  /** Called once per task, with the worker's reply or why there is none. */
  readonly onDone: (index: number, reply: R | null, failure: PoolFailure | null) => void;
  /** Called when a worker starts a task. */
  readonly onStart?: (index: number) => void;
  /** Heap limit of each worker in MB: a huge workbook fails its own task, not the whole run. */
  readonly maxHeapMb?: number;
}

/** Runs every task; resolves when all are done. */
export function runPool<T, R>(options: PoolOptions<T, R>): Promise<void> {
  const { tasks, onDone } = options;
  let next = 0;
  let finished = 0;
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  return new Promise<void>((resolve) => {
    if (tasks.length === 0) {
      resolve();
      return;
    }
    const complete = (index: number, reply: R | null, failure: PoolFailure | null): void => {
      onDone(index, reply, failure);
      finished++;
      if (finished === tasks.length) resolve();
    };

    const startWorker = (): void => {
      if (next >= tasks.length) return;
      const worker = new Worker(options.script, {
        resourceLimits: options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : {},
        stdout: false,
        stderr: false,
      });
      let current = -1;
      let timer: NodeJS.Timeout | null = null;
      let retired = false;

      const retire = (index: number, failure: PoolFailure): void => {
        if (retired) return;
        retired = true;
        if (timer) clearTimeout(timer);
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        void worker.terminate();
        complete(index, null, failure);
        startWorker(); // a fresh worker takes the next task
      };

      const feed = (): void => {
        if (next >= tasks.length) {
          retired = true;
          void worker.terminate();
          return;
        }
        current = next++;
        const index = current;
        options.onStart?.(index);
        timer = setTimeout(() => {
          retire(index, { kind: 'timeout', seconds: options.timeoutMs / 1000 });
        }, options.timeoutMs);
        worker.postMessage(tasks[index]);
      };

      worker.on('message', (reply: R) => {
        if (timer) clearTimeout(timer);
        timer = null;
        const index = current;
        current = -1;
        complete(index, reply, null);
        feed();
      });
      worker.on('error', (err: Error) => {
        if (current >= 0) retire(current, { kind: 'crash', message: err.message });
      });
      worker.on('exit', (code) => {
        if (!retired && current >= 0) retire(current, { kind: 'crash', message: `退出码 ${code}` });
      });
      feed();
    };

    for (let i = 0; i < jobs; i++) startWorker();
  });
}
