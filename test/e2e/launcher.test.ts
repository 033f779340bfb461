/**
 * The launcher keeps V8's code cache for the bundle, one per command. A cache must never change
 * what runs: it is named by the bundle's size and time of writing, and a damaged one is ignored
 * and replaced. The tests run a copy of the launcher and bundle in a folder of their own, so
 * other test files, running trust at the same time, write no caches into theirs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDb, tempDir } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '../..');

/** A copy of the installed launcher and bundle: the same files in the same layout. */
function install() {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  for (const f of ['bin/trust.js', 'bin/package.json', 'dist/cli.cjs']) copyFileSync(join(root, f), join(dir, f));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const dist = join(dir, 'dist');
  const { size, mtimeMs } = statSync(join(dist, 'cli.cjs'));
  return {
    dist,
    version: `${size}-${Math.round(mtimeMs)}`,
    caches: () => readdirSync(dist).filter((f) => f.endsWith('.cache')).sort(),
    trust: (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(dir, 'bin/trust.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, TRUST_DB: tempDb(), TZ: 'UTC' } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}

describe('the code cache', () => {
  it('is kept per command, named after the bundle it belongs to, and a damaged one changes nothing', () => {
    const { trust, caches, dist, version } = install();
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
    const { trust, caches, dist, version } = install();
    writeFileSync(join(dist, 'cli.cjs.1-2.list.cache'), 'from an earlier build');
    expect(trust('lsit').code).toBe(2);
    expect(caches()).toEqual(['cli.cjs.1-2.list.cache']);
    expect(trust('--version').code).toBe(0);
    expect(caches()).toEqual([`cli.cjs.${version}.main.cache`]);
  });
});
