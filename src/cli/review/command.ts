/**
 * `selfeval review`: reviews every form of many workbooks over worker threads and writes the
 * summary workbook, and on request the JSON summary, the page of charts and the 总结报告.
 * Exit codes: 0 at least one form scored; 1 none could be; 2 usage error.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Profile, ReviewedFile } from '../../engine';
import { closingLine, finishReview, toReviewJson, unreviewedFile } from '../../engine';
import ExcelJS from 'exceljs';
import { isReviewOutput, summaryWorkbook } from '../../review/summaryXlsx';
import { loadXlsx } from '../../xlsx';
import { OutputWriteError, writeFileAtomically } from '../atomicWrite';
import { type NamedPath, OutputPathConflict, assertDistinctOutputs } from '../outputPaths';
import { discover } from './discover';
import { type PoolFailure, runPool } from './pool';
import type { ReviewOptions } from './args';
import type { ReviewTask, WorkerReply } from './protocol';
import { type Progress, progressBar } from './progress';

/** What the review needs from the CLI around it. */
export interface ReviewIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /** True when stderr is a terminal: then a progress bar is drawn there. */
  readonly tty: boolean;
  /** The CLI's profile loader (built-in id or JSON file); throws with a Chinese message. */
  readonly loadProfile: (spec: string) => Promise<Profile>;
}

/** The compiled worker: beside this file in build/, or the build's when run from sources (tests). */
function workerScript(): string {
  const beside = path.join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, '..', '..', '..', 'build', 'src', 'cli', 'review', 'worker.js');
}

function failureMessage(file: string, failure: PoolFailure): string {
  return failure.kind === 'timeout'
    ? `“${file}”处理超过 ${failure.seconds} 秒仍未完成，已跳过（可用 --timeout-per-file 放宽时限）`
    : `复核“${file}”时工作线程异常退出（${failure.message}），已跳过`;
}

class ReviewUsageError extends Error {}

/** The outputs asked for, with the option that named each (for the guard's message). */
function outputsOf(options: ReviewOptions): NamedPath[] {
  return [
    { role: '--out', path: options.out },
    ...(options.json && options.json !== '-' ? [{ role: '--json', path: options.json }] : []),
    ...(options.html ? [{ role: '--html', path: options.html }] : []),
    ...(options.summaryDocx ? [{ role: '--summary-docx', path: options.summaryDocx }] : []),
  ];
}

/**
 * The real paths of outputs that already exist and are a summary an earlier review wrote: a re-run
 * may replace its own summary inside the folder reviewed, which is then no input. Any other
 * existing file at an output path stays an input, and the guard refuses it.
 */
async function earlierSummaries(
  outputs: readonly NamedPath[],
  inputs: readonly string[],
): Promise<Set<string>> {
  const skip = new Set<string>();
  // Only an output inside a folder given can be found as an input: the rest are not opened.
  const folders: string[] = [];
  for (const input of inputs) {
    try {
      const real = await fs.realpath(path.resolve(input));
      if ((await fs.stat(real)).isDirectory()) folders.push(real + path.sep);
    } catch {
      // missing: said by discover
    }
  }
  for (const o of outputs) {
    if (!/\.xlsx$/i.test(o.path)) continue;
    let real: string;
    try {
      real = await fs.realpath(path.resolve(o.path));
      if (!folders.some((f) => real.startsWith(f))) continue;
      const wb = new ExcelJS.Workbook();
      await loadXlsx(wb, await fs.readFile(real));
      if (isReviewOutput(wb)) skip.add(real);
    } catch {
      // Not there, or not a workbook we wrote: nothing to skip.
    }
  }
  return skip;
}

/** Runs a review; returns the exit code. */
export async function runReview(options: ReviewOptions, io: ReviewIO): Promise<number> {
  try {
    return await review(options, io);
  } catch (err) {
    if (err instanceof ReviewUsageError || err instanceof OutputPathConflict) {
      io.stderr(`selfeval review：${err.message}\n`);
      return 2;
    }
    if (err instanceof OutputWriteError) {
      io.stderr(`selfeval review：${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

async function review(options: ReviewOptions, io: ReviewIO): Promise<number> {
  const outputs = outputsOf(options);
  // Outputs against each other and against what was named, before anything is read.
  await assertDistinctOutputs(
    options.inputs.map((p) => ({ role: '输入', path: p })),
    outputs,
  );
  let profile: Profile | null = null;
  if (options.profile) {
    try {
      profile = await io.loadProfile(options.profile);
    } catch (err) {
      throw new ReviewUsageError((err as Error).message);
    }
  }
  const found = await discover(options.inputs, await earlierSummaries(outputs, options.inputs));
  if (found.missing.length > 0)
    throw new ReviewUsageError(`找不到：${found.missing.map((m) => `“${m}”`).join('、')}`);
  // Then against every workbook found in the folders: a unit's form is never overwritten.
  await assertDistinctOutputs(
    found.files.map((f) => ({ role: '输入工作簿', path: f.path })),
    outputs,
  );

  const now = io.now();
  const tasks: ReviewTask[] = found.files.map((f) => ({
    path: f.path,
    file: f.file,
    profile,
    now: now.toISOString(),
  }));
  const records: (ReviewedFile | null)[] = tasks.map(() => null);
  let ownOutputs = 0;
  const progress: Progress | null = io.tty ? progressBar(tasks.length) : null;
  let done = 0;
  await runPool<ReviewTask, WorkerReply>({
    script: workerScript(),
    jobs: options.jobs ?? Math.max(1, os.availableParallelism()),
    timeoutMs: options.timeoutSeconds * 1000,
    tasks,
    maxHeapMb: 2048,
    onStart: (i) => progress?.start(tasks[i]?.file ?? ''),
    onDone: (i, reply, failure) => {
      const file = tasks[i]?.file ?? '';
      if (failure) records[i] = unreviewedFile(file, failureMessage(file, failure));
      else if (reply?.kind === 'done') records[i] = reply.record;
      else if (reply?.kind === 'own-output') ownOutputs++;
      else
        records[i] = unreviewedFile(file, `复核“${file}”时出错（${reply?.message ?? ''}），已跳过`);
      progress?.update(++done, file);
    },
  });
  progress?.stop();
  // Sorted, and a form filed twice marked 重复, before any output counts anything.
  const files = finishReview(records.filter((r): r is ReviewedFile => r !== null));

  const byShown = new Map(found.files.map((f) => [f.file, f.path]));
  const outDir = path.dirname(path.resolve(options.out));
  const linkOf = (file: string): string | null => {
    const abs = byShown.get(file);
    return abs ? path.relative(outDir, abs).split(path.sep).join('/') : null;
  };
  const wb = summaryWorkbook(files, { linkOf, now });
  await writeFileAtomically(options.out, new Uint8Array(await wb.xlsx.writeBuffer()));

  const json = toReviewJson(files, profile?.id ?? null);
  const stdoutTaken = options.json === '-';
  const say = stdoutTaken ? io.stderr : io.stdout;
  if (options.json === '-') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else if (options.json)
    await writeFileAtomically(options.json, `${JSON.stringify(json, null, 2)}\n`);

  if (options.html) {
    const { renderReviewHtml } = await import('../../review/html');
    await writeFileAtomically(options.html, renderReviewHtml(files, { generatedAt: now }));
  }
  if (options.summaryDocx) {
    const { renderSummaryDocx } = await import('../../review/summaryDocx');
    await writeFileAtomically(options.summaryDocx, await renderSummaryDocx(files));
  }
  say(`已写入汇总表：${options.out}\n`);
  if (options.summaryDocx) say(`已写入总结报告（Word）：${options.summaryDocx}\n`);
  if (options.html) say(`已写入图表网页：${options.html}\n`);
  if (options.json && options.json !== '-') say(`已写入 JSON 汇总：${options.json}\n`);
  if (ownOutputs > 0) say(`已跳过本工具生成的汇总表 ${ownOutputs} 个\n`);
  if (files.length === 0) say('没有找到可复核的 .xlsx 文件\n');
  say(`${closingLine(files)}\n`);
  return json.summary.forms > 0 ? 0 : 1;
}
