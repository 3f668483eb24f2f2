/**
 * `selfeval review`: reviews every form of many workbooks over worker threads and writes the
 * summary workbook, and on request the JSON summary, the page of charts and the 总结报告.
 * Exit codes: 0 at least one form scored; 1 none could be; 2 usage error.
 */
import { existsSync, promises as fs, realpathSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Profile, ReviewedFile } from '../../engine';
import { closingLine, sortFiles, toReviewJson, unreviewedFile } from '../../engine';
import { summaryWorkbook } from '../../review/summaryXlsx';
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

/** The real path of a file if it exists, else its absolute path (an output not yet written). */
function identity(file: string): string {
  const abs = path.resolve(file);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Writes through a temporary file beside the target and a rename: never a half-written output. */
async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

function failureMessage(file: string, failure: PoolFailure): string {
  return failure.kind === 'timeout'
    ? `“${file}”处理超过 ${failure.seconds} 秒仍未完成，已跳过（可用 --timeout-per-file 放宽时限）`
    : `复核“${file}”时工作线程异常退出（${failure.message}），已跳过`;
}

class ReviewUsageError extends Error {}

/** The outputs asked for, checked against each other and against the inputs by real identity. */
function outputsOf(options: ReviewOptions): { name: string; file: string }[] {
  const outputs = [
    { name: '--out', file: options.out },
    ...(options.json && options.json !== '-' ? [{ name: '--json', file: options.json }] : []),
    ...(options.html ? [{ name: '--html', file: options.html }] : []),
    ...(options.summaryDocx ? [{ name: '--summary-docx', file: options.summaryDocx }] : []),
  ];
  const seen = new Map<string, string>();
  for (const o of outputs) {
    const id = identity(o.file);
    const other = seen.get(id);
    if (other) throw new ReviewUsageError(`${other} 与 ${o.name} 指向同一个文件“${o.file}”`);
    seen.set(id, o.name);
  }
  return outputs;
}

/** Runs a review; returns the exit code. */
export async function runReview(options: ReviewOptions, io: ReviewIO): Promise<number> {
  try {
    return await review(options, io);
  } catch (err) {
    if (err instanceof ReviewUsageError) {
      io.stderr(`selfeval review：${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

async function review(options: ReviewOptions, io: ReviewIO): Promise<number> {
  const outputs = outputsOf(options);
  const outputIds = new Set(outputs.map((o) => identity(o.file)));
  for (const input of options.inputs) {
    if (outputIds.has(identity(input)))
      throw new ReviewUsageError(
        `输出文件“${input}”与输入相同：复核从不修改原文件，请写入另一个文件`,
      );
  }
  let profile: Profile | null = null;
  if (options.profile) {
    try {
      profile = await io.loadProfile(options.profile);
    } catch (err) {
      throw new ReviewUsageError((err as Error).message);
    }
  }
  const found = await discover(options.inputs, outputIds);
  if (found.missing.length > 0)
    throw new ReviewUsageError(`找不到：${found.missing.map((m) => `“${m}”`).join('、')}`);

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
  const files = sortFiles(records.filter((r): r is ReviewedFile => r !== null));

  const byShown = new Map(found.files.map((f) => [f.file, f.path]));
  const outDir = path.dirname(path.resolve(options.out));
  const linkOf = (file: string): string | null => {
    const abs = byShown.get(file);
    return abs ? path.relative(outDir, abs).split(path.sep).join('/') : null;
  };
  const wb = summaryWorkbook(files, { linkOf, now });
  await writeAtomic(options.out, new Uint8Array(await wb.xlsx.writeBuffer()));

  const json = toReviewJson(files, profile?.id ?? null);
  const stdoutTaken = options.json === '-';
  const say = stdoutTaken ? io.stderr : io.stdout;
  if (options.json === '-') io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  else if (options.json) await writeAtomic(options.json, `${JSON.stringify(json, null, 2)}\n`);

  if (options.html) {
    const { renderReviewHtml } = await import('../../review/html');
    await writeAtomic(options.html, renderReviewHtml(files, { generatedAt: now }));
  }
  if (options.summaryDocx) {
    const { renderSummaryDocx } = await import('../../review/summaryDocx');
    await writeAtomic(options.summaryDocx, await renderSummaryDocx(files));
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
