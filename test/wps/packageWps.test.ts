/**
 * The packaging step of `npm run build:wps` over a folder laid out as webpack writes it: the
 * publish.xml and jsplugins.xml are well-formed and name the add-in for WPS 表格 (type et), and
 * the offline .zip holds the add-in folder `selfeval_<version>/` with ribbon.xml and the pages.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { validateXML } from 'xmllint-wasm';
import { ADDIN_NAME, packageWps } from '../../scripts/packageWps';
import { ROOT } from '../helpers/workbooks';

function builtFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-wps-'));
  fs.copyFileSync(path.join(ROOT, 'src/boot-wps/ribbon.xml'), path.join(dir, 'ribbon.xml'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<script src="ribbon.js"></script>');
  fs.writeFileSync(path.join(dir, 'ribbon.js'), 'window.ribbon = {};');
  fs.writeFileSync(path.join(dir, 'taskpane.html'), '<div id="root"></div>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.copyFileSync(path.join(ROOT, 'assets/icon-32.png'), path.join(dir, 'assets/icon-32.png'));
  return dir;
}

/** Well-formed XML (xmllint without a schema reports only syntax). */
async function wellFormed(xml: string): Promise<void> {
  // xmllint-wasm checks well-formedness alone when given no schema (its types require one).
  const options = { xml: [{ fileName: 'x.xml', contents: xml }] } as unknown as Parameters<
    typeof validateXML
  >[0];
  const result = await validateXML(options);
  expect(result.errors).toEqual([]);
}

describe('packageWps', () => {
  it('writes publish.xml, jsplugins.xml and the offline zip with the add-in folder', async () => {
    const dir = builtFolder();
    const files = await packageWps(dir, {
      version: '0.1.0',
      baseUrl: 'http://srv.local/selfeval/',
    });
    expect(files).toEqual(['publish.xml', 'jsplugins.xml', 'selfeval_0.1.0.zip']);

    const publish = fs.readFileSync(path.join(dir, 'publish.xml'), 'utf8');
    const plugins = fs.readFileSync(path.join(dir, 'jsplugins.xml'), 'utf8');
    for (const xml of [publish, plugins]) {
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
      expect(xml).toContain(`name="${ADDIN_NAME}" type="et"`);
    }
    expect(publish).toContain('<jspluginonline name="selfeval" type="et"');
    expect(publish).toContain('url="http://srv.local/selfeval/"');
    expect(plugins).toContain('url="http://srv.local/selfeval/selfeval_0.1.0.zip"');
    expect(plugins).toContain('version="0.1.0"');

    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'selfeval_0.1.0.zip')));
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    expect(names).toEqual([
      'selfeval_0.1.0/assets/icon-32.png',
      'selfeval_0.1.0/index.html',
      'selfeval_0.1.0/ribbon.js',
      'selfeval_0.1.0/ribbon.xml',
      'selfeval_0.1.0/taskpane.html',
    ]);
    const ribbon = await zip.file('selfeval_0.1.0/ribbon.xml')!.async('string');
    expect(ribbon).toContain('label="绩效自评"');
    expect(ribbon).toContain('onAction="ribbon.OnAction"');
    expect(ribbon).toContain('onLoad="ribbon.OnAddinLoad"');
    expect(ribbon).toContain('idMso="TabHome"');

    // Packaging again replaces the package instead of zipping the old one into the new.
    await packageWps(dir, { version: '0.1.0', baseUrl: 'http://srv.local/selfeval/' });
    const again = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'selfeval_0.1.0.zip')));
    expect(
      Object.keys(again.files).some((n) => n.endsWith('.zip') || n.endsWith('publish.xml')),
    ).toBe(false);
  });

  it('the XML files and ribbon.xml are well-formed', async () => {
    const dir = builtFolder();
    await packageWps(dir, { version: '0.1.0' });
    for (const f of ['publish.xml', 'jsplugins.xml', 'ribbon.xml'])
      await wellFormed(fs.readFileSync(path.join(dir, f), 'utf8'));
  });

  it('refuses a folder without the built add-in, in Chinese', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-wps-'));
    await expect(packageWps(dir, { version: '0.1.0' })).rejects.toThrow('缺少 ribbon.xml');
  });
});

describe('ribbon callbacks', () => {
  it('the button creates the pane once, then hides and shows the same pane', async () => {
    const { ribbonCallbacks, OPEN_PANE } = await import('../../src/boot-wps/ribbon');
    const store = new Map<string, string>();
    const panes: { ID: number; Visible: boolean; DockPosition: number; url: string }[] = [];
    const shell = {
      CreateTaskPane(url: string) {
        const pane = { ID: panes.length + 7, Visible: false, DockPosition: 0, url };
        panes.push(pane);
        return pane;
      },
      GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
      PluginStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
      },
    };
    const ribbon = ribbonCallbacks(
      shell,
      'file:///home/u/.local/share/Kingsoft/wps/jsaddons/selfeval_0.1.0/index.html',
    );
    expect(ribbon.OnAddinLoad()).toBe(true);
    ribbon.OnAction({ Id: OPEN_PANE });
    expect(panes).toHaveLength(1);
    expect(panes[0]!.url).toBe(
      'file:///home/u/.local/share/Kingsoft/wps/jsaddons/selfeval_0.1.0/taskpane.html',
    );
    expect(panes[0]!.Visible).toBe(true);
    ribbon.OnAction({ Id: OPEN_PANE });
    expect(panes).toHaveLength(1);
    expect(panes[0]!.Visible).toBe(false);
  });
});
