/**
 * Review figures (issue 13): `selfeval review --jobs 2` over 200 workbooks of the example's size,
 * against (a) 200 separate `selfeval <file>` processes and (b) the sum of a bare exceljs load of
 * each file divided by the 2 jobs; peak RSS of the whole review process at 50, 200 and 500 files.
 *
 * The 200 separate processes are timed on a sample (SAMPLE) and scaled to 200, unless
 * BENCH_REVIEW_FULL=1 runs them all: each costs a node start-up and an exceljs require, which is
 * exactly what the review saves, and all 200 would add minutes to every bench.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { type BenchSection, target } from './stats';

const FILES = 200;
const JOBS = 2;
const SAMPLE = 30;
const VARIANTS = 20;
const RSS_SIZES = [50, 200, 500] as const;
/** Issue 13: review wall ≤ 0.6 × 200 processes, ≤ 1.3 × Σ bare loads ÷ jobs; RSS flat. */
const VS_PROCESSES = 0.6;
const VS_LOADS = 1.3;
/** RSS at 500 files may exceed RSS at 50 files by at most this factor to count as flat. */
const FLAT = 1.25;

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Writes `count` workbooks into `dir`: VARIANTS variants of the example (different 执行数), copied round-robin. */
async function makeFolder(variantsDir: string, dir: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const variants = Array.from({ length: VARIANTS }, (_, i) => path.join(variantsDir, `v${i}.xlsx`));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `单位${String(i + 1).padStart(4, '0')}.xlsx`);
    copyFileSync(variants[i % VARIANTS] ?? '', file);
    files.push(file);
  }
  return files;
}

async function makeVariants(root: string, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const example = path.join(root, 'examples', '民政局2022部门整体支出绩效自评表.xlsx');
  for (let i = 0; i < VARIANTS; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    const ws = wb.getWorksheet('部门整体支出绩效自评表');
    // 全年执行数 in E5 of the example's budget row: 60%–120% of the budget gives every rate band.
    if (ws)
      ws.getCell('F5').value = Math.round(11605.29 * (0.6 + (0.6 * i) / VARIANTS) * 100) / 100;
    await wb.xlsx.writeFile(path.join(dir, `v${i}.xlsx`));
  }
}

/** Runs a node child; returns wall ms and, for `rss`, the child's peak RSS in MB. */
function run(root: string, args: string[], label: string): { ms: number; stderr: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${label} exited with ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return { ms, stderr: r.stderr.toString() };
}

/** A review run inside a wrapper that prints the process's peak RSS (all worker threads included). */
function reviewWithRss(root: string, dir: string, out: string): { ms: number; rssMb: number } {
  const wrapper = [
    'const { main } = require(process.argv[1]);',
    'main(process.argv.slice(2)).then((code) => {',
    '  process.stderr.write(`\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`);',
    '  process.exitCode = code;',
    '});',
  ].join('\n');
  const r = run(
    root,
    [
      '-e',
      wrapper,
      path.join(root, 'build', 'src', 'cli', 'main.js'),
      'review',
      dir,
      '--out',
      out,
      '--jobs',
      String(JOBS),
    ],
    'selfeval review',
  );
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms: r.ms, rssMb: r1(kb / 1024) };
}

/** Σ of a bare exceljs load of each file, timed in a fresh node process (require not timed). */
function coldLoadsMs(root: string, files: readonly string[]): number {
  const script = [
    "const { readFileSync } = require('node:fs');",
    "const { performance } = require('node:perf_hooks');",
    "const ExcelJS = require('exceljs');",
    '(async () => {',
    '  let ms = 0;',
    '  for (const f of process.argv.slice(1)) {',
    '    const bytes = readFileSync(f);',
    '    const start = performance.now();',
    '    await new ExcelJS.Workbook().xlsx.load(bytes);',
    '    ms += performance.now() - start;',
    '  }',
    '  process.stderr.write(`LOADS ${ms}\\n`);',
    '})();',
  ].join('\n');
  const r = run(root, ['-e', script, ...files], 'bare loads');
  return Number(/LOADS ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN);
}

export const reviewBench: BenchSection = {
  name: 'review',
  async run({ root, tmpDir }) {
    const base = path.join(tmpDir, 'review');
    const variants = path.join(base, 'variants');
    await makeVariants(root, variants);
    const dir200 = path.join(base, `in-${FILES}`);
    const files = await makeFolder(variants, dir200, FILES);

    // Warm the file cache and check the command works.
    reviewWithRss(root, dir200, path.join(base, 'warm.xlsx'));
    const review = reviewWithRss(root, dir200, path.join(base, 'out-200.xlsx'));

    const full = process.env.BENCH_REVIEW_FULL === '1';
    const sample = full ? files : files.slice(0, SAMPLE);
    let processesMs = 0;
    for (const f of sample)
      processesMs += run(root, [path.join(root, 'bin', 'selfeval.js'), f], 'selfeval').ms;
    const processes200 = (processesMs / sample.length) * FILES;

    // The baseline: a bare exceljs load of each file, in a fresh node process (exceljs required
    // before the clock starts), one file after another. Fresh, because each review worker is fresh
    // too: its first loads run before the JIT has warmed up. The same loop warm, in this long-running
    // bench process, is reported beside it (warmLoadsSumMs): the best case, never the target.
    let warmLoadsMs = 0;
    for (const f of files) {
      const bytes = readFileSync(f);
      const start = performance.now();
      await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
      warmLoadsMs += performance.now() - start;
    }
    const loadsMs = coldLoadsMs(root, files);
    const loadsPerJob = loadsMs / JOBS;
    // What a review costs whatever the number of files (node start-up, workers requiring exceljs
    // and the engine, the summary written): a review of one file. The rest is the cost per file.
    const one = path.join(base, 'in-1');
    await makeFolder(variants, one, 1);
    const fixedMs = reviewWithRss(root, one, path.join(base, 'out-1.xlsx')).ms;

    const rss: Record<string, number> = {};
    const wall: Record<string, number> = {};
    for (const n of RSS_SIZES) {
      const dir = n === FILES ? dir200 : path.join(base, `in-${n}`);
      if (n !== FILES) await makeFolder(variants, dir, n);
      const r = n === FILES ? review : reviewWithRss(root, dir, path.join(base, `out-${n}.xlsx`));
      rss[String(n)] = r.rssMb;
      wall[String(n)] = r1(r.ms);
    }
    const perFileMs = review.ms / FILES;
    const figures = {
      files: FILES,
      jobs: JOBS,
      reviewWallMs: r1(review.ms),
      separateProcessesMs: r1(processes200),
      separateProcessesMeasured: sample.length,
      bareLoadsSumMs: r1(loadsMs),
      warmLoadsSumMs: r1(warmLoadsMs),
      bareLoadsPerJobMs: r1(loadsPerJob),
      reviewOneFileMs: r1(fixedMs),
      ratioVsProcesses: Math.round((review.ms / processes200) * 1000) / 1000,
      ratioVsLoads: Math.round((review.ms / loadsPerJob) * 1000) / 1000,
      /** (review of 200 − review of 1) ÷ (Σ loads ÷ jobs): the per-file cost without the fixed one. */
      ratioVsLoadsPerFile: Math.round(((review.ms - fixedMs) / loadsPerJob) * 1000) / 1000,
      peakRssMb: rss,
      wallMsBySize: wall,
      filesPerHourPerCore: Math.round(3_600_000 / (perFileMs * JOBS)),
    };
    const rss50 = rss['50'] ?? NaN;
    const rss500 = rss['500'] ?? NaN;
    return {
      figures,
      targets: [
        target(
          'review-vs-processes',
          `review --jobs ${JOBS} of ${FILES} files ÷ ${FILES} separate selfeval processes`,
          review.ms / processes200,
          VS_PROCESSES,
          'ratio',
        ),
        target(
          'review-vs-loads',
          `review --jobs ${JOBS} ÷ (Σ bare exceljs loads ÷ ${JOBS})`,
          review.ms / loadsPerJob,
          VS_LOADS,
          'ratio',
        ),
        target(
          'review-rss-flat',
          'peak RSS at 500 files ÷ peak RSS at 50 files',
          rss500 / rss50,
          FLAT,
          'ratio',
        ),
      ],
    };
  },
};
