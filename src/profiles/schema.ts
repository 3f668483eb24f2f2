/**
 * The one definition of a profile file (SCORING.md §7, §10). Everything else derives from it: the
 * published JSON Schema (docs/profile.schema.json, from z.toJSONSchema, checked by
 * test/profileCatalogue.test.ts), the validation of the catalogue's files under profiles/ when
 * `npm run profiles` compiles them into src/engine/rules/catalogue.ts, and the validation of a file a
 * person loads (CLI --profile, the pane). Kept outside src/engine, which imports nothing but big.js.
 */
import * as z from 'zod';

const fraction = z.number().min(0).max(1);

const step = z
  .strictObject({
    min: z.number().min(0).describe('执行率或比例的下限（含），如 0.8 表示 80%'),
    factor: fraction.describe('达到该下限时得分占分值的比例'),
  })
  .describe('分档：达到 min 时得 factor × 分值');

const steps = z.array(step).min(1);

const band = z
  .strictObject({
    min: fraction.describe('该档得分下限占分值的比例（含）'),
    max: fraction.describe('该档得分上限占分值的比例'),
    default: fraction.describe('未保留手工得分时，该档给出的得分占分值的比例'),
  })
  .describe('定性判断档次');

const levels = z.record(z.string(), z.number().min(0).max(100));

/** The schema of a profile file. Keys other than id, name and source default to `extends`. */
export const profileFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('本文件遵循的 JSON Schema（编辑器提示用）'),
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,40}$/, {
        error: '应为由字母、数字、._- 组成的名称（最多40个字符）',
      })
      .describe('评分规则编号，写入工作簿的评分记录'),
    extends: z
      .string()
      .optional()
      .describe('以哪个内置评分规则为底（默认 mof2020），本文件只写不同之处'),
    name: z.string().min(1).describe('评分规则名称（显示在任务窗格和报告中）'),
    source: z.string().min(1).describe('依据的文件（政策文号、手册名称）'),
    grades: z
      .array(
        z.strictObject({
          grade: z.string().min(1).describe('等级名称'),
          min: z.number().min(0).max(100).describe('得到该等级的最低得分（按100分计）'),
        }),
      )
      .min(1)
      .optional()
      .describe('等级及其最低得分，如 [{"grade":"优","min":90}]'),
    lowestGrade: z.string().min(1).optional().describe('低于所有等级时的等级名称'),
    bands: z
      .strictObject({ A: band.optional(), B: band.optional(), C: band.optional() })
      .optional()
      .describe('定性指标 A/B/C 三档'),
    deviationThreshold: z
      .number()
      .min(1)
      .optional()
      .describe('实际完成值达到年度指标值的该倍数时提示 deviation_over_target'),
    executionExplanationThreshold: fraction
      .optional()
      .describe('预算执行率低于该值时提示 execution_low'),
    defaultBudgetWeight: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('预算执行“分值”为空时使用的分值'),
    budget: z
      .discriminatedUnion('mode', [
        z.strictObject({ mode: z.literal('proportional') }),
        z.strictObject({ mode: z.literal('steps'), steps }),
      ])
      .optional()
      .describe('预算执行计分：proportional 按执行率比例，steps 按分档'),
    quantity: z
      .discriminatedUnion('mode', [
        z.strictObject({ mode: z.literal('proportional') }),
        z.strictObject({ mode: z.literal('threshold'), floor: z.number().min(0).max(0.99) }),
      ])
      .optional()
      .describe('定量指标计分：proportional 按完成比例，threshold 低于 floor 得0分'),
    satisfaction: steps
      .nullable()
      .optional()
      .describe('满意度指标按满意度分档计分；null 表示按定量指标计分'),
    nominalSplit: z
      .strictObject({ standard: levels.optional(), withCost: levels.optional() })
      .nullable()
      .optional()
      .describe('一级指标参考分值（无成本指标/有成本指标）；null 表示不核对'),
    deviationPenalty: z
      .strictObject({
        threshold: z.number().min(1).describe('实际完成值达到年度指标值的该倍数时扣分'),
        points: z.number().min(0).max(100).describe('扣减的分数（扣至0分为止）'),
      })
      .nullable()
      .optional()
      .describe('超额偏离扣分；null 表示不扣分'),
    executionCaps: z
      .array(
        z.strictObject({
          below: fraction.describe('预算执行率（未封顶）低于该值时'),
          cap: z.number().min(0).max(100).describe('总分最高为该值'),
        }),
      )
      .optional()
      .describe('按预算执行率封顶总分；[] 表示不封顶'),
    spendingGap: z
      .strictObject({
        threshold: fraction.describe('(绩效完成率 − 执行率) ÷ 绩效完成率 超过该值时提示'),
      })
      .nullable()
      .optional()
      .describe('绩效与支出偏离检查；null 表示不检查'),
  })
  .describe('selfeval 评分规则（绩效自评评分配置）');

/** A profile file as written. */
export type ProfileFile = z.infer<typeof profileFileSchema>;

/** The published JSON Schema (docs/profile.schema.json). */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(profileFileSchema, { target: 'draft-2020-12' }),
    title: 'selfeval profile',
  };
}
