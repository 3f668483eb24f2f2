/**
 * The --html page of `selfeval review` in real Chromium, opened from a file: it makes no request
 * beyond itself (no network, not even another file), shows the three charts, and sorts its table.
 * Screenshot in test/e2e/screenshots/review-html.png.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { requirePrograms } from '../helpers/programs';

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(__dirname, 'screenshots');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

describe('selfeval review --html', () => {
  let tmp: string;
  let context: BrowserContext;

  beforeAll(async () => {
    requirePrograms('chromium');
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-review-html-'));
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.node.json'],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    const inputs = path.join(tmp, 'in');
    await fs.mkdir(inputs);
    for (const f of await fs.readdir(FIXTURES))
      if (/^(layout|error)\..*\.xlsx$/.test(f))
        await fs.copyFile(path.join(FIXTURES, f), path.join(inputs, f));
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'bin', 'selfeval.js'),
        'review',
        inputs,
        '--out',
        path.join(tmp, '汇总.xlsx'),
        '--html',
        path.join(tmp, 'page.html'),
        '--jobs',
        '2',
      ],
      { cwd: ROOT, stdio: 'pipe' },
    );
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 1000 },
      locale: 'zh-CN',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 300_000);

  afterAll(async () => {
    await context.close();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('requests nothing but itself, draws three charts and sorts the table', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = pathToFileURL(path.join(tmp, 'page.html')).href;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('figure svg').count()).toBe(3);
    await expect(page.locator('figure').first().textContent()).resolves.toContain('等级分布');

    const scores = async (): Promise<string[]> =>
      page.locator('#summary tbody tr td:nth-child(7)').allTextContents();
    await page.locator('#summary th', { hasText: '复核得分' }).click();
    const up = (await scores()).filter(Boolean).map(Number);
    expect(up.length).toBeGreaterThan(10);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.locator('#summary th', { hasText: '复核得分' }).click();
    const down = (await scores()).filter(Boolean).map(Number);
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await fs.mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'review-html.png'), fullPage: false });
  }, 120_000);
});
