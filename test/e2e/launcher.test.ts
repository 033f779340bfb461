/**
 * The launcher keeps V8's code cache for the bundle, one per command. A cache must never change
 * what runs: it is named by the bundle's size and time of writing, and a damaged one is ignored
 * and replaced. The tests run a copy of the launcher and bundle in a folder of their own, so
 * other test files, running trust at the same time, write no caches into theirs.
 */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { install, runnerDir } from '../helpers/install.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

/** A copy of trust, run with a journal of its own and no home: caches can only go beside the bundle. */
function installed() {
  const copy = install();
  const env = { TRUST_DB: join(runnerDir(), 'trust.db'), TZ: 'UTC' };
  return { ...copy, trust: (...args: string[]) => copy.run(args, env) };
}

describe('the code cache', () => {
  it('is kept per command, named after the bundle it belongs to, and a damaged one changes nothing', () => {
    const { trust, caches, dist, version } = installed();
    expect(trust('log', 'Send the deck', '--to', 'Alice').code).toBe(0);
    expect(caches()).toEqual([`cli.cjs.${version}.log.cache`]);

    const cached = trust('--help');
    expect(caches()).toEqual([`cli.cjs.${version}.log.cache`, `cli.cjs.${version}.main.cache`]);
    writeFileSync(join(dist, `cli.cjs.${version}.main.cache`), Buffer.from('not a code cache at all'));
    const damaged = trust('--help');
    expect(damaged).toEqual(cached);
    expect(readFileSync(join(dist, `cli.cjs.${version}.main.cache`)).length).toBeGreaterThan(1000); // written afresh
  });

  it('is not written for a command that does not exist, and caches of an earlier build are cleared', () => {
    const { trust, caches, dist, version } = installed();
    writeFileSync(join(dist, 'cli.cjs.1-2.list.cache'), 'from an earlier build');
    expect(trust('lsit').code).toBe(2);
    expect(caches()).toEqual(['cli.cjs.1-2.list.cache']);
    expect(trust('--version').code).toBe(0);
    expect(caches()).toEqual([`cli.cjs.${version}.main.cache`]);
  });

  it('never takes a file name from a word the user typed', () => {
    const { trust, caches, version } = installed();
    // Help succeeds whatever precedes it, so this run writes a cache.
    expect(trust('tanaka', '-h').code).toBe(0);
    expect(caches()).toEqual([`cli.cjs.${version}.main.cache`]);
  });
});

describe.skipIf(!hasTmux)('the code cache of a run that asked questions', () => {
  it('is kept apart, holding the prompts too, and read first at a terminal', async () => {
    const copy = install();
    const env = { TRUST_DB: join(runnerDir(), 'trust.db'), TZ: 'UTC' };
    expect(copy.run(['log', 'Send the deck', '--to', 'Alice'], env).code).toBe(0);
    const ask = async () => {
      const term = new Terminal(['log'], env, { bin: join(copy.dir, 'bin/trust.js') });
      try {
        await term.waitFor('Who did you talk with?');
        term.press('C-c');
        await term.waitFor('EXIT=130');
      } finally {
        term.close();
      }
    };
    await ask();
    const asked = join(copy.dist, `cli.cjs.${copy.version}.log.asked.cache`);
    expect(copy.caches()).toEqual([`cli.cjs.${copy.version}.log.asked.cache`, `cli.cjs.${copy.version}.log.cache`]);
    expect(statSync(asked).size).toBeGreaterThan(statSync(join(copy.dist, `cli.cjs.${copy.version}.log.cache`)).size);
    const written = statSync(asked).mtimeMs;
    await ask();
    expect(statSync(asked).mtimeMs).toBe(written);
  });
});

describe('the code cache of an install the user may not write to', () => {
  it.each([
    ['$XDG_CACHE_HOME/trust', (home: string) => ({ env: { XDG_CACHE_HOME: join(home, 'cache') }, folder: join(home, 'cache', 'trust') })],
    ['~/.cache/trust', (home: string) => ({ env: { HOME: home }, folder: join(home, '.cache', 'trust') })],
  ])('goes to %s, private like the journal, and is used from there', (_where, place) => {
    const copy = install();
    chmodSync(copy.dist, 0o555);
    const { env, folder } = place(runnerDir());
    const db = join(runnerDir(), 'trust.db');
    const run = (...args: string[]) => copy.run(args, { ...env, TRUST_DB: db, TZ: 'UTC' });

    const first = run('log', 'Send the deck', '--to', 'Alice');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(copy.caches()).toEqual([]);
    const cache = join(folder, `cli.cjs.${copy.version}.log.cache`);
    expect(readdirSync(folder)).toEqual([`cli.cjs.${copy.version}.log.cache`]);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(cache).mode & 0o777).toBe(0o600);

    // The next run takes the cache and leaves it as it is.
    const written = statSync(cache).mtimeMs;
    expect(run('log', 'Call back', '--to', 'Alice').code).toBe(0);
    expect(statSync(cache).mtimeMs).toBe(written);
    expect(run('list').stdout).toContain('Call back');
  });
});
