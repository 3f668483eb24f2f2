/**
 * `npm run validate`: the committed manifest passes, and each kind of broken manifest fails with a
 * message that says what is wrong and where. Runs libxml2 as WebAssembly (xmllint-wasm) against
 * schemas/manifest/: no system xmllint, no network.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatReport, pngSize, validateManifest } from '../../scripts/validateManifest';
import { ROOT } from '../helpers/workbooks';

const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-manifest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Validates the committed manifest after `edit`, which must change it (a no-op edit is a broken test). */
async function validateEdited(name: string, edit: (xml: string) => string): Promise<string[]> {
  const xml = edit(MANIFEST);
  expect(xml).not.toBe(MANIFEST);
  const file = path.join(dir, `${name}.xml`);
  writeFileSync(file, xml);
  const report = await validateManifest(file, ROOT);
  expect(report.ok).toBe(false);
  return formatReport(report, ROOT);
}

describe('manifest.xml', () => {
  it('validates: schema, resids, https and icon sizes', async () => {
    const report = await validateManifest(path.join(ROOT, 'manifest.xml'), ROOT);
    expect(formatReport(report, ROOT)).toEqual([
      'manifest.xml: valid (schema, resids, https, icons)',
    ]);
  });

  it('is the add-in the issue asks for', () => {
    expect(MANIFEST).toContain('xsi:type="TaskPaneApp"');
    expect(MANIFEST).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(MANIFEST).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toContain('<Action xsi:type="ShowTaskpane">');
    expect(MANIFEST).toMatch(
      /<DisplayName DefaultValue="绩效自评助手">\s*<Override Locale="en-US" Value="Performance Self-Evaluation"\/>/,
    );
  });
});

describe('npm run validate rejects', () => {
  it('a resid with no resource', async () => {
    const lines = await validateEdited('missing-resid', (x) =>
      x.replace('<Label resid="Button.Label"/>', '<Label resid="Button.Missing"/>'),
    );
    expect(lines.join('\n')).toMatch(
      /<Label resid="Button.Missing">: no resource with id "Button.Missing" in <bt:ShortStrings>/,
    );
  });

  it('a resid that points at the wrong kind of resource', async () => {
    const lines = await validateEdited('wrong-kind', (x) =>
      x.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Button.Label"/>'),
    );
    expect(lines.join('\n')).toMatch(
      /<SourceLocation resid="Button.Label">: must point into <bt:Urls>, but "Button.Label" is in <bt:ShortStrings>/,
    );
  });

  it('an element with its resid attribute missing (schema)', async () => {
    const lines = await validateEdited('no-resid-attr', (x) =>
      x.replace('<Label resid="Group.Label"/>', '<Label/>'),
    );
    expect(lines.join('\n')).toMatch(
      /schema: .*Element '\{[^}]+\}Label': The attribute 'resid' is required but missing/,
    );
  });

  it('an http URL', async () => {
    const lines = await validateEdited('http', (x) =>
      x.replace(
        'DefaultValue="https://localhost:3000/taskpane.html"/>\n      </bt:Urls>',
        'DefaultValue="http://localhost:3000/taskpane.html"/>\n      </bt:Urls>',
      ),
    );
    expect(lines.join('\n')).toMatch(
      /manifest.*:\d+: <bt:Url> DefaultValue: URL must be https: http:\/\/localhost:3000\/taskpane.html/,
    );
  });

  it('elements out of order (schema)', async () => {
    const lines = await validateEdited('order', (x) =>
      x
        .replace('  <Permissions>ReadWriteDocument</Permissions>\n', '')
        .replace(
          '  <DefaultSettings>',
          '  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>',
        ),
    );
    expect(lines.join('\n')).toMatch(
      /schema: .*Element '\{[^}]+\}Permissions': This element is not expected\. Expected is \( \{[^}]+\}DefaultSettings \)/,
    );
  });

  it('an icon whose file has another size than the manifest says', async () => {
    const lines = await validateEdited('icon-size', (x) =>
      x.replace('assets/icon-16.png', 'assets/icon-32.png'),
    );
    expect(lines.join('\n')).toMatch(
      /<bt:Image>: assets\/icon-32.png is 32×32 px, the manifest uses it at 16×16/,
    );
  });

  it('an icon file that does not exist', async () => {
    const lines = await validateEdited('icon-missing', (x) =>
      x.replace('assets/icon-80.png', 'assets/icon-81.png'),
    );
    expect(lines.join('\n')).toMatch(/icon file assets\/icon-81.png does not exist/);
  });
});

describe('icons', () => {
  it.each([16, 32, 64, 80, 128])('assets/icon-%i.png has that size in pixels', (size) => {
    expect(pngSize(readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)))).toEqual({
      width: size,
      height: size,
    });
  });
});
