/**
 * `npm run bench`: measures selfeval and prints exactly one JSON object on stdout with the figures,
 * the machine, and whether each stated target is met. It is a benchmark, not a test: it exits 0
 * whether targets are met or not (a crash of a section still exits 1, so a broken bench shows).
 *
 * Each section lives in its own file and returns its figures and targets; to add one, write a
 * `BenchSection` and append it to SECTIONS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bigFormBench } from './bigFormBench';
import { bundleBench } from './bundleBench';
import { cliBench } from './cliBench';
import { engineBench } from './engineBench';
import { reviewBench } from './reviewBench';
import type { BenchSection, Target } from './stats';
import { writeBench } from './writeBench';

/** The sections, run in this order. */
const SECTIONS: readonly BenchSection[] = [
  engineBench,
  bigFormBench,
  cliBench,
  bundleBench,
  writeBench,
  reviewBench,
];

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-bench-'));
  const cpus = os.cpus();
  const sections: Record<string, unknown> = {};
  const targets: Target[] = [];
  const loadBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
  try {
    // BENCH_SECTIONS=review,cli runs only those sections (a quick re-measure of one figure).
    const only = process.env.BENCH_SECTIONS?.split(',').filter(Boolean);
    for (const section of SECTIONS) {
      if (only && !only.includes(section.name)) continue;
      const result = await section.run({ root, tmpDir });
      sections[section.name] = result.figures;
      targets.push(...result.targets);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const report = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    // Other jobs on the machine slow every figure; the load average tells a reader how quiet it was.
    loadAverage: { before: loadBefore, after: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    ...sections,
    targets,
    allTargetsMet: targets.every((t) => t.met),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
