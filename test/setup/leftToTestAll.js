/**
 * Jest reporter of `npm test`: one closing line naming the suites left to `npm run test:all` and
 * the external programs each needs, read from the suites' own `requirePrograms(...)` calls, so the
 * line cannot drift from what the suites check. Nothing is left out without saying so.
 */
const fs = require('node:fs');
const path = require('node:path');

const FOLDERS = [
  { dir: 'test/external', ending: '.test.ts' },
  { dir: 'test/e2e', ending: '.e2e.ts' },
];

/** Each suite that npm test does not run, with the programs it requires. */
function leftSuites(root) {
  const out = [];
  for (const { dir, ending } of FOLDERS) {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) continue;
    for (const name of fs
      .readdirSync(abs)
      .filter((n) => n.endsWith(ending))
      .sort()) {
      const source = fs.readFileSync(path.join(abs, name), 'utf8');
      const programs = new Set();
      for (const m of source.matchAll(/requirePrograms\(([^)]*)\)/g))
        for (const p of m[1].matchAll(/'([^']+)'/g)) programs.add(p[1]);
      out.push({ suite: `${dir}/${name}`, programs: [...programs] });
    }
  }
  return out;
}

class LeftToTestAll {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
  }

  onRunComplete() {
    const left = leftSuites(this.root);
    if (left.length === 0) return;
    const list = left
      .map((s) => `${s.suite} (${s.programs.join(', ') || 'external programs'})`)
      .join('; ');
    const line = `留给 npm run test:all 的 ${left.length} 个测试集（需要外部程序）/ left to npm run test:all: ${list}\n`;
    // On exit, so the line comes after jest's own summary and is the last thing npm test prints.
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = LeftToTestAll;
module.exports.leftSuites = leftSuites;
