/**
 * Big-form write figure (issue #9 item 5, writing side; bigFormBench.ts has the reading side): one department form of 8,000 and of 50,000 indicator rows,
 * read, scored and written as `selfeval --out` does, each in a fresh child process that reports
 * its phases and peak memory (bigFormRun.ts). Target: the run is linear — time per row at 50,000
 * rows at most 1.5 × the time per row at 8,000 (before the fix, exceljs's merge checks and per-cell
 * styles made the write grow faster than the form).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { type BenchSection, target } from './stats';
import { syntheticWorkbook } from './syntheticForms';

const SIZES = [8_000, 50_000] as const;
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
    const perRow: number[] = [];
    for (const rows of SIZES) {
      const file = path.join(ctx.tmpDir, `big-${rows}.xlsx`);
      await syntheticWorkbook(rows, rows).xlsx.writeFile(file);
      const run = runOnce(ctx.root, file, path.join(ctx.tmpDir, `big-${rows}.scored.xlsx`));
      figures[`rows${rows}`] = { ...run, totalMs: total(run) };
      perRow.push(total(run) / rows);
    }
    const ratio = Math.round(((perRow[1] ?? 0) / (perRow[0] ?? 1)) * 100) / 100;
    figures.perRowRatio = ratio;
    return {
      figures,
      targets: [
        target(
          'bigform-linear',
          `time per row at ${SIZES[1]} rows ≤ ${LINEAR_LIMIT} × at ${SIZES[0]} rows (read, score, write)`,
          ratio,
          LINEAR_LIMIT,
          '×',
        ),
      ],
    };
  },
};
