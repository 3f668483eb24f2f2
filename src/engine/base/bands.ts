/**
 * The three official bands of an indicator's 分值 (SCORING.md §3): A 达成年度指标, B 部分达成年度指标并
 * 具有一定效果, C 未达成年度指标且效果较差. Named here, below every stage, because findings, rules,
 * scores and reports all speak of them; their limits are a profile's (rules/judgement.ts).
 */

/** One of the three official bands. */
export type BandName = 'A' | 'B' | 'C';
