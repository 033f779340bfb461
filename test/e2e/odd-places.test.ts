/**
 * Output and journal paths in odd places: a full device on stdout, an empty --db, a folder of
 * the user's where SQLite's side file would go.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDb, tempDir, trust } from '../helpers/cli.js';

describe('stdout that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('is one sentence and exit 1, not a stack trace (trust export > /dev/full)', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db });
    for (const args of [['export'], ['list', '--json'], ['export', '--format', 'csv']]) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: tempDir(), TRUST_DB: db, TZ: 'UTC' }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('trust: Could not write the output: there is no space left on the device.');
      expect(r.stderr).not.toMatch(/Node\.js v|at .*\.c?js:\d+/);
    }
  });
});

describe('--db', () => {
  it('given an empty path is a usage error, never the default journal', () => {
    const home = tempDir();
    const r = trust(['--db', '', 'log', 'x', '--to', 'y'], { db: '', env: { HOME: home, TRUST_DB: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--db was given an empty path');
    expect(existsSync(join(home, '.local', 'share', 'trust'))).toBe(false);
  });
});

describe('a folder of the user\'s where the -shm file would be', () => {
  it('is refused by name, and its mode is left as it was', () => {
    const dir = tempDir();
    const db = join(dir, 'g.db');
    mkdirSync(`${db}-shm`, { mode: 0o755 });
    writeFileSync(join(`${db}-shm`, 'keep'), 'mine');
    const r = trust(['log', 'y', '--to', 'B'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a folder');
    expect(statSync(`${db}-shm`).mode & 0o777).toBe(0o755);
  });
});

describe('making a journal private', () => {
  it('changes the modes of the journal and its side files only when they are files', async () => {
    const { makePrivate } = await import('../../src/store/leftovers.js');
    const dir = tempDir();
    const db = join(dir, 'trust.db');
    writeFileSync(db, '', { mode: 0o644 });
    mkdirSync(`${db}-shm`, { mode: 0o755 });
    const notices: string[] = [];
    makePrivate(db, (m) => notices.push(m), false);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(`${db}-shm`).mode & 0o777).toBe(0o755);
    expect(notices).toHaveLength(1);
  });
});
