#!/usr/bin/env node
// The `selfeval` command: runs the built CLI (npm run build:node, done by `npm install`).
'use strict';
const { main } = require('../build/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
