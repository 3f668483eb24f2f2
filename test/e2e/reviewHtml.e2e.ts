/**
 * The --html page of `selfeval review` in real Chromium, opened from a file: it makes no request
 * beyond itself (no network, not even another file), shows the three charts, and sorts its table;
 * at 350 px nothing passes the right edge except inside the table's own scroll box. Screenshots in
 * test/e2e/screenshots/review-html-1280.png and review-html-350.png.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { requirePrograms } from '../helpers/programs';
import { overflowingElements } from './overflow';

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
    // Forms of different units as a 主管部门 receives them (most layout fixtures are the same
    // 示例市民政局 form, which a review rightly counts once), the example and a copy of it (重复), a
    // self-score above the rules, a workbook with no form and one that is no workbook.
    const picked = [
      'anhui',
      'chongqingList',
      'continued',
      'headerWords',
      'hebeiTwoRow',
      'hubeiLegacy',
      'multi',
      'noteRows',
      'shuffled',
      'sichuan',
      'twoForms',
      'twoRowHeader',
      'weightsInWords',
      'wpsText',
    ].map((n) => `layout.${n}.xlsx`);
    for (const f of [
      ...picked,
      'error.self_score_inflated.xlsx',
      'error.no_form_found.xlsx',
      'error.file_unreadable.xlsx',
    ])
      await fs.copyFile(path.join(FIXTURES, f), path.join(inputs, f));
    const example = path.join(ROOT, 'examples', '民政局2022部门整体支出绩效自评表.xlsx');
    await fs.copyFile(example, path.join(inputs, '民政局2022部门整体支出绩效自评表.xlsx'));
    await fs.copyFile(example, path.join(inputs, '民政局2022（副本）.xlsx'));
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

    // 复核得分 is the second column: 单位, 复核得分, 等级 lead.
    const scores = async (): Promise<string[]> =>
      page.locator('#summary tbody tr td:nth-child(2)').allTextContents();
    await page.locator('#summary th', { hasText: '复核得分' }).click();
    const up = (await scores()).filter(Boolean).map(Number);
    expect(up.length).toBeGreaterThan(10);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.locator('#summary th', { hasText: '复核得分' }).click();
    const down = (await scores()).filter(Boolean).map(Number);
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await fs.mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'review-html-1280.png'), fullPage: false });
    // Local time, as the workbooks show it.
    await expect(page.locator('.sub').textContent()).resolves.toMatch(
      /生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/,
    );
  }, 120_000);

  it('fits a task pane of 350 px: the charts shrink, the table scrolls in its own box', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 350, height: 900 });
    await page.goto(pathToFileURL(path.join(tmp, 'page.html')).href);
    expect(await overflowingElements(page, 'body', '#summary-box')).toEqual([]);
    for (const svg of await page.locator('figure svg').all()) {
      const r = await svg.boundingBox();
      expect(r!.x + r!.width).toBeLessThanOrEqual(350);
    }
    const box = (await page.locator('#summary-box').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(350);
    const heads = await page.locator('#summary th').allTextContents();
    expect(heads.slice(0, 3)).toEqual(['单位', '复核得分', '等级']);
    for (const h of heads.slice(0, 3)) {
      const th = (await page.locator('#summary th', { hasText: h }).first().boundingBox())!;
      expect(th.x + th.width).toBeLessThanOrEqual(box.x + box.width);
    }
    // The box scrolls sideways: the table is wider than the pane.
    const widths = await page
      .locator('#summary-box')
      .evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    await page.screenshot({ path: path.join(SHOTS, 'review-html-350.png'), fullPage: true });
  }, 120_000);
});
