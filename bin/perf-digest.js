#!/usr/bin/env node
'use strict';
// The CLI's entry point: runs the bundled TypeScript in dist/ (built by `npm ci` through "prepare"). The build also
// leaves V8's code cache for the bundle beside it, made by running the CLI once: with it, Node starts without
// compiling the CLI's functions again (a 10,000-indicator run is some 20 ms quicker). The cache names the bundle it
// was made from by its SHA-256, and is used for that bundle only; without a cache the CLI runs the same, compiled.
const { Buffer } = require('buffer');
const crypto = require('crypto');
const fs = require('fs');
const { createRequire, wrap } = require('module');
const path = require('path');
const vm = require('vm');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
const cacheFile = `${main}.cache`;
const DIGEST_BYTES = 32;

if (!fs.existsSync(main)) {
  console.error(
    'perf-digest is not built yet: run `npm run build:cli` (or `npm ci`) in ' + path.dirname(__dirname),
  );
  process.exit(1);
}
const source = fs.readFileSync(main, 'utf8');
const digest = crypto.createHash('sha256').update(source).digest();

function cachedData() {
  try {
    const cache = fs.readFileSync(cacheFile);
    return cache.subarray(0, DIGEST_BYTES).equals(digest) ? cache.subarray(DIGEST_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

const script = new vm.Script(wrap(source), { filename: main, cachedData: cachedData() });
// The build's one run (scripts/buildCli.ts) asks for the cache, taken at exit so that it holds every function the run
// compiled, not only the bundle's top level.
if (process.env.PERF_DIGEST_WRITE_CODE_CACHE === '1')
  process.once('exit', () => fs.writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()])));
const cliModule = { exports: {} };
script.runInThisContext()(cliModule.exports, createRequire(main), cliModule, main, path.dirname(main));
