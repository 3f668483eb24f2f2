/**
 * Child process of the big-form bench: one scoring run of a file as `selfeval --out` does it
 * (open, snapshot, score + patch, apply, write), timing each phase and reporting the process's
 * peak memory, as one JSON line on stdout. A fresh process per size, so peaks do not mix.
 */
import { performance } from 'node:perf_hooks';
import { scoreRun } from '../src/engine';
import { applyPatch, openWorkbook, workbookSnapshot, writeWorkbookFile } from '../src/xlsx/node';

async function main(): Promise<void> {
  const [file, out] = process.argv.slice(2);
  if (!file || !out) throw new Error('usage: bigFormRun <in.xlsx> <out.xlsx>');
  const ms: Record<string, number> = {};
  let t = performance.now();
  const lap = (phase: string): void => {
    const now = performance.now();
    ms[phase] = Math.round(now - t);
    t = now;
  };
  const wb = await openWorkbook(file);
  const snapshot = workbookSnapshot(wb);
  lap('read');
  const { patch } = scoreRun(snapshot, { now: '2023-03-01T00:00:00Z' });
  lap('scoreAndPatch');
  applyPatch(wb, patch);
  lap('applyPatch');
  await writeWorkbookFile(wb, out);
  lap('write');
  // maxRSS is in kilobytes.
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ms, peakMB, cellsWritten: patch.cells.length })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(String(err instanceof Error ? (err.stack ?? err.message) : err));
  process.exitCode = 1;
});
