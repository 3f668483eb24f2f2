/**
 * Browser mode's batch review in Chromium: several workbooks picked at once are scored in Web
 * Workers, the summary table and the three charts appear, 下载汇总表 gives the summary workbook; no
 * request leaves 127.0.0.1. Screenshot in test/e2e/screenshots/review-browser.png.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { type BrowserContext, chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/staticServer';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'build', 'webpack-review-e2e');
const SHOTS = path.join(__dirname, 'screenshots');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const EXAMPLE = path.join(ROOT, 'examples', '民政局2022部门整体支出绩效自评表.xlsx');

describe('batch review in browser mode', () => {
  let server: http.Server;
  let base: string;
  let context: BrowserContext;
  let tmp: string;

  beforeAll(async () => {
    // The production bundle with the local office.js copy: what ships, without the CDN.
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'),
        '--mode',
        'production',
        '--env',
        'localOffice',
        '--output-path',
        OUT,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
    server = await serveStatic(OUT);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-review-browser-'));
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      acceptDownloads: true,
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
  }, 600_000);

  afterAll(async () => {
    await context.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('scores the picked files in workers and shows the table, charts and download', async () => {
    const offHost: string[] = [];
    const errors: string[] = [];
    context.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== base) offHost.push(url);
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);
    const files = [
      EXAMPLE,
      path.join(FIXTURES, 'layout.anhui.xlsx'),
      path.join(FIXTURES, 'layout.multi.xlsx'),
      path.join(FIXTURES, 'error.no_form_found.xlsx'),
      path.join(FIXTURES, 'error.file_unreadable.xlsx'),
    ];
    await page.getByTestId('review-files-input').setInputFiles(files);
    const closing = page.getByTestId('review-closing');
    await closing.waitFor({ timeout: 120_000 });
    // Forms: the example 1, layout.anhui 1, layout.multi 3 (部门整体 and two projects), all 优.
    expect(await closing.textContent()).toBe(
      '已复核 5 个文件、5 张自评表：优 5，良 0，中 0，差 0；未找到自评表 1；无法读取 1',
    );
    expect(await page.locator('[role=dialog] svg').count()).toBeGreaterThanOrEqual(3);
    const rows = page.locator('[data-testid=review-table] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    await page.locator('[data-testid=review-table] th', { hasText: '复核得分' }).click();
    const scores = (
      await page.locator('[data-testid=review-table] tbody tr td:nth-child(6)').allTextContents()
    )
      .filter(Boolean)
      .map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await fs.mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'review-browser.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载汇总表' }).click(),
    ]);
    const saved = path.join(tmp, '汇总.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    expect(wb.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual([
      '汇总',
      '问题清单',
      '统计',
    ]);
    expect(offHost).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
