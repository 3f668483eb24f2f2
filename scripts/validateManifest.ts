/**
 * `npm run validate`: checks manifest.xml offline. The schema check runs libxml2 (as WebAssembly,
 * xmllint-wasm, so no system xmllint is needed) against the patched official schemas in schemas/manifest/ (Microsoft's own validator posts the manifest to
 * an online service). The schemas cannot say that a `resid` points at a resource that exists, that
 * every URL is https, or that an icon file has the size the manifest claims, so those are checked
 * here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The schema a manifest is validated against; the other .xsd files beside it are its imports. */
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** One problem found in the manifest, with the line it is on (0 when it is the whole file). */
export interface ManifestIssue {
  readonly line: number;
  readonly message: string;
}

/** Result of validating one manifest file. */
export interface ManifestReport {
  readonly file: string;
  /** libxml2's own verdict, one line per problem; empty when the schema check passed. */
  readonly schemaErrors: readonly string[];
  readonly issues: readonly ManifestIssue[];
  readonly ok: boolean;
}

interface XmlElement {
  /** Name as written, with its prefix (`bt:Image`). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly line: number;
  readonly parent: XmlElement | null;
  text: string;
}

/** Repository root, found from this file whether it runs from scripts/ or from build/scripts/. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${from}`);
    dir = up;
  }
  return dir;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * A small element scanner, enough for a manifest (no DTD, no CDATA): the schema check has already
 * proved the file well-formed before these checks mean anything.
 */
function scanElements(xml: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const stack: XmlElement[] = [];
  const body = xml
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<\?[\s\S]*?\?>/g, (c) => c.replace(/[^\n]/g, ' '));
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  let line = 1;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(last, m.index);
    const top = stack[stack.length - 1];
    if (top) top.text += between;
    line += (between.match(/\n/g) ?? []).length;
    last = m.index + m[0].length;
    const [, closing, name = '', attrText = '', selfClosing] = m;
    if (closing) {
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attrs[a[1]!] = unescapeXml(a[2] ?? a[3] ?? '');
      const el: XmlElement = { name, attrs, line, parent: top ?? null, text: '' };
      elements.push(el);
      if (!selfClosing) stack.push(el);
    }
    line += (m[0].match(/\n/g) ?? []).length;
  }
  for (const el of elements) el.text = unescapeXml(el.text.trim());
  return elements;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Which resource list a `resid` must point into, by the element that carries it. */
function resourceKindFor(
  el: XmlElement,
): 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings' | null {
  const name = localName(el.name);
  if (name === 'Image') return 'Images';
  if (['SourceLocation', 'LearnMoreUrl', 'FunctionFile', 'HelpUrl'].includes(name)) return 'Urls';
  if (name === 'Label' || name === 'Title') return 'ShortStrings';
  if (name === 'Description') return 'LongStrings';
  return null;
}

/** Pixel size from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The file a served URL stands for: the URL's path under the repository root (assets/ are served as they are). */
function localFileOf(url: string, root: string): string {
  return path.join(root, decodeURIComponent(new URL(url).pathname).replace(/^\/+/, ''));
}

/** The checks the schema cannot make: every resid resolves (to the right kind), every URL is https, icons exist with their size. */
export function checkManifest(xml: string, root: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const elements = scanElements(xml);

  // Resources by kind and id.
  const resources = new Map<string, { kind: string; el: XmlElement }>();
  for (const el of elements) {
    const parent = el.parent ? localName(el.parent.name) : '';
    if (
      !['Images', 'Urls', 'ShortStrings', 'LongStrings'].includes(parent) ||
      el.attrs.id === undefined
    )
      continue;
    if (resources.has(el.attrs.id))
      issues.push({ line: el.line, message: `resource id "${el.attrs.id}" is defined twice` });
    resources.set(el.attrs.id, { kind: parent, el });
  }

  // Every resid resolves, to a resource of the kind its element needs.
  const used = new Set<string>();
  const iconSizes = new Map<string, Set<number>>();
  for (const el of elements) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const want = resourceKindFor(el);
    const res = resources.get(resid);
    if (!res) {
      issues.push({
        line: el.line,
        message: `<${el.name} resid="${resid}">: no resource with id "${resid}"${want ? ` in <bt:${want}>` : ''}`,
      });
    } else if (want && res.kind !== want) {
      issues.push({
        line: el.line,
        message: `<${el.name} resid="${resid}">: must point into <bt:${want}>, but "${resid}" is in <bt:${res.kind}>`,
      });
    }
    if (localName(el.name) === 'Image' && el.attrs.size) {
      const sizes = iconSizes.get(resid) ?? new Set<number>();
      sizes.add(Number(el.attrs.size));
      iconSizes.set(resid, sizes);
    }
  }
  for (const [id, res] of resources) {
    if (!used.has(id))
      issues.push({
        line: res.el.line,
        message: `resource "${id}" is never used (no resid points to it)`,
      });
  }

  // Every URL is https: attribute values and text (namespace declarations are names, not fetched).
  for (const el of elements) {
    const values: [string, string][] = Object.entries(el.attrs).filter(
      ([k]) => !k.startsWith('xmlns') && !k.startsWith('xsi:'),
    );
    if (el.text) values.push([`text of <${el.name}>`, el.text]);
    for (const [where, value] of values) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https:\/\//i.test(value)) {
        issues.push({
          line: el.line,
          message: `<${el.name}> ${where.startsWith('text') ? 'text' : where}: URL must be https: ${value}`,
        });
      }
    }
  }

  // Icons: the file behind each icon URL exists in assets/ and has the size the manifest expects.
  const expectations: { el: XmlElement; url: string; size: number }[] = [];
  for (const el of elements) {
    const name = localName(el.name);
    const size = name === 'IconUrl' ? 32 : name === 'HighResolutionIconUrl' ? 64 : null;
    if (size !== null) {
      for (const v of [
        el.attrs.DefaultValue,
        ...elements.filter((o) => o.parent === el).map((o) => o.attrs.Value),
      ]) {
        if (v) expectations.push({ el, url: v, size });
      }
    }
  }
  for (const [id, sizes] of iconSizes) {
    const res = resources.get(id);
    if (!res || res.kind !== 'Images') continue;
    if (sizes.size > 1)
      issues.push({
        line: res.el.line,
        message: `image "${id}" is used at several sizes (${[...sizes].join(', ')}); each size needs its own file`,
      });
    const urls = [
      res.el.attrs.DefaultValue,
      ...elements.filter((o) => o.parent === res.el).map((o) => o.attrs.Value),
    ];
    for (const url of urls)
      if (url) for (const size of sizes) expectations.push({ el: res.el, url, size });
  }
  for (const { el, url, size } of expectations) {
    let file: string;
    try {
      file = localFileOf(url, root);
    } catch (err) {
      issues.push({
        line: el.line,
        message: `<${el.name}>: not a valid URL: ${url} (${err instanceof Error ? err.message : String(err)})`,
      });
      continue;
    }
    const rel = path.relative(root, file);
    if (!rel.startsWith(`assets${path.sep}`)) {
      issues.push({
        line: el.line,
        message: `<${el.name}>: icon ${url} is not served from assets/`,
      });
      continue;
    }
    if (!existsSync(file)) {
      issues.push({
        line: el.line,
        message: `<${el.name}>: icon file ${rel} does not exist (run npm run icons)`,
      });
      continue;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) issues.push({ line: el.line, message: `<${el.name}>: ${rel} is not a PNG file` });
    else if (dims.width !== size || dims.height !== size) {
      issues.push({
        line: el.line,
        message: `<${el.name}>: ${rel} is ${dims.width}×${dims.height} px, the manifest uses it at ${size}×${size}`,
      });
    }
  }
  return issues.sort((a, b) => a.line - b.line);
}

/**
 * Validates `file` against the schemas in `schemaDir` with libxml2 compiled to WebAssembly
 * (xmllint-wasm), so the check needs no system xmllint and runs the same on Linux, macOS and
 * Windows. The schema's imports are preloaded from `schemaDir`: nothing is fetched. Returns the
 * error lines (empty when valid), each `file:line: message` as xmllint prints them.
 */
export async function schemaErrors(file: string, schemaDir: string): Promise<string[]> {
  const xsd = (name: string): { fileName: string; contents: string } => ({
    fileName: name,
    contents: readFileSync(path.join(schemaDir, name), 'utf8'),
  });
  const [main, ...imports] = [
    MAIN_SCHEMA,
    ...readdirSync(schemaDir).filter((n) => n.endsWith('.xsd') && n !== MAIN_SCHEMA),
  ].map(xsd);
  let result: Awaited<ReturnType<typeof validateXML>>;
  try {
    result = await validateXML({
      xml: { fileName: path.basename(file), contents: readFileSync(file, 'utf8') },
      schema: main!,
      preload: imports,
    });
  } catch (err) {
    // xmllint-wasm rejects on exit codes other than valid/invalid: a schema that did not compile.
    return [
      `the schemas in ${schemaDir} did not compile: ${err instanceof Error ? err.message : String(err)}`,
    ];
  }
  if (result.valid) return [];
  const lines = result.errors
    .map((e) => e.rawMessage.trim())
    .filter((l) => l && !/ fails to validate$/.test(l));
  return lines.length > 0 ? lines : ['the schema check failed without a message'];
}

/** Validates a manifest file: schema first, then the checks the schema cannot make. */
export async function validateManifest(
  file: string,
  root: string = repoRoot(),
): Promise<ManifestReport> {
  const errors = await schemaErrors(file, path.join(root, 'schemas', 'manifest'));
  const issues = checkManifest(readFileSync(file, 'utf8'), root);
  return { file, schemaErrors: errors, issues, ok: errors.length === 0 && issues.length === 0 };
}

/** The report as the lines `npm run validate` prints. */
export function formatReport(report: ManifestReport, root: string): string[] {
  const rel = path.relative(root, report.file) || report.file;
  const lines = [
    ...report.schemaErrors.map((e) => `schema: ${e}`),
    ...report.issues.map((i) => `${rel}:${i.line}: ${i.message}`),
  ];
  lines.push(
    report.ok
      ? `${rel}: valid (schema, resids, https, icons)`
      : `${rel}: ${report.schemaErrors.length + report.issues.length} problem(s)`,
  );
  return lines;
}

/**
 * Validates each file and prints its report; resolves to true when all are valid. `npm run validate`
 * calls it on manifest.xml; the production build's dist/manifest.xml goes through the same call.
 */
export async function validateManifestFiles(
  files: readonly string[],
  root: string = repoRoot(),
  print: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<boolean> {
  let ok = true;
  for (const file of files) {
    const report = await validateManifest(path.resolve(file), root);
    for (const line of formatReport(report, root)) print(line);
    ok &&= report.ok;
  }
  return ok;
}

if (require.main === module) {
  const root = repoRoot();
  const files = process.argv.slice(2);
  void validateManifestFiles(
    files.length > 0 ? files : [path.join(root, 'manifest.xml')],
    root,
  ).then((ok) => (process.exitCode = ok ? 0 : 1));
}
