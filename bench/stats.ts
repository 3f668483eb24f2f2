/**
 * Timing helpers of the benchmark. The machine has few cores and other jobs may run beside the
 * bench, so every figure is the median of several runs, with min and max to show the spread.
 */
import { performance } from 'node:perf_hooks';

/** Summary of repeated timings, in milliseconds rounded to 0.1 ms. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** One stated target of the issue: a measured value against its limit. */
export interface Target {
  readonly id: string;
  readonly description: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  readonly met: boolean;
}

/** What a section of the bench reports: its figures and the targets it checks. */
export interface SectionResult {
  readonly figures: Readonly<Record<string, unknown>>;
  readonly targets: readonly Target[];
}

/** Shared inputs of every section. */
export interface BenchContext {
  /** Repository root (where package.json and bin/ are). */
  readonly root: string;
  /** A fresh temporary folder, removed when the bench ends. */
  readonly tmpDir: string;
}

/** A section of the bench: a named measurement that adds its figures under its name. */
export interface BenchSection {
  readonly name: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Summarises raw timings. */
export function summarise(samples: readonly number[]): Timing {
  return {
    median: r1(median(samples)),
    min: r1(Math.min(...samples)),
    max: r1(Math.max(...samples)),
    runs: samples.length,
  };
}

/** Milliseconds a synchronous call takes, and its result. */
export function timeSync<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** A target row: `met` when the value is at or under its limit. */
export function target(
  id: string,
  description: string,
  value: number,
  limit: number,
  unit: string,
): Target {
  return {
    id,
    description,
    value: Math.round(value * 1000) / 1000,
    limit,
    unit,
    met: value <= limit,
  };
}
