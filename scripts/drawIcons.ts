/**
 * Draws the add-in icons (`npm run icons`): renders assets/icon.svg (and assets/icon-small.svg for
 * 16 px, drawn on the pixel grid so it stays legible) to PNG with headless Chromium, so the
 * committed PNGs always come from the committed SVG sources.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

/** Repository root (this file runs from scripts/ through ts-jest or from build/scripts/ once compiled). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = up;
  }
  return dir;
}

/** Each PNG the manifest (and a store listing) uses, with the SVG it is drawn from. */
export const ICONS: readonly { readonly size: number; readonly source: string }[] = [
  { size: 16, source: 'icon-small.svg' },
  // Ribbon sizes Office picks at 125–300 % display scaling (16/20/24/32/40/48/64/80 px).
  { size: 20, source: 'icon-small.svg' },
  { size: 24, source: 'icon-small.svg' },
  { size: 32, source: 'icon.svg' },
  { size: 40, source: 'icon.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 64, source: 'icon.svg' },
  { size: 80, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
];

/** Chromium flags: no network, no profile state, no GPU (the machine may have none). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Sets the SVG's drawn size, keeping its viewBox, so Chromium rasterises it at exactly `size` pixels. */
function sized(svg: string, size: number): string {
  return svg.replace(
    /<svg\b([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/,
    `<svg$1 width="${size}" height="${size}"`,
  );
}

async function main(): Promise<void> {
  const root = repoRoot();
  const assets = path.join(root, 'assets');
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-icons-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    deviceScaleFactor: 1,
    viewport: { width: 200, height: 200 },
  });
  try {
    const page = await context.newPage();
    for (const icon of ICONS) {
      const svg = await fs.readFile(path.join(assets, icon.source), 'utf8');
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${sized(svg, icon.size)}</body></html>`,
      );
      const out = path.join(assets, `icon-${icon.size}.png`);
      await page.screenshot({
        path: out,
        omitBackground: true,
        clip: { x: 0, y: 0, width: icon.size, height: icon.size },
      });
      process.stdout.write(
        `${path.relative(root, out)} ← ${icon.source} (${icon.size}×${icon.size})\n`,
      );
    }
  } finally {
    await context.close();
    await fs.rm(profile, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `drawIcons: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  });
}
