#!/usr/bin/env node
// Launcher for the bundle in dist/ (npm install builds it through the prepare script).
// It is CommonJS (bin/package.json says so): Node starts a CommonJS entry a few milliseconds
// sooner than an ES module, and trust is started many times a day.
// Node 20 has no compile cache of its own, and compiling the bundle is a good part of trust's
// start-up, so the launcher keeps V8's code cache for it beside the bundle. Without the cache,
// or with one from another Node version, it simply compiles as usual and writes a fresh one.
'use strict';
const { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');

let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('trust: The built files are missing.\nRun `npm install` (or `npm run build`) in the trust folder.\n');
  process.exit(1);
}
// V8 checks little more than a cache's length against the source, so the name carries the
// bundle's size and time of writing: a rebuilt trust never runs code cached from an older one.
// (Not a hash of it: loading node:crypto would cost more than the cache saves.) Each command
// keeps a cache of its own, holding just the functions that command runs: one shared cache
// would hold only those of whichever command happened to run first.
const { size, mtimeMs } = statSync(bundle);
const version = `${size}-${Math.round(mtimeMs)}`;
const command = /^[a-z]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'main';
const cacheFile = `${bundle}.${version}.${command}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache yet: this run makes one.
}

// The bundle has no import(): esbuild turns it into require (see the build script), which
// matters here, as a vm.Script with a code cache cannot resolve dynamic imports on Node 20.
// It runs as a CommonJS module would, wrapped by hand (node:module costs a load of its own).
// The launcher's require serves it: bin/ and dist/ are siblings, so packages resolve the same.
const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
const script = new vm.Script(wrapped, { filename: bundle, cachedData });
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require, bundled, bundle, dirname(bundle));
bundled.exports.main(process.argv).then((code) => {
  process.exitCode = code;
  // Only after a run that worked: a mistyped command name gets no cache file of its own.
  if (code === 0 && (cachedData === undefined || script.cachedDataRejected)) {
    try {
      // Written aside and renamed, so a trust starting meanwhile never reads half a cache.
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      // Caches of an earlier build are of no more use.
      for (const name of readdirSync(dirname(bundle))) {
        if (name.startsWith('cli.cjs.') && name.endsWith('.cache') && !name.startsWith(`cli.cjs.${version}.`)) unlinkSync(join(dirname(bundle), name));
      }
    } catch {
      // A read-only install just goes without.
    }
  }
});
