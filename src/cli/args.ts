/**
 * Command-line arguments of `selfeval`. Parsing is strict: an unknown option or a missing value is
 * a usage error (exit 2) with a Chinese message, never a guess.
 */

import { type ReviewOptions, parseReviewArgs } from './review/args';

/** Parsed options. */
export interface CliOptions {
  readonly workbook: string;
  readonly out: string | null;
  /** Path of the JSON report, `-` for stdout, or null. */
  readonly json: string | null;
  /** `mof2020`, `mof2021`, a path to a JSON profile, or null for the workbook's saved profile. */
  readonly profile: string | null;
  readonly strict: boolean;
  /** Check mode: compute everything, write nothing, list the cells whose value differs. */
  readonly check: boolean;
  /** Path of the 自评报告 as Word (.docx), or null. */
  readonly reportDocx: string | null;
  /** Path of the 自评报告 as Markdown, `-` for stdout, or null. */
  readonly reportMd: string | null;
}

/** What the command line asks for. */
export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'review'; readonly options: ReviewOptions }
  | { readonly kind: 'review-help' }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  /** `selfeval profiles [--json]`: the catalogue (id, name, source). */
  | { readonly kind: 'profiles'; readonly json: boolean }
  | { readonly kind: 'usage-error'; readonly message: string };

/** Usage text, Chinese first, English second. */
export const USAGE = `用法 / Usage:
  selfeval <工作簿.xlsx> [--out 评分后.xlsx] [--json 报告.json | --json -]
           [--profile mof2020|mof2021|<配置.json>] [--strict]
           [--report-docx 自评报告.docx] [--report-md 自评报告.md | --report-md -]
  selfeval <工作簿.xlsx> --check [--json 报告.json | --json -] [--profile …]
  selfeval profiles [--json]   列出内置评分规则（编号、名称、依据）/ list the scoring profiles
  selfeval review <文件夹或工作簿>... --out 汇总.xlsx [...]   批量复核（selfeval review --help）

  --out <文件>      把得分写入工作簿副本（不修改原文件）/ write the scores into a copy
  --json <文件|->   输出 JSON 报告，- 表示标准输出 / write the JSON report (- for stdout)
  --profile <规则>  评分规则：mof2020（默认）、mof2021、hubei-legacy、yitihua-strict
                    或 JSON 配置文件（格式见 docs/profile.schema.json）/ scoring profile
  --strict          有“错误”级问题时以 1 退出 / exit 1 when any error-severity finding exists
  --report-docx <文件>  生成自评报告 Word 文档 / write the self-evaluation report as .docx
  --report-md <文件|->  生成自评报告 Markdown，- 表示标准输出 / write the report as Markdown (- for stdout)
                    （--out 的工作簿中总会写入“自评报告”工作表 / --out always adds the 自评报告 sheet）
  --check           仅核查：不写任何文件，列出得分、执行率、总分与计算结果不一致的单元格，
                    有不一致时以 1 退出 / check only: write nothing, list differing cells, exit 1 if any
  -h, --help        显示本帮助 / show this help
  -v, --version     显示版本 / show the version

退出码 / exit codes: 0 已评分 scored · 1 无可评分的表或文件无法读取 (--strict: 有错误; --check: 有不一致) · 2 用法错误 usage`;

const VALUE_OPTIONS = new Set(['--out', '--json', '--profile', '--report-docx', '--report-md']);

/** `selfeval profiles [--json]`. */
function parseProfilesArgs(rest: readonly string[]): ParsedArgs {
  let json = false;
  for (const arg of rest) {
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--json' && !json) json = true;
    else if (arg === '--json') return { kind: 'usage-error', message: '选项 --json 只能给出一次' };
    else return { kind: 'usage-error', message: `selfeval profiles 不接受“${arg}”，只有 --json` };
  }
  return { kind: 'profiles', json };
}

/** Parses argv (without node and script). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv[0] === 'profiles') return parseProfilesArgs(argv.slice(1));
  // Subcommands come first; anything else is the single-workbook command.
  if (argv[0] === 'review') {
    const review = parseReviewArgs(argv.slice(1));
    return review.kind === 'help' ? { kind: 'review-help' } : review;
  }
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let strict = false;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '-v' || arg === '--version') return { kind: 'version' };
    if (arg === '--strict') {
      strict = true;
      continue;
    }
    if (arg === '--check') {
      check = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (value.startsWith('--') && value !== '-')) {
        return { kind: 'usage-error', message: `选项 ${name} 缺少参数值` };
      }
      if (values[name] !== undefined)
        return { kind: 'usage-error', message: `选项 ${name} 只能给出一次` };
      values[name] = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-')
      return { kind: 'usage-error', message: `未知选项：${arg}` };
    positional.push(arg);
  }
  if (positional.length === 0)
    return { kind: 'usage-error', message: '请指定要评分的工作簿（.xlsx 文件）' };
  if (positional.length > 1)
    return {
      kind: 'usage-error',
      message: `只能指定一个工作簿，收到 ${positional.length} 个：${positional.join('、')}`,
    };
  // Check mode promises to write nothing; a workbook to write contradicts it.
  if (check && values['--out'] !== undefined)
    return { kind: 'usage-error', message: '--check 只核查、不写入，不能与 --out 同时使用' };
  if (values['--json'] === '-' && values['--report-md'] === '-') {
    return { kind: 'usage-error', message: '--json - 与 --report-md - 不能同时输出到标准输出' };
  }
  if (values['--report-docx'] === '-')
    return {
      kind: 'usage-error',
      message: '--report-docx 需要文件路径（Word 文档不能输出到标准输出）',
    };
  return {
    kind: 'run',
    options: {
      workbook: positional[0]!,
      out: values['--out'] ?? null,
      json: values['--json'] ?? null,
      profile: values['--profile'] ?? null,
      strict,
      check,
      reportDocx: values['--report-docx'] ?? null,
      reportMd: values['--report-md'] ?? null,
    },
  };
}
