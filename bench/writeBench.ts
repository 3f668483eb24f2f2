/**
 * Big-form write figure (issue #9 item 5, writing side; bigFormBench.ts has the reading side): one
 * department form of 8,000, 50,000 and 200,000 indicator rows, read, scored and written as
 * `selfeval --out` does, each in a fresh child process that reports its phases and peak memory
 * (bigFormRun.ts), and the 200,000-row form once more through the CLI itself, timed from outside.
 * Targets: the run is linear in time and memory (per row at 200,000 rows at most 1.5 × per row at
 * 8,000 and at 50,000), and the CLI finishes the 200,000-row form within a minute. Before the
 * owned sheets were written straight into the file (src/xlsx/largeSheets.ts), 50,000 rows took
 * 150 s and 2.9 GB and 200,000 rows ran out of memory.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BenchSection, target } from './stats';
import { syntheticWorkbook } from './syntheticForms';

const SIZES = [8_000, 50_000, 200_000] as const;
/** Issue 9: the 200,000-row form within a minute. */
const MINUTE_MS = 60_000;
/** Time per row at the large size against the small one. */
const LINEAR_LIMIT = 1.5;

interface RunFigures {
  readonly ms: Readonly<Record<string, number>>;
  readonly peakMB: number;
  readonly cellsWritten: number;
}

function runOnce(root: string, file: string, out: string): RunFigures {
  const child = spawnSync(
    process.execPath,
    [path.join(root, 'build', 'bench', 'bigFormRun.js'), file, out],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.error) throw child.error;
  if (child.status !== 0)
    throw new Error(
      `bigFormRun exited with ${child.status}: ${child.stderr.toString().slice(0, 500)}`,
    );
  return JSON.parse(child.stdout.toString()) as RunFigures;
}

const total = (f: RunFigures): number => Object.values(f.ms).reduce((a, b) => a + b, 0);

/** The big-form write section of the bench. */
export const writeBench: BenchSection = {
  name: 'bigFormWrite',
  async run(ctx) {
    const figures: Record<string, unknown> = {};
    const runs: RunFigures[] = [];
    for (const rows of SIZES) {
      const file = path.join(ctx.tmpDir, `big-${rows}.xlsx`);
      await syntheticWorkbook(rows, rows).xlsx.writeFile(file);
      const run = runOnce(ctx.root, file, path.join(ctx.tmpDir, `big-${rows}.scored.xlsx`));
      figures[`rows${rows}`] = { ...run, totalMs: total(run) };
      runs.push(run);
    }
    const [small, middle, big] = runs as [RunFigures, RunFigures, RunFigures];
    const timeRatio = total(big) / SIZES[2] / (total(small) / SIZES[0]);
    // Memory per row above a bare Node process (about 50 MB), at the largest size against the middle.
    const perRowMB = (r: RunFigures, rows: number): number => (r.peakMB - 50) / rows;
    const memoryRatio = perRowMB(big, SIZES[2]) / perRowMB(middle, SIZES[1]);
    const cliMs = timeCli(ctx.root, path.join(ctx.tmpDir, `big-${SIZES[2]}.xlsx`), ctx.tmpDir);
    figures.timePerRowRatio = Math.round(timeRatio * 100) / 100;
    figures.memoryPerRowRatio = Math.round(memoryRatio * 100) / 100;
    figures.cli200kMs = cliMs;
    return {
      figures,
      targets: [
        target(
          'bigform-linear',
          `time per row at ${SIZES[2]} rows ≤ ${LINEAR_LIMIT} × at ${SIZES[0]} rows (read, score, write)`,
          timeRatio,
          LINEAR_LIMIT,
          '×',
        ),
        target(
          'bigform-memory-linear',
          `peak memory per row at ${SIZES[2]} rows ≤ ${LINEAR_LIMIT} × at ${SIZES[1]} rows`,
          memoryRatio,
          LINEAR_LIMIT,
          '×',
        ),
        target(
          'bigform-cli-minute',
          `selfeval <${SIZES[2]}-row form> --out finishes within a minute`,
          cliMs,
          MINUTE_MS,
          'ms',
        ),
      ],
    };
  },
};

/** Wall time of the CLI scoring `file` into a copy (its summary thrown away). */
function timeCli(root: string, file: string, dir: string): number {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'selfeval.js'), file, '--out', path.join(dir, 'big-cli.scored.xlsx')],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (child.error) throw child.error;
  if (child.status !== 0)
    throw new Error(
      `selfeval exited with ${child.status}: ${child.stderr.toString().slice(0, 500)}`,
    );
  return Math.round(performance.now() - start);
}
