#!/usr/bin/env node
'use strict';
// The CLI's entry point: runs the compiled TypeScript in dist/ (built by `npm ci` through "prepare").
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  console.error(
    'perf-digest is not built yet: run `npm run build:cli` (or `npm ci`) in ' + path.dirname(__dirname),
  );
  process.exit(1);
}
require(main);
