/**
 * Browser mode's batch review in Chromium: several workbooks picked at once are scored in Web
 * Workers, the summary table and the three charts appear, 下载汇总表 gives the summary workbook; no
 * request leaves 127.0.0.1. At a task pane's 350 px nothing passes the pane's right edge except
 * inside the table's own scroll box, whose first columns are 单位, 复核得分 and 等级. Screenshots in
 * test/e2e/screenshots/review-browser-1280.png and review-browser-350*.png.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { type BrowserContext, chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/staticServer';
import { overflowingElements } from './overflow';

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
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/taskpane.html`);
    const files = [
      EXAMPLE,
      path.join(FIXTURES, 'layout.anhui.xlsx'),
      path.join(FIXTURES, 'layout.multi.xlsx'),
      path.join(FIXTURES, 'error.self_score_inflated.xlsx'),
      path.join(FIXTURES, 'error.no_form_found.xlsx'),
      path.join(FIXTURES, 'error.file_unreadable.xlsx'),
    ].map((f) => ({
      name: path.basename(f),
      mimeType: 'application/octet-stream',
      buffer: readFileSync(f),
    }));
    // A second copy of the example under another name: the same unit, form and year, 重复.
    files.push({ ...files[0]!, name: '民政局2022（副本）.xlsx' });
    await page.getByTestId('review-files-input').setInputFiles(files);
    const closing = page.getByTestId('review-closing');
    await closing.waitFor({ timeout: 120_000 });
    // Forms: the example 1 (its copy 重复, not counted), layout.anhui 1, layout.multi 3 (部门整体 and
    // two projects), the inflated fixture 1 (98): all 优.
    expect(await closing.textContent()).toBe(
      '已复核 7 个文件、6 张自评表：优 6，良 0，中 0，差 0；重复 1（未计入）；未找到自评表 1；无法读取 1',
    );
    expect(await page.locator('[role=dialog] svg').count()).toBeGreaterThanOrEqual(3);
    const table = page.getByTestId('review-table');
    expect((await table.locator('th').allTextContents()).slice(0, 3)).toEqual([
      '单位',
      '复核得分',
      '等级',
    ]);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(9);
    // The inflated fixture's headline; the copy says it repeats the example; the unscored example
    // is 未自评.
    await expect(
      table.locator('tr', { hasText: 'error.self_score_inflated.xlsx' }).textContent(),
    ).resolves.toContain('自评得分偏高：自评总分100分，按评分规则计算为98分');
    await expect(
      table.locator('tr', { hasText: '民政局2022（副本）.xlsx' }).textContent(),
    ).resolves.toContain('重复：与“民政局2022部门整体支出绩效自评表.xlsx”');
    await expect(
      table.locator('tr', { hasText: 'layout.anhui.xlsx' }).textContent(),
    ).resolves.toContain('未自评');
    await table.locator('th', { hasText: '复核得分' }).click();
    const scores = (await table.locator('tbody tr td:nth-child(2)').allTextContents())
      .filter(Boolean)
      .map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    await fs.mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'review-browser-1280.png') });
    expect(
      await overflowingElements(page, '[role=dialog]', '[data-testid=review-table-box]'),
    ).toEqual([]);

    // A task pane's width: the charts shrink to it, the table scrolls in its own box.
    await page.setViewportSize({ width: 350, height: 900 });
    expect(
      await overflowingElements(page, '[role=dialog]', '[data-testid=review-table-box]'),
    ).toEqual([]);
    const box = await page.getByTestId('review-table-box').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(350);
    // The first three columns are in view without scrolling the box.
    for (const h of ['单位', '复核得分', '等级']) {
      const th = await table.locator('th', { hasText: h }).boundingBox();
      expect(th!.x + th!.width).toBeLessThanOrEqual(box!.x + box!.width);
    }
    // Every chart is drawn whole inside the pane: the 95–100 bar is not cut off.
    for (const svg of await page.locator('[role=dialog] svg').all()) {
      const r = await svg.boundingBox();
      expect(r!.x + r!.width).toBeLessThanOrEqual(350);
    }
    await page.screenshot({ path: path.join(SHOTS, 'review-browser-350.png') });
    await page.getByTestId('review-table-box').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'review-browser-350-table.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

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
