/**
 * Pane figure: builds the production task pane with webpack into the bench's temp folder and
 * reports the gzipped first-load JavaScript inside Excel (target, issue 3: ≤ 250 KB, office.js
 * excluded) and the lazy chunks that must stay out of it (browser mode, exceljs, docx).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import {
  FIRST_LOAD_BUDGET_BYTES,
  excelFirstLoad,
  gzipSize,
  kb,
  readChunkManifest,
} from '../scripts/bundleSize';
import { type BenchContext, type BenchSection, type SectionResult, target } from './stats';

async function run({ root, tmpDir }: BenchContext): Promise<SectionResult> {
  const out = path.join(tmpDir, 'webpack-prod');
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'),
      '--mode',
      'production',
      '--output-path',
      out,
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`webpack production build failed:\n${r.stdout}\n${r.stderr}`);
  const buildMs = Date.now() - started;
  const manifest = readChunkManifest(out);
  const firstLoad = gzipSize(out, excelFirstLoad(manifest));
  const lazy: Record<string, number> = {};
  for (const [name, files] of Object.entries(manifest.lazy)) lazy[name] = kb(gzipSize(out, files));
  return {
    figures: {
      productionBuildMs: buildMs,
      excelFirstLoadGzipKB: kb(firstLoad),
      lazyChunksGzipKB: lazy,
    },
    targets: [
      target(
        'pane.firstLoad',
        'first-load JS of the pane inside Excel, gzipped, office.js excluded',
        kb(firstLoad),
        kb(FIRST_LOAD_BUDGET_BYTES),
        'KB',
      ),
    ],
  };
}

/** The bundle-size section of `npm run bench`. */
export const bundleBench: BenchSection = { name: 'pane', run };
