/**
 * Scores many files in Web Workers (browser mode): a few workers, one file each at a time, results
 * in sorted file order. Lazy module: the worker URL needs `import.meta`, which only webpack sees.
 */
import type { ReviewedFile } from '../../engine';
import { finishReview, unreviewedFile } from '../../engine';

/** A file picked by the user, with the name shown (its path inside the picked folder). */
export interface PickedFile {
  readonly file: string;
  readonly blob: Blob;
}

type Reply =
  | { kind: 'done'; record: ReviewedFile }
  | { kind: 'own-output' }
  | { kind: 'failed'; message: string };

/** Reviews the files; `onProgress(done, total, current)` after each. */
export async function reviewFiles(
  files: readonly PickedFile[],
  onProgress: (done: number, total: number, current: string) => void,
): Promise<{ files: ReviewedFile[]; ownOutputs: number }> {
  const jobs = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2, files.length));
  const now = new Date().toISOString();
  const records: ReviewedFile[] = [];
  let ownOutputs = 0;
  let next = 0;
  let done = 0;
  const runWorker = async (): Promise<void> => {
    // @ts-expect-error import.meta is what webpack reads to bundle the worker; tsc checks as CommonJS.
    const worker = new Worker(new URL('./reviewWorker.ts', import.meta.url));
    try {
      while (next < files.length) {
        const f = files[next++];
        if (!f) break;
        const bytes = await f.blob.arrayBuffer();
        const reply = await new Promise<Reply>((resolve) => {
          worker.onmessage = (e: MessageEvent<Reply>) => resolve(e.data);
          worker.onerror = (e) => resolve({ kind: 'failed', message: e.message });
          worker.postMessage({ file: f.file, bytes, now }, [bytes]);
        });
        if (reply.kind === 'done') records.push(reply.record);
        else if (reply.kind === 'own-output') ownOutputs++;
        else
          records.push(unreviewedFile(f.file, `复核“${f.file}”时出错（${reply.message}），已跳过`));
        onProgress(++done, files.length, f.file);
      }
    } finally {
      worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: jobs }, runWorker));
  return { files: finishReview(records), ownOutputs };
}

/** The .xlsx files among those picked: no lock files, hidden files or other types. */
export function pickXlsx(list: ArrayLike<File>): PickedFile[] {
  const out: PickedFile[] = [];
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    if (!f) continue;
    const rel = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    const parts = rel.split('/');
    if (parts.some((p) => p.startsWith('.')) || (parts[parts.length - 1] ?? '').startsWith('~$'))
      continue;
    if (!rel.toLowerCase().endsWith('.xlsx')) continue;
    out.push({ file: rel, blob: f });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
