/**
 * The packaging step of `npm run build:wps`: after webpack has written the add-in into dist-wps/,
 * writes beside it
 *
 * - publish.xml    per-user install: copied into the user's jsaddons folder, it names the add-in
 *                  (type et = WPS 表格) and where WPS loads it from;
 * - jsplugins.xml  intranet install: served by the office's server (oem.ini JSPluginsServer points
 *                  WPS at it), listing the offline package on the same server;
 * - selfeval_<version>.zip  the offline package: the add-in folder (ribbon.xml, index.html, the pane
 *                  page and scripts, assets) under `selfeval_<version>/`, as WPS expects it in jsaddons.
 *
 * wpsjs makes a .7z instead, but `wpsjs build` needs WPS itself on the machine (and 7-Zip); a .zip
 * from jszip has the same layout and unpacks anywhere (docs/WPS.md says how).
 *
 *   node build/scripts/packageWps.js [dist-wps] [--base-url http://server/selfeval/]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

/** The add-in's name in publish.xml / jsplugins.xml (and its jsaddons folder `selfeval_<version>`). */
export const ADDIN_NAME = 'selfeval';
/** Files the add-in folder must hold for WPS to load it. */
export const REQUIRED = ['ribbon.xml', 'index.html', 'taskpane.html'] as const;
/** Where an office serves the add-in when nothing else is said (replace with `--base-url`). */
export const DEFAULT_BASE_URL = 'http://wps-addins.intranet/selfeval/';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** publish.xml for one user's jsaddons folder: the add-in loaded from its unpacked folder there. */
export function publishXml(version: string, baseUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- 绩效自评助手 (selfeval) for WPS 表格. Per-user install: put this file in the user's jsaddons folder
     (Windows %APPDATA%\\kingsoft\\wps\\jsaddons, UOS/Kylin ~/.local/share/Kingsoft/wps/jsaddons).
     Offline: unpack ${ADDIN_NAME}_${version}.zip there too; the jsplugin line loads that folder.
     Online instead: keep only the jspluginonline line (the add-in served at the url). -->
<jsplugins>
  <jsplugin name="${ADDIN_NAME}" type="et" version="${escapeXml(version)}" enable="enable" install="null" url="${escapeXml(new URL(`${ADDIN_NAME}_${version}.zip`, baseUrl).href)}"/>
  <jspluginonline name="${ADDIN_NAME}" type="et" enable="enable" install="null" url="${escapeXml(baseUrl)}"/>
</jsplugins>
`;
}

/** jsplugins.xml for the intranet server (oem.ini [Server] JSPluginsServer=<url of this file>). */
export function jspluginsXml(version: string, baseUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- 绩效自评助手 (selfeval) for WPS 表格, served with ${ADDIN_NAME}_${version}.zip from ${escapeXml(baseUrl)} -->
<jsplugins>
  <jsplugin name="${ADDIN_NAME}" type="et" version="${escapeXml(version)}" enable="enable" url="${escapeXml(new URL(`${ADDIN_NAME}_${version}.zip`, baseUrl).href)}"/>
</jsplugins>
`;
}

function filesUnder(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
  });
}

/** Writes publish.xml, jsplugins.xml and the .zip into `dir`; returns the files written. */
export async function packageWps(
  dir: string,
  options: { readonly version: string; readonly baseUrl?: string },
): Promise<string[]> {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  for (const f of REQUIRED)
    if (!fs.existsSync(path.join(dir, f)))
      throw new Error(`${dir} 中缺少 ${f}：请先运行 webpack --config webpack.wps.config.js`);
  const zipName = `${ADDIN_NAME}_${options.version}.zip`;
  const own = new Set(['publish.xml', 'jsplugins.xml']);
  const addinFiles = filesUnder(dir).filter((f) => !own.has(f) && !/^selfeval_.*\.zip$/.test(f));
  const zip = new JSZip();
  const folder = `${ADDIN_NAME}_${options.version}`;
  for (const f of addinFiles.sort())
    zip.file(`${folder}/${f.split(path.sep).join('/')}`, fs.readFileSync(path.join(dir, f)));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  fs.writeFileSync(path.join(dir, zipName), bytes);
  fs.writeFileSync(path.join(dir, 'publish.xml'), publishXml(options.version, baseUrl));
  fs.writeFileSync(path.join(dir, 'jsplugins.xml'), jspluginsXml(options.version, baseUrl));
  return ['publish.xml', 'jsplugins.xml', zipName];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--base-url');
  const baseUrl = at >= 0 ? args[at + 1] : undefined;
  const dir = path.resolve(args.find((a, i) => !a.startsWith('--') && i !== at + 1) ?? 'dist-wps');
  const pkg = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  packageWps(dir, { version: pkg.version, ...(baseUrl ? { baseUrl } : {}) }).then(
    (files) => process.stdout.write(`WPS 加载项已打包到 ${dir}：${files.join('、')}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
