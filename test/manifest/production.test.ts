/**
 * The production manifest the build writes for SELFEVAL_PUBLIC_URL: every URL under the base, the
 * committed manifest untouched, and the result valid by the offline validator with the icons the
 * build ships; and where the page loads office.js from for each SELFEVAL_OFFICE_JS.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { manifestBase, validateDist } from '../../scripts/validateDist';
import { ROOT } from '../helpers/workbooks';

interface WebpackConfigModule {
  productionManifest: (xml: string, base: string) => string;
  officeJsChoice: (
    value: string | undefined,
    production: boolean,
    forceLocal: boolean,
  ) => { local: boolean; src: string };
  CDN_OFFICE_JS: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as WebpackConfigModule;

const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://zw.example.gov.cn/selfeval/';

describe('production manifest (SELFEVAL_PUBLIC_URL)', () => {
  let dir: string;
  beforeAll(() => {
    // A dist/ as the build leaves it: the manifest and the assets it names.
    dir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-dist-test-'));
    cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'manifest.xml'), webpackConfig.productionManifest(MANIFEST, BASE));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts every URL under the base and the AppDomain at its origin', () => {
    const xml = readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(manifestBase(xml)).toBe(BASE);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(xml).toContain(`<SupportUrl DefaultValue="${BASE}help.html"/>`);
    expect(xml).toContain(`<bt:Image id="Icon.20" DefaultValue="${BASE}assets/icon-20.png"/>`);
    expect(xml).toContain('<AppDomain>https://zw.example.gov.cn</AppDomain>');
    // Only the URLs and the comment changed.
    const body = (x: string): string =>
      x.replace(/<!--[\s\S]*?-->/, '').replace(/https:\/\/[^"<]+/g, 'URL');
    expect(body(xml)).toBe(body(MANIFEST));
    expect(MANIFEST).toContain('https://localhost:3000/taskpane.html'); // the committed one stays
  });

  it('validates offline (schema, resids, https, the shipped icons)', async () => {
    const report = await validateDist(dir, ROOT);
    expect(report.lines.at(-1)).toMatch(/manifest\.xml: valid \(schema, resids, https, icons\)$/);
    expect(report.ok).toBe(true);
  });

  it('fails when an icon the manifest names is missing from dist/, or a URL leaves the base', async () => {
    rmSync(path.join(dir, 'assets', 'icon-48.png'));
    const missing = await validateDist(dir, ROOT);
    expect(missing.ok).toBe(false);
    expect(missing.lines.join('\n')).toMatch(/icon-48\.png does not exist/);
    cpSync(path.join(ROOT, 'assets', 'icon-48.png'), path.join(dir, 'assets', 'icon-48.png'));
    const xml = readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
    writeFileSync(
      path.join(dir, 'manifest.xml'),
      xml.replace(`${BASE}help.html"/>`, 'https://elsewhere.example/help.html"/>'),
    );
    const outside = await validateDist(dir, ROOT);
    expect(outside.ok).toBe(false);
    expect(outside.lines.join('\n')).toMatch(/elsewhere\.example\/help\.html is not under/);
  });
});

describe('where office.js comes from (SELFEVAL_OFFICE_JS)', () => {
  it('is Microsoft’s CDN by default, dist/office-js for local, and another CDN by URL', () => {
    const { officeJsChoice, CDN_OFFICE_JS } = webpackConfig;
    expect(officeJsChoice(undefined, true, false)).toEqual({ local: false, src: CDN_OFFICE_JS });
    expect(officeJsChoice('local', true, false)).toEqual({
      local: true,
      src: 'office-js/office.js',
    });
    expect(officeJsChoice(undefined, false, false).local).toBe(true); // development runs offline
    const vianet = 'https://cdn.example.cn/lib/1/hosted/office.js';
    expect(officeJsChoice(vianet, true, false)).toEqual({ local: false, src: vianet });
    expect(() => officeJsChoice('http://cdn.example/office.js', true, false)).toThrow(/https/);
    expect(() => officeJsChoice('https://cdn.example/lib/', true, false)).toThrow(/office\.js/);
  });
});
