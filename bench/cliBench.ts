/**
 * CLI figure: wall time of `node bin/selfeval.js <file>` on a 3,000-indicator workbook against a
 * child process that only loads the same file with exceljs (readFile + wb.xlsx.load, as
 * src/xlsx/workbookFile.ts does). Both are fresh processes running built JavaScript, so start-up is
 * counted on both sides. Target (issue 1): the CLI adds at most 50% over the exceljs load.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type BenchSection, summarise, target } from './stats';
import { syntheticWorkbook } from './syntheticForms';

/** Indicators in the CLI workbook. */
export const CLI_INDICATORS = 3_000;
const PER_FORM = 250;
const RUNS = 7;
/** Issue 1: CLI time ≤ 1.5 × exceljs load time. */
const RATIO_LIMIT = 1.5;

/** The baseline: what any exceljs-based tool pays to open the file, and nothing else. */
const LOAD_ONLY = [
  "const ExcelJS = require('exceljs');",
  "const fs = require('node:fs');",
  '(async () => {',
  '  const wb = new ExcelJS.Workbook();',
  '  await wb.xlsx.load(await fs.promises.readFile(process.argv[1]));',
  '})().catch((e) => { process.stderr.write(String(e)); process.exitCode = 1; });',
].join('\n');

/** Runs a child process to its end; returns its wall time in ms. Throws when it fails. */
function timedRun(root: string, args: readonly string[], label: string): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  if (child.status !== 0)
    throw new Error(
      `${label} exited with ${child.status}: ${child.stderr.toString().slice(0, 500)}`,
    );
  return ms;
}

/** The CLI section of the bench. */
export const cliBench: BenchSection = {
  name: 'cli',
  async run(ctx) {
    const file = path.join(ctx.tmpDir, `bench-${CLI_INDICATORS}.xlsx`);
    await syntheticWorkbook(CLI_INDICATORS, PER_FORM).xlsx.writeFile(file);
    const cliArgs = [path.join(ctx.root, 'bin', 'selfeval.js'), file];
    const loadArgs = ['-e', LOAD_ONLY, file];
    // One untimed run of each fills the file cache and checks that both commands work.
    timedRun(ctx.root, cliArgs, 'selfeval');
    timedRun(ctx.root, loadArgs, 'exceljs load');
    const cli: number[] = [];
    const load: number[] = [];
    // Interleaved, so a burst of load from other jobs on the machine hits both sides alike.
    for (let i = 0; i < RUNS; i++) {
      load.push(timedRun(ctx.root, loadArgs, 'exceljs load'));
      cli.push(timedRun(ctx.root, cliArgs, 'selfeval'));
    }
    const cliMs = summarise(cli);
    const loadMs = summarise(load);
    const ratio = cliMs.median / loadMs.median;
    return {
      figures: {
        indicators: CLI_INDICATORS,
        fileBytes: statSync(file).size,
        selfevalMs: cliMs,
        exceljsLoadMs: loadMs,
        overheadMs: Math.round((cliMs.median - loadMs.median) * 10) / 10,
        ratio: Math.round(ratio * 1000) / 1000,
      },
      targets: [
        target(
          'cli.ratio3k',
          `selfeval on ${CLI_INDICATORS} indicators ≤ ${RATIO_LIMIT} × exceljs load (medians)`,
          ratio,
          RATIO_LIMIT,
          'ratio',
        ),
      ],
    };
  },
};
