/**
 * Browser mode's file port in a real Web Worker (lazy chunk): starts fileWorker.ts, which webpack
 * bundles as its own file because of the `new Worker(new URL(…, import.meta.url))` form.
 */
import type { FilePort, FilePortEvents } from './filePort';
import { type OpenControl, openWorkerFilePort } from './workerFilePort';

/** Opens .xlsx bytes in a new file worker (workerFilePort.ts). */
export function openFileWorkerPort(
  bytes: ArrayBuffer,
  label: string,
  events: FilePortEvents = {},
  control: OpenControl = {},
): Promise<FilePort> {
  return openWorkerFilePort(
    // @ts-expect-error import.meta is what webpack reads to bundle the worker; tsc checks as CommonJS.
    () => new Worker(new URL('./fileWorker.ts', import.meta.url)),
    bytes,
    label,
    events,
    control,
  );
}
