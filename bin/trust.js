#!/usr/bin/env node
// Launcher for the bundle in dist/ (npm install builds it through the prepare script).
// It is CommonJS (bin/package.json says so): Node starts a CommonJS entry a few milliseconds
// sooner than an ES module, and trust is started many times a day.
// Node 20 has no compile cache of its own, and compiling the bundle is a good part of trust's
// start-up, so the launcher keeps V8's code cache for it (see below where). Without the cache,
// or with one from another Node version, it simply compiles as usual and writes a fresh one.
'use strict';
const { fstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
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
// Only trust's own command names go into a file name, never a word the user typed (`trust
// tanaka -h` must not leave "tanaka" on disk). The same names as in src/registry.ts: importing
// it here would cost a load; test/cli/launcher-commands.test.ts keeps the two in step. Also the
// hidden __complete, which each Tab runs: it keeps a cache of its own, not the dashboard's.
const COMMANDS = ['log', 'kept', 'keep', 'broken', 'break', 'release', 'released', 'reopen', 'renegotiate', 'repair', 'review', 'stats', 'streak', 'doctor', 'export', 'import', 'backup', 'restore', 'list', 'people', 'show', 'person', 'edit', 'delete', 'completion', 'remind', '__complete'];
const command = COMMANDS.includes(process.argv[2]) ? process.argv[2] : 'main';
const cacheOf = (kind) => `cli.cjs.${version}.${kind}.cache`;
// A run that asked questions keeps a cache of its own (`log.asked`), which holds inquirer's
// prompts too: a run at a terminal reads that one first. (A terminal is a character device:
// asking process.stdin would build the stream, which a scripted run never needs.)
let atTerminal = false;
try {
  atTerminal = fstatSync(0).isCharacterDevice();
} catch {
  // No stdin at all: nobody to ask.
}
const kinds = atTerminal ? [`${command}.asked`, command] : [command];
// Beside the bundle, where every user of the install shares it; when that folder is not
// writable (a global install owned by root), in the user's own cache folder, private like the
// journal. That one is read first: a cache lands there only when the bundle's folder refused it.
const cacheHome = process.env.XDG_CACHE_HOME || (process.env.HOME ? join(process.env.HOME, '.cache') : '');
const ownFolder = cacheHome && join(cacheHome, 'trust');
let cachedData;
let cachedKind;
find: for (const kind of kinds) {
  for (const folder of [ownFolder, dirname(bundle)]) {
    if (!folder) continue;
    try {
      cachedData = readFileSync(join(folder, cacheOf(kind)));
      cachedKind = kind;
      break find;
    } catch {
      // No cache there yet: this run makes one.
    }
  }
}

// The bundle has no import(): esbuild turns it into require (see the build script), which
// matters here, as a vm.Script with a code cache cannot resolve dynamic imports on Node 20.
// It runs as a CommonJS module would, wrapped by hand (node:module costs a load of its own).
// The launcher's require serves it: bin/ and dist/ are siblings, so packages resolve the same.
const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
const script = new vm.Script(wrapped, { filename: bundle, cachedData });
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require, bundled, bundle, dirname(bundle));

/** Writes the cache into a folder with the given file mode, or throws if the folder will not take it. */
function writeCache(folder, kind, data, mode) {
  // Written aside and renamed, so a trust starting meanwhile never reads half a cache.
  const file = join(folder, cacheOf(kind));
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, data, { mode });
  renameSync(tmp, file);
  // Caches of an earlier build are of no more use.
  for (const name of readdirSync(folder)) {
    if (name.startsWith('cli.cjs.') && name.endsWith('.cache') && !name.startsWith(`cli.cjs.${version}.`)) unlinkSync(join(folder, name));
  }
}

bundled.exports.main(process.argv).then((code) => {
  process.exitCode = code;
  // Only after a run that worked, or that the user cancelled (Ctrl-C at a question is how many
  // runs end): a mistyped command name gets no cache file of its own.
  const kind = bundled.exports.askedQuestions() ? `${command}.asked` : command;
  const fresh = cachedData === undefined || script.cachedDataRejected || (kind !== command && cachedKind === command);
  if ((code === 0 || code === 130) && fresh) {
    const data = script.createCachedData();
    try {
      // As readable as the bundle itself: it holds nothing but trust's own code, compiled.
      writeCache(dirname(bundle), kind, data, 0o644);
    } catch {
      try {
        if (!ownFolder) return;
        // Parents as usual (~/.cache is shared by many programs); trust's own folder private.
        mkdirSync(cacheHome, { recursive: true });
        mkdirSync(ownFolder, { recursive: true, mode: 0o700 });
        writeCache(ownFolder, kind, data, 0o600);
      } catch {
        // Nowhere to keep it: trust just goes without.
      }
    }
  }
});
