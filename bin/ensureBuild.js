#!/usr/bin/env node
// Keeps build/ (the command line, scripts and bench compiled by tsconfig.node.json) current without
// running the compiler on every call: build/.stamp is written after each build, and the build is
// stale only when a source file is newer than it. Checking costs a few milliseconds of stat calls.
//   node bin/ensureBuild.js           rebuild if stale (npm scripts call this before build/ code)
//   node bin/ensureBuild.js --force   rebuild now (npm run build:node, and prepare on npm ci)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const STAMP = path.join(ROOT, 'build', '.stamp');
// What tsconfig.node.json compiles, and the configs that change how.
const SOURCE_DIRS = [
  'src/engine',
  'src/profiles',
  'src/xlsx',
  'src/docx',
  'src/cli',
  'src/review',
  'scripts',
  'bench',
];
const SOURCE_FILES = ['tsconfig.node.json', 'tsconfig.base.json'];
const SOURCE = /\.(ts|json)$/;

/** Newest modification time (ms) of the build's sources; 0 when there are none (an installed package). */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    let st;
    try {
      st = fs.statSync(file);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    } else if (SOURCE.test(file) && !file.endsWith('.test.ts')) {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) visit(path.join(ROOT, d));
  for (const f of SOURCE_FILES) visit(path.join(ROOT, f));
  return newest;
}

/** Why build/ must be rebuilt, or null when it is current. */
function staleReason() {
  let stamp;
  try {
    stamp = fs.statSync(STAMP).mtimeMs;
  } catch {
    return '尚未构建（build/ 不存在或不完整）';
  }
  return newestSource() > stamp ? '源代码比构建新' : null;
}

/**
 * Deletes compiled files whose source is gone. tsc never removes an output, so after a source moves
 * its old .js stays behind, and Node resolves `require('./findings')` to a stale findings.js before
 * the new findings/index.js: the build would run yesterday's code.
 */
function pruneOrphans(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      pruneOrphans(file);
      if (fs.readdirSync(file).length === 0) fs.rmdirSync(file);
    } else if (entry.name.endsWith('.js')) {
      const source = path.join(ROOT, path.relative(path.join(ROOT, 'build'), file)).slice(0, -3);
      if (!fs.existsSync(`${source}.ts`) && !fs.existsSync(`${source}.tsx`)) fs.rmSync(file);
    }
  }
}

/** Runs tsc on tsconfig.node.json and writes the stamp; false (with tsc's errors shown) on failure. */
function build() {
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  } catch {
    return null;
  }
  const run = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.node.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) return false;
  pruneOrphans(path.join(ROOT, 'build'));
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return true;
}

/**
 * Makes build/ current: returns true when it is (already, or after a rebuild), false after printing
 * in Chinese what to do (no compiler installed, or the build failed).
 */
function ensureBuilt({ force = false } = {}) {
  const reason = force ? null : staleReason();
  if (!force && reason === null) return true;
  if (!force) process.stderr.write(`selfeval：${reason}，正在重新构建命令行（tsc）…\n`);
  const ok = build();
  if (ok) return true;
  process.stderr.write(
    ok === null
      ? `selfeval：${reason ?? '需要构建'}，但未安装 TypeScript。请运行 npm ci，然后运行 npm run build:node。\n`
      : 'selfeval：构建失败（错误见上）。请修正后运行 npm run build:node。\n',
  );
  return false;
}

module.exports = { ensureBuilt, staleReason };

if (require.main === module) {
  process.exitCode = ensureBuilt({ force: process.argv.includes('--force') }) ? 0 : 2;
}
