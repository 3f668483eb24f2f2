#!/usr/bin/env node
// The `selfeval` command: runs the built CLI (npm run build:node, done by `npm ci`). A build older
// than the sources is rebuilt first (bin/ensureBuild.js: a stat of each source, no compiler call
// when current).
'use strict';
const { ensureBuilt } = require('./ensureBuild.js');

if (!ensureBuilt()) process.exit(2);
const { main } = require('../build/src/cli/main.js');

// A reader that stops early (`selfeval … | head`) closes the pipe: that is not an error of ours.
// Further output is dropped and the run finishes, so an --out workbook is still written.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (!err || err.code !== 'EPIPE') throw err;
    stream.write = () => true;
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
