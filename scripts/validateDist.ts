/**
 * After `npm run build` (postbuild): when the build wrote dist/manifest.xml (SELFEVAL_PUBLIC_URL),
 * checks it with the offline manifest validator (schema, resids, https, icon files and sizes, the
 * icons read from dist/assets/) and that every URL lies under the build's base and none still
 * points at the dev server. Prints what it found; exits 1 on a problem.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkManifest, formatReport, repoRoot, schemaErrors } from './validateManifest';

/** What validating a built manifest found: one line per problem, or the validator's verdict. */
export interface DistReport {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/** The base every URL of a production manifest lies under, read from its SourceLocation. */
export function manifestBase(xml: string): string | null {
  const m = /<SourceLocation DefaultValue="([^"]+)\/taskpane\.html"/.exec(xml);
  return m?.[1] ? `${m[1]}/` : null;
}

/** Validates `dir`/manifest.xml as served from its base, with the files in `dir` as the site. */
export async function validateDist(dir: string, root: string = repoRoot()): Promise<DistReport> {
  const file = path.join(dir, 'manifest.xml');
  const xml = readFileSync(file, 'utf8');
  const base = manifestBase(xml);
  if (!base) return { ok: false, lines: [`${file}: no SourceLocation …/taskpane.html`] };
  const lines: string[] = [];
  const origin = new URL(base).origin;
  for (const m of xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)) {
    const url = m[1] ?? m[2] ?? '';
    if (!(url.startsWith(base) || url === origin))
      lines.push(`${file}: ${url} is not under ${base}`);
  }
  // The validator maps a URL's path to a file under its root: serve the base as the site's root.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'selfeval-dist-'));
  try {
    const mapped = path.join(tmp, 'manifest.xml');
    writeFileSync(mapped, xml.split(base).join('https://selfeval.invalid/'));
    // The schema check with the repository's schemas; the other checks with dist/ as the site,
    // so the icon files checked are the ones the build ships.
    const schema = await schemaErrors(mapped, path.join(root, 'schemas', 'manifest'));
    const issues = checkManifest(readFileSync(mapped, 'utf8'), dir);
    const ok = schema.length === 0 && issues.length === 0 && lines.length === 0;
    lines.push(...formatReport({ file, schemaErrors: schema, issues, ok }, root));
    return { ok, lines };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const root = repoRoot();
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
  if (!existsSync(path.join(dir, 'manifest.xml'))) {
    process.stdout.write(
      `${path.relative(root, dir) || dir}: no manifest.xml (set SELFEVAL_PUBLIC_URL=https://host/path/ to write one)\n`,
    );
  } else {
    void validateDist(dir, root).then((report) => {
      process.stdout.write(`${report.lines.join('\n')}\n`);
      process.exitCode = report.ok ? 0 : 1;
    });
  }
}
