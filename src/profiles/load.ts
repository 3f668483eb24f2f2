/**
 * The one loader of profile files: the catalogue's JSON files (scripts/buildProfiles.ts) and a file a
 * person gives (CLI --profile, the pane) go through it. Validation is the schema of schema.ts; a
 * bad file is a ProfileError whose message names the key path and what was expected, in Chinese
 * (`grades[0].min：应为数字`).
 */
import * as z from 'zod';
import type { Profile } from '../engine';
import { type ProfileFile, profileFileSchema } from './schema';

/** A profile file that is not valid JSON or does not have the profile's shape. */
export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: '数字',
  string: '文字',
  object: '对象（{…}）',
  array: '数组（[…]）',
  boolean: 'true 或 false',
  null: 'null',
};

/** `grades[0].min`: a key path as a person finds it in the file. */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out === '' ? String(k) : `.${String(k)}`;
  }
  return out;
}

const zhCN = z.locales.zhCN().localeError;

/** Whether the file has a value at `path` (a missing key and a wrong value read differently). */
function present(json: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = json;
  for (const k of path) {
    if (typeof at !== 'object' || at === null || !(k in at)) return false;
    at = (at as Record<PropertyKey, unknown>)[k];
  }
  return at !== undefined;
}

/** What was expected, in Chinese, for one issue (the zh-CN locale for the rarer kinds). */
function expectation(issue: z.core.$ZodIssue, json: unknown): string {
  if (issue.code === 'invalid_type') {
    const word = TYPE_WORDS[issue.expected] ?? issue.expected;
    return present(json, issue.path) ? `应为${word}` : `缺少此项，应为${word}`;
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'array') return `至少需要 ${String(issue.minimum)} 项`;
    if (issue.origin === 'string') return '不能为空';
    return `应为不小于 ${String(issue.minimum)} 的数字`;
  }
  if (issue.code === 'too_big') return `应为不大于 ${String(issue.maximum)} 的数字`;
  if (issue.code === 'invalid_value')
    return `应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
  if (issue.code === 'invalid_format') return issue.message;
  if (issue.code === 'invalid_union') {
    // A discriminated union names its options (zod reports them beside the issue).
    const options = (issue as { options?: unknown }).options;
    if (Array.isArray(options)) return `应为 ${options.map((o) => JSON.stringify(o)).join(' 或 ')}`;
  }
  const localised = zhCN(issue as never);
  return typeof localised === 'string' ? localised : (localised?.message ?? issue.message);
}

/** One line per problem: `key.path：what was expected`. */
function describeIssues(issues: readonly z.core.$ZodIssue[], json: unknown): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        lines.push(
          `${keyPath([...issue.path, key])}：未知的配置项（可用的配置项见 docs/profile.schema.json）`,
        );
      }
      continue;
    }
    lines.push(`${keyPath(issue.path) || '（整个文件）'}：${expectation(issue, json)}`);
  }
  return lines;
}

/** Steps are tried from the highest minimum down. */
function descending<T extends { readonly min: number }>(steps: readonly T[]): T[] {
  return [...steps].sort((a, b) => b.min - a.min);
}

/** A validated file over its base: what the file says wins, the rest is the base's. */
function resolve(file: ProfileFile, base: Profile): Profile {
  const budget =
    file.budget === undefined
      ? base.budget
      : file.budget.mode === 'steps'
        ? { mode: 'steps' as const, steps: descending(file.budget.steps) }
        : file.budget;
  const satisfaction =
    file.satisfaction === undefined
      ? base.satisfaction
      : file.satisfaction === null
        ? null
        : descending(file.satisfaction);
  const split = file.nominalSplit;
  const nominalSplit =
    split === undefined
      ? base.nominalSplit
      : split === null
        ? null
        : {
            standard: split.standard ?? base.nominalSplit?.standard ?? {},
            withCost: split.withCost ?? base.nominalSplit?.withCost ?? {},
          };
  return {
    id: file.id,
    name: file.name,
    source: file.source,
    grades: file.grades ? descending(file.grades) : base.grades,
    lowestGrade: file.lowestGrade ?? base.lowestGrade,
    bands: {
      A: file.bands?.A ?? base.bands.A,
      B: file.bands?.B ?? base.bands.B,
      C: file.bands?.C ?? base.bands.C,
    },
    deviationThreshold: file.deviationThreshold ?? base.deviationThreshold,
    executionExplanationThreshold:
      file.executionExplanationThreshold ?? base.executionExplanationThreshold,
    defaultBudgetWeight: file.defaultBudgetWeight ?? base.defaultBudgetWeight,
    budget,
    quantity: file.quantity ?? base.quantity,
    satisfaction,
    nominalSplit,
    deviationPenalty:
      file.deviationPenalty === undefined ? base.deviationPenalty : file.deviationPenalty,
    // The lowest `below` a rate falls under applies: kept in that order.
    executionCaps: file.executionCaps
      ? [...file.executionCaps].sort((a, b) => a.below - b.below)
      : base.executionCaps,
    spendingGap: file.spendingGap === undefined ? base.spendingGap : file.spendingGap,
  };
}

/**
 * A profile from parsed JSON. `extends` (default mof2020) names a profile of `catalogue`; a file
 * that extends nothing must be complete (the catalogue's base, mof2020.json).
 */
export function profileFromJson(
  json: unknown,
  catalogue: Readonly<Record<string, Profile>>,
): Profile {
  const parsed = profileFileSchema.safeParse(json);
  if (!parsed.success) throw new ProfileError(describeIssues(parsed.error.issues, json).join('；'));
  const file = parsed.data;
  const baseId = file.extends ?? 'mof2020';
  const base = catalogue[baseId];
  if (!base) {
    const ids = Object.keys(catalogue);
    throw new ProfileError(
      ids.length === 0
        ? `extends：“${baseId}”不存在`
        : `extends：应为 ${ids.join('、')} 之一，实际为 ${JSON.stringify(baseId)}`,
    );
  }
  return resolve(file, base);
}

/** A complete profile file with no base (the catalogue's mof2020.json). */
export function baseProfileFromJson(json: unknown): Profile {
  const parsed = profileFileSchema.safeParse(json);
  if (!parsed.success) throw new ProfileError(describeIssues(parsed.error.issues, json).join('；'));
  const f = parsed.data;
  const missing = (
    [
      'grades',
      'lowestGrade',
      'bands',
      'deviationThreshold',
      'executionExplanationThreshold',
      'defaultBudgetWeight',
      'budget',
      'quantity',
      'satisfaction',
      'nominalSplit',
      'deviationPenalty',
      'executionCaps',
      'spendingGap',
    ] as const
  ).filter((k) => f[k] === undefined);
  if (missing.length > 0 || !f.bands?.A || !f.bands.B || !f.bands.C)
    throw new ProfileError(
      `基础评分规则必须写全所有配置项，缺少：${missing.join('、') || 'bands'}`,
    );
  const empty = { ...f.bands, A: f.bands.A, B: f.bands.B, C: f.bands.C };
  return resolve(f, { bands: empty } as unknown as Profile);
}

/** A profile from the text of a file: invalid JSON and a wrong shape are ProfileErrors. */
export function profileFromText(
  text: string,
  catalogue: Readonly<Record<string, Profile>>,
): Profile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ProfileError(`不是有效的 JSON：${err instanceof Error ? err.message : String(err)}`);
  }
  return profileFromJson(json, catalogue);
}

/** The sentence a person sees for a bad profile file, the same in the CLI and the pane. */
export function profileFileMessage(file: string, message: string): string {
  return `评分配置文件“${file}”有误：${message}`;
}
