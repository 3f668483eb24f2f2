/**
 * Arguments of `selfeval review` (REVIEW.md). Strict like the main command: an unknown option, a
 * missing value or a bad number is a usage error (exit 2) with a Chinese message.
 */

/** Options of a review. */
export interface ReviewOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  readonly json: string | null;
  readonly html: string | null;
  readonly summaryDocx: string | null;
  /** Worker threads; null for the number of cores. */
  readonly jobs: number | null;
  readonly profile: string | null;
  readonly timeoutSeconds: number;
}

export type ParsedReviewArgs =
  | { readonly kind: 'review'; readonly options: ReviewOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const REVIEW_USAGE = `用法 / Usage:
  selfeval review <文件夹或工作簿>... --out 汇总.xlsx [--json 汇总.json | --json -]
                  [--html 图表.html] [--summary-docx 总结报告.docx] [--jobs N]
                  [--profile mof2020|mof2021|<配置.json>] [--timeout-per-file 秒]

  复核多个单位的绩效自评表：递归查找文件夹中的 .xlsx（忽略 ~$ 临时文件、隐藏文件和本工具生成的汇总表），
  逐表评分并核对自评得分，生成汇总表（汇总、问题清单、统计）。原文件不做任何修改。
  Reviews many workbooks: scores every form as \`selfeval <file> --check\` does and writes a summary.

  --out <文件>            汇总表（必填）/ the summary workbook (required)
  --json <文件|->         JSON 汇总，- 表示标准输出 / the JSON summary (- for stdout)
  --html <文件>           离线网页：可排序的汇总表与图表 / offline page with the table and charts
  --summary-docx <文件>   部门项目支出绩效自评总结报告（Word）/ the summary report per 主管部门
  --jobs <N>              并行的工作线程数（默认为 CPU 核数）/ worker threads (default: cores)
  --profile <规则>        评分规则（默认各工作簿保存的规则，否则 mof2020）/ scoring profile
  --timeout-per-file <秒> 单个文件的处理时限（默认 60）/ per-file time limit (default 60)

退出码 / exit codes: 0 至少一张表已评分 · 1 没有可评分的表 · 2 用法错误 usage`;

const VALUE_OPTIONS = new Set([
  '--out',
  '--json',
  '--html',
  '--summary-docx',
  '--jobs',
  '--profile',
  '--timeout-per-file',
]);

/** Parses the arguments after `review`. */
export function parseReviewArgs(argv: readonly string[]): ParsedReviewArgs {
  const values: Record<string, string> = {};
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (value.startsWith('--') && value !== '-'))
        return { kind: 'usage-error', message: `选项 ${name} 缺少参数值` };
      if (values[name] !== undefined)
        return { kind: 'usage-error', message: `选项 ${name} 只能给出一次` };
      values[name] = value;
      continue;
    }
    if (arg.startsWith('-')) return { kind: 'usage-error', message: `未知选项：${arg}` };
    inputs.push(arg);
  }
  if (inputs.length === 0)
    return { kind: 'usage-error', message: '请指定要复核的文件夹或工作簿（.xlsx）' };
  const out = values['--out'];
  if (out === undefined)
    return { kind: 'usage-error', message: '请用 --out 指定汇总表（.xlsx）的保存位置' };
  for (const name of ['--out', '--html', '--summary-docx']) {
    if (values[name] === '-')
      return { kind: 'usage-error', message: `${name} 需要文件路径（不能输出到标准输出）` };
  }
  let jobs: number | null = null;
  if (values['--jobs'] !== undefined) {
    jobs = Number(values['--jobs']);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
      return {
        kind: 'usage-error',
        message: `--jobs 应为 1 到 256 之间的整数，收到“${values['--jobs']}”`,
      };
  }
  let timeoutSeconds = 60;
  if (values['--timeout-per-file'] !== undefined) {
    timeoutSeconds = Number(values['--timeout-per-file']);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
      return {
        kind: 'usage-error',
        message: `--timeout-per-file 应为正数（秒），收到“${values['--timeout-per-file']}”`,
      };
  }
  return {
    kind: 'review',
    options: {
      inputs,
      out,
      json: values['--json'] ?? null,
      html: values['--html'] ?? null,
      summaryDocx: values['--summary-docx'] ?? null,
      jobs,
      profile: values['--profile'] ?? null,
      timeoutSeconds,
    },
  };
}
