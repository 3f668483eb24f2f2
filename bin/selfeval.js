#!/usr/bin/env node
// The `selfeval` command: runs the built CLI (npm run build:node, done by `npm ci`). A build older
// than the sources is rebuilt first (bin/ensureBuild.js: a stat of each source, no compiler call
// when current).
'use strict';
const { ensureBuilt } = require('./ensureBuild.js');

if (!ensureBuilt()) process.exit(2);
const { main, standardStreamFailure } = require('../build/src/cli/main.js');

// A reader that stops early (`selfeval … | head`) closes the pipe: that is not an error of ours.
// Further output is dropped and the run finishes, so an --out workbook is still written. A full
// disk (`> /dev/full`) is said in one Chinese line on the other stream, and the run exits 1.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    stream.write = () => true;
    const line = standardStreamFailure(err);
    if (line === null) return;
    process.exitCode = 1;
    if (stream === process.stdout) process.stderr.write(line);
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = Math.max(code, process.exitCode ?? 0);
});
