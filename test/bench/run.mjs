// npm run bench [-- --sizes 1000,10000 --runs 11] [-- --sizes 1000000 --open-repairs]
// Times whole-process runs of the real binary on journals of 1,000, 10,000 and 100,000 promises,
// each run paired with `node -e 0` so the ratio to Node's own start-up is taken in the same
// moment on a noisy machine. Every row reports two ways: the ratio in the environment as given
// (as a user's shell passes it), and trust's own milliseconds over `node -e 0` measured without
// NODE_EXTRA_CA_CERTS (which alone adds tens of milliseconds to any Node start). The interactive
// rows run in a real pseudo-terminal (test/bench/at-terminal.py, python3). Prints a table and
// writes bench-results/latest.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJournal, cachedName, GENERATOR } from './journal.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(root, 'bin/trust.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = option('sizes', '1000,10000,100000').split(',').map(Number);
const RUNS = Number(option('runs', '11'));
// The worst case: every repair left in progress (a real user closes them).
const OPEN_REPAIRS = args.includes('--open-repairs');
const NOW = new Date('2026-11-21T10:00:00Z');
const work = join(tmpdir(), `trust-bench-${process.pid}`);
mkdirSync(work, { recursive: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function timeOnce(argv, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const took = ms(start);
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return took;
}

/** Peak resident memory of one run, in MB, where GNU time is there to tell. */
function peakMb(argv, env) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
}

/** The environment without the certificate variable, for trust's own milliseconds. */
const withoutCerts = (env) => Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));

/**
 * Alternates the command with `node -e 0`, so each ratio compares two runs taken together; then
 * the same again without NODE_EXTRA_CA_CERTS (skipped when it is not set) for trust's own ms.
 * `timing(argv, env)` gives one run's ms.
 */
function pairs(argvFor, env, runs, timing) {
  const cmd = [];
  const floor = [];
  const ratios = [];
  const clean = withoutCerts(env);
  const separate = Object.keys(clean).length !== Object.keys(env).length;
  const cleanCmd = [];
  const cleanFloor = [];
  for (let i = 0; i < runs; i++) {
    const f = timing.floor(env);
    const c = timing.run(argvFor(i), env);
    floor.push(f);
    cmd.push(c);
    ratios.push(c / f);
    if (separate) {
      cleanFloor.push(timing.floor(clean));
      cleanCmd.push(timing.run(argvFor(runs + i), clean));
    }
  }
  const own = separate ? median(cleanCmd) - median(cleanFloor) : median(cmd) - median(floor);
  return {
    medianMs: Math.round(median(cmd)),
    minMs: Math.round(Math.min(...cmd)),
    maxMs: Math.round(Math.max(...cmd)),
    nodeMs: Math.round(median(floor)),
    ratio: Number(median(ratios).toFixed(2)),
    ownMs: Math.round(own),
    cleanNodeMs: Math.round(separate ? median(cleanFloor) : median(floor)),
  };
}

function measure(name, argvFor, env, { runs = RUNS, memory = false } = {}) {
  const timing = { floor: (e) => timeOnce([process.execPath, '-e', '0'], e), run: timeOnce };
  return { name, ...pairs(argvFor, env, runs, timing), peakMb: memory ? peakMb(argvFor(runs), env) : null };
}

const PYTHON = spawnSync('python3', ['-c', 'import pty']).status === 0 ? 'python3' : null;

/** One run in a real pseudo-terminal (at-terminal.py): ms until `until` is on screen, and each key's redraw. */
function atTerminal(argv, env, until, keys = []) {
  const spec = { argv, env: { ...env, TERM: 'xterm-256color' }, until, keys, columns: 120, rows: 30 };
  return JSON.parse(execFileSync(PYTHON, [join(root, 'test/bench/at-terminal.py'), JSON.stringify(spec)], { encoding: 'utf8' }));
}

/**
 * Time until a command's first question is on a real terminal, against `node -e 0` printing a
 * line on the same terminal. One run first, not counted, so that the code cache of a run that
 * asks is there, as it is for anyone who has used trust before.
 */
function firstQuestion(name, args, until, env, runs) {
  if (!PYTHON) return null;
  const argv = [process.execPath, BIN, ...args];
  atTerminal(argv, env, until);
  const floorArgv = [process.execPath, '-e', "console.log('READY')"];
  const timing = { floor: (e) => atTerminal(floorArgv, e, 'READY').ready, run: (a, e) => atTerminal(a, e, until).ready };
  return { name, ...pairs(() => argv, env, runs, timing), peakMb: null };
}

/** Each key typed into the person search, with pauses as a person types: ms from the key to its redraw. */
function keystrokes(name, env, runs) {
  if (!PYTHON) return null;
  const argv = [process.execPath, BIN, 'log'];
  // Letters that match many names, then back, then a narrower start.
  const keys = ['a', 'n', 'a', '\x7f', '\x7f', '\x7f', 'k', 'e', 'n'];
  atTerminal(argv, env, 'Who did you talk with');
  const latencies = [];
  for (let i = 0; i < runs; i++) latencies.push(...atTerminal(argv, withoutCerts(env), 'Who did you talk with', keys).keys);
  const sorted = [...latencies].sort((a, b) => a - b);
  const p90 = sorted[Math.ceil(sorted.length * 0.9) - 1];
  return { name, medianMs: Math.round(median(latencies)), p90Ms: Math.round(p90), maxMs: Math.round(sorted.at(-1)), keys: latencies.length };
}

/** Taskwarrior on the same number of items, where it is installed. */
function taskwarrior(n, env) {
  if (spawnSync('task', ['--version']).status !== 0) return [];
  const data = join(work, `task-${n}`);
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data);
  const rc = join(data, 'taskrc');
  writeFileSync(rc, 'confirmation=off\nverbose=nothing\nnews.version=2.6.2\n');
  const tenv = { ...env, TASKDATA: data, TASKRC: rc };
  const tasks = Array.from({ length: n }, (_, i) => ({ description: `Promise ${i}`, status: i % 5 === 0 ? 'pending' : 'completed', entry: '20200101T000000Z', end: i % 5 === 0 ? undefined : '20200102T000000Z', uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
  // Taskwarrior prints a line per imported task: let it, without buffering it here.
  spawnSync('task', ['import'], { env: tenv, input: JSON.stringify(tasks), stdio: ['pipe', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  const count = Number(execFileSync('task', ['count'], { env: tenv, encoding: 'utf8' }).trim());
  if (count !== n) console.error(`Taskwarrior holds ${count} tasks, not ${n}; its figures are not comparable.`);
  return [
    measure('task add (Taskwarrior)', (i) => ['task', 'add', `Bench ${i}`, 'due:tomorrow'], tenv),
    measure('task list (Taskwarrior)', () => ['task', 'list'], tenv),
  ];
}

const results = [];
for (const n of SIZES) {
  // Named after the generator's version: a journal built by an older generator is not reused.
  const cached = join(tmpdir(), cachedName(n, { openRepairs: OPEN_REPAIRS }));
  if (!existsSync(cached)) {
    const start = process.hrtime.bigint();
    buildJournal(cached, n, NOW, { openRepairs: OPEN_REPAIRS });
    console.error(`built a journal of ${n} promises in ${(ms(start) / 1000).toFixed(1)} s (kept at ${cached})`);
  }
  const db = join(work, `journal-${n}.db`);
  copyFileSync(cached, db);
  // The caller's environment, as a user's shell would pass it: Node's start-up depends on it
  // (NODE_EXTRA_CA_CERTS alone adds tens of milliseconds), and the floor is measured in the same one.
  const env = { ...process.env, HOME: work, TRUST_DB: db, TRUST_NOW: NOW.toISOString(), TZ: 'UTC', NO_COLOR: '1' };
  const trust = (...a) => [process.execPath, BIN, ...a];
  const list = JSON.parse(execFileSync(process.execPath, [BIN, 'list', '--json', '--limit', '1000'], { env, encoding: 'utf8' }));
  // Ascending, and taken in the order the runs happen (with and without the certificate variable
  // alike), so each `kept` is the latest resolution, as in real use: under the bench's fixed clock,
  // a lower id resolved after a higher one sorts before it, and the figures are recomputed whole.
  const openIds = list.promises.map((p) => p.id).sort((a, b) => a - b).map(String);
  let nextOpen = 0;
  const keepNext = () => trust('kept', openIds[nextOpen++ % openIds.length]);
  const exportFile = join(work, `export-${n}.json`);
  const rows = [
    measure('trust --version', () => trust('--version'), env),
    measure('trust (dashboard)', () => trust(), env, { memory: true }),
    // As a timer runs it every 15 minutes: after the first run, nothing new to say.
    measure('trust remind', () => trust('remind'), env, { memory: true }),
    measure('trust remind --again', () => trust('remind', '--again'), env),
    measure('trust list', () => trust('list'), env, { memory: true }),
    measure('trust list --status all --limit 50', () => trust('list', '--status', 'all', '--limit', '50'), env),
    measure('trust people', () => trust('people'), env, { memory: true }),
    measure('trust person <name>', () => trust('person', 'Person 001'), env, { memory: true }),
    measure('trust review --no-prompts', () => trust('review', '--no-prompts'), env, { memory: true }),
    measure('trust review --json', () => trust('review', '--json'), env),
    measure('trust stats', () => trust('stats'), env, { memory: true }),
    measure('trust log "…" --to … --due …', (i) => trust('log', `Bench promise ${i}`, '--to', 'Person 002', '--due', 'fri'), env, { memory: true }),
    measure('trust kept <id>', keepNext, env, { runs: Math.min(RUNS, Math.floor(openIds.length / 2)) }),
    // What one press of Tab runs (trust completion): an id after `kept`, a name after --to.
    measure('trust __complete kept <Tab>', () => trust('__complete', 'kept', ''), env),
    measure('trust __complete log --to P<Tab>', () => trust('__complete', 'log', '--to', 'P'), env),
    measure('trust export --format json', () => trust('export', '--out', exportFile, '--force'), env, { runs: Math.min(RUNS, 5), memory: true }),
  ];
  rows.push(
    measure('trust import (whole journal)', (i) => [process.execPath, BIN, '--db', join(work, `import-${n}-${i}-${Date.now()}.db`), 'import', exportFile], env, { runs: Math.min(RUNS, 3), memory: true }),
  );
  const interactiveRuns = Math.min(RUNS, 7);
  for (const [args, until] of [[['log'], 'Who did you talk with'], [['repair'], 'What would you like to repair'], [['review'], '(^|\\n)\\? \\S']]) {
    const row = firstQuestion(`first question of trust ${args[0]} (terminal)`, args, until, env, interactiveRuns);
    if (row) rows.push(row);
  }
  // The person search on a journal of as many people as promises (at most 10,000).
  const crowd = Math.min(n, 10_000);
  const crowdCached = join(tmpdir(), `trust-bench-journal-g${GENERATOR}-${crowd}-people.db`);
  if (!existsSync(crowdCached)) buildJournal(crowdCached, crowd, NOW, { people: crowd });
  const crowdDb = join(work, `people-${crowd}.db`);
  copyFileSync(crowdCached, crowdDb);
  const search = keystrokes(`person search, each key (${crowd.toLocaleString('en')} people)`, { ...env, TRUST_DB: crowdDb }, Math.min(RUNS, 5));
  rows.push(...taskwarrior(n, env));
  results.push({ promises: n, openRepairs: OPEN_REPAIRS, rows, search });

  console.log(`\n${n.toLocaleString('en')} promises${OPEN_REPAIRS ? ', every repair left open' : ''}`);
  console.log('| command | median ms | min | max | node -e 0 ms | ratio | own ms (no CA certs) | node -e 0 ms (no CA certs) | peak MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.name} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.nodeMs ?? '–'} | ${r.ratio}× | ${r.ownMs ?? '–'} | ${r.cleanNodeMs ?? '–'} | ${r.peakMb ?? '–'} |`);
  if (search) console.log(`\n${search.name}: median ${search.medianMs} ms, p90 ${search.p90Ms} ms, worst ${search.maxMs} ms (${search.keys} keys, key to settled redraw)`);
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
const report = { node: process.version, date: new Date().toISOString(), runs: RUNS, results };
writeFileSync(join(root, 'bench-results/latest.json'), JSON.stringify(report, null, 2) + '\n');
console.log('\nJSON: bench-results/latest.json');
rmSync(work, { recursive: true, force: true });
