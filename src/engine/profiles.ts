/**
 * Scoring profiles as data (SCORING.md §7): grade thresholds, judgement bands, thresholds for the
 * checks and the scoring mode of each method. `mof2020` is the default; `mof2021` follows
 * 财预〔2021〕101号; a user's profile is the same shape, loaded from JSON.
 */

/** A band of a stepped scale: at or above `min` (a rate or ratio), the score is `factor × w`. */
export interface Step {
  readonly min: number;
  readonly factor: number;
}

/** A judgement band (SCORING.md §3): scores from `min × w` (included) up to `max × w`. */
export interface Band {
  readonly min: number;
  readonly max: number;
  /** Score a rule gives when no manual score is kept, as a fraction of w. */
  readonly default: number;
}

/** How budget execution is scored. */
export type BudgetMode =
  { readonly mode: 'proportional' } | { readonly mode: 'steps'; readonly steps: readonly Step[] };

/** How a quantitative completion ratio r is scored. */
export type QuantityMode =
  | { readonly mode: 'proportional' }
  /** r ≥ 1 → w; r < floor → 0; otherwise w × (r − floor) / (1 − floor). */
  | { readonly mode: 'threshold'; readonly floor: number };

/** A scoring profile. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  /** The policy text the profile follows. */
  readonly source: string;
  /** Grade names with the lowest score (per 100 points) that earns them, best first; below all: the last grade. */
  readonly grades: readonly { readonly grade: string; readonly min: number }[];
  readonly lowestGrade: string;
  readonly bands: { readonly A: Band; readonly B: Band; readonly C: Band };
  /** higher-is-better a ≥ threshold × t → `deviation_over_target`. */
  readonly deviationThreshold: number;
  /** raw execution rate below this → `execution_low`. */
  readonly executionExplanationThreshold: number;
  /** Budget 分值 used when the form's cell is empty. */
  readonly defaultBudgetWeight: number;
  readonly budget: BudgetMode;
  readonly quantity: QuantityMode;
  /** Satisfaction indicators scored by the actual rate on steps, or null to score them as quantities. */
  readonly satisfaction: readonly Step[] | null;
  /** Nominal first-level split without and with a 成本指标 first level. */
  readonly nominalSplit: {
    readonly standard: Readonly<Record<string, number>>;
    readonly withCost: Readonly<Record<string, number>>;
  };
}

const OFFICIAL_BANDS = {
  A: { min: 0.8, max: 1, default: 1 },
  B: { min: 0.6, max: 0.8, default: 0.7 },
  C: { min: 0, max: 0.6, default: 0.3 },
} as const;

const OFFICIAL_SPLIT = {
  standard: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 },
  withCost: { 成本指标: 20, 产出指标: 40, 效益指标: 20, 满意度指标: 10 },
} as const;

const OFFICIAL_GRADES = [
  { grade: '优', min: 90 },
  { grade: '良', min: 80 },
  { grade: '中', min: 60 },
] as const;

/** 财预〔2020〕10号: proportional scoring of every quantity and of budget execution. */
export const MOF2020: Profile = {
  id: 'mof2020',
  name: '财预〔2020〕10号 项目支出绩效自评（默认）',
  source: '财政部《项目支出绩效评价管理办法》(财预〔2020〕10号) 附1',
  grades: OFFICIAL_GRADES,
  lowestGrade: '差',
  bands: OFFICIAL_BANDS,
  deviationThreshold: 1.3,
  executionExplanationThreshold: 0.9,
  defaultBudgetWeight: 10,
  budget: { mode: 'proportional' },
  quantity: { mode: 'proportional' },
  satisfaction: null,
  nominalSplit: OFFICIAL_SPLIT,
};

/** 财预〔2021〕101号: stepped budget execution, a 60% floor for quantities, stepped satisfaction. */
export const MOF2021: Profile = {
  ...MOF2020,
  id: 'mof2021',
  name: '财预〔2021〕101号 核心指标取值指引',
  source: '财政部《中央部门项目支出核心绩效目标和指标设置及取值指引(试行)》(财预〔2021〕101号)',
  budget: {
    mode: 'steps',
    steps: [
      { min: 1, factor: 1 },
      { min: 0.8, factor: 0.7 },
      { min: 0.6, factor: 0.5 },
    ],
  },
  quantity: { mode: 'threshold', floor: 0.6 },
  satisfaction: [
    { min: 0.9, factor: 1 },
    { min: 0.8, factor: 0.8 },
    { min: 0.6, factor: 0.5 },
  ],
};

/** Built-in profiles by id. */
export const PROFILES: Readonly<Record<string, Profile>> = { mof2020: MOF2020, mof2021: MOF2021 };

/** Thrown when a profile file does not have the profile's shape; the message says which field is wrong. */
export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function num(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  min = -Infinity,
  max = Infinity,
): number {
  const v = obj[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw new ProfileError(
      `配置项 ${path}${key} 应为 ${min}–${max} 之间的数字，实际为 ${JSON.stringify(v)}`,
    );
  }
  return v;
}

function steps(x: unknown, path: string): Step[] {
  if (!Array.isArray(x) || x.length === 0) throw new ProfileError(`配置项 ${path} 应为非空数组`);
  return x
    .map((s, i) => {
      if (!isObject(s)) throw new ProfileError(`配置项 ${path}[${i}] 应为对象`);
      return {
        min: num(s, 'min', `${path}[${i}].`, 0),
        factor: num(s, 'factor', `${path}[${i}].`, 0, 1),
      };
    })
    .sort((a, b) => b.min - a.min);
}

/** A text field of a profile file, or ProfileError naming the field. */
function textOf(json: Record<string, unknown>, key: string): string {
  const v = json[key];
  if (typeof v !== 'string')
    throw new ProfileError(`配置项 ${key} 应为文字，实际为 ${JSON.stringify(v)}`);
  return v;
}

/**
 * Builds a profile from parsed JSON. Missing fields are taken from the profile named in `extends`
 * (default `mof2020`), so a user file only says what differs. Throws ProfileError for a wrong shape.
 */
export function profileFromJson(json: unknown): Profile {
  if (!isObject(json)) throw new ProfileError('评分配置文件应为 JSON 对象');
  const baseId = json.extends === undefined ? 'mof2020' : json.extends;
  if (typeof baseId !== 'string' || !PROFILES[baseId]) {
    throw new ProfileError(
      `配置项 extends 应为 ${Object.keys(PROFILES).join(' 或 ')}，实际为 ${JSON.stringify(baseId)}`,
    );
  }
  const base = PROFILES[baseId];
  if (typeof json.id !== 'string' || !/^[A-Za-z0-9_.-]{1,40}$/.test(json.id)) {
    throw new ProfileError(
      `配置项 id 应为由字母、数字、._- 组成的名称，实际为 ${JSON.stringify(json.id)}`,
    );
  }
  const out: { -readonly [K in keyof Profile]: Profile[K] } = { ...base, id: json.id };
  if (json.name !== undefined) out.name = textOf(json, 'name');
  if (json.source !== undefined) out.source = textOf(json, 'source');
  for (const key of [
    'deviationThreshold',
    'executionExplanationThreshold',
    'defaultBudgetWeight',
  ] as const) {
    if (json[key] !== undefined) out[key] = num(json, key, '', 0);
  }
  if (json.grades !== undefined) {
    if (!Array.isArray(json.grades)) throw new ProfileError('配置项 grades 应为数组');
    out.grades = json.grades
      .map((g, i) => {
        if (!isObject(g) || typeof g.grade !== 'string')
          throw new ProfileError(`配置项 grades[${i}].grade 应为文字`);
        return { grade: g.grade, min: num(g, 'min', `grades[${i}].`, 0, 100) };
      })
      .sort((a, b) => b.min - a.min);
  }
  if (json.lowestGrade !== undefined) out.lowestGrade = textOf(json, 'lowestGrade');
  if (json.bands !== undefined) {
    if (!isObject(json.bands)) throw new ProfileError('配置项 bands 应为对象');
    const b = json.bands;
    const band = (k: 'A' | 'B' | 'C'): Band => {
      const x = b[k];
      if (x === undefined) return base.bands[k];
      if (!isObject(x)) throw new ProfileError(`配置项 bands.${k} 应为对象`);
      return {
        min: num(x, 'min', `bands.${k}.`, 0, 1),
        max: num(x, 'max', `bands.${k}.`, 0, 1),
        default: num(x, 'default', `bands.${k}.`, 0, 1),
      };
    };
    out.bands = { A: band('A'), B: band('B'), C: band('C') };
  }
  if (json.budget !== undefined) {
    if (!isObject(json.budget)) throw new ProfileError('配置项 budget 应为对象');
    if (json.budget.mode === 'proportional') out.budget = { mode: 'proportional' };
    else if (json.budget.mode === 'steps')
      out.budget = { mode: 'steps', steps: steps(json.budget.steps, 'budget.steps') };
    else
      throw new ProfileError(
        `配置项 budget.mode 应为 proportional 或 steps，实际为 ${JSON.stringify(json.budget.mode)}`,
      );
  }
  if (json.quantity !== undefined) {
    if (!isObject(json.quantity)) throw new ProfileError('配置项 quantity 应为对象');
    if (json.quantity.mode === 'proportional') out.quantity = { mode: 'proportional' };
    else if (json.quantity.mode === 'threshold')
      out.quantity = {
        mode: 'threshold',
        floor: num(json.quantity, 'floor', 'quantity.', 0, 0.99),
      };
    else
      throw new ProfileError(
        `配置项 quantity.mode 应为 proportional 或 threshold，实际为 ${JSON.stringify(json.quantity.mode)}`,
      );
  }
  if (json.satisfaction !== undefined)
    out.satisfaction = json.satisfaction === null ? null : steps(json.satisfaction, 'satisfaction');
  if (json.nominalSplit !== undefined) {
    if (!isObject(json.nominalSplit)) throw new ProfileError('配置项 nominalSplit 应为对象');
    const ns = json.nominalSplit;
    const split = (k: 'standard' | 'withCost'): Readonly<Record<string, number>> => {
      const x = ns[k];
      if (x === undefined) return base.nominalSplit[k];
      if (!isObject(x))
        throw new ProfileError(`配置项 nominalSplit.${k} 应为对象，例如 {"产出指标": 50}`);
      const levels: Record<string, number> = {};
      for (const level of Object.keys(x))
        levels[level] = num(x, level, `nominalSplit.${k}.`, 0, 100);
      return levels;
    };
    out.nominalSplit = { standard: split('standard'), withCost: split('withCost') };
  }
  return out;
}
