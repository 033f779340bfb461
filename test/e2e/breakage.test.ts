/**
 * Breaking things on purpose: killed writers, overlapping runs, damaged files, locks, hostile
 * arguments. After each, the journal must be whole and hold exactly what was committed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { BIN, tempDb, tempDir, trust, trustAsync, trustJson, type Run } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { asyncJournalFixture } from '../helpers/fixture.js';
import { install, runnerDir } from '../helpers/install.js';

const WRITER = new URL('../helpers/writer.mjs', import.meta.url).pathname;

function startWriter(db: string, count = 1_000_000, tag = 'w') {
  return spawn(process.execPath, [WRITER, db, String(count), tag], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function conversations(db: string): number {
  try {
    const raw = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare('SELECT count(*) AS n FROM conversations').get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0;
  }
}

async function until(check: () => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every conversation is whole: one person, three promises, one history row each. */
function checkWhole(db: string) {
  const raw = new Database(db, { readonly: true });
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    const torn = raw
      .prepare(`SELECT c.id, (SELECT count(*) FROM promises p WHERE p.conversation_id = c.id) AS n FROM conversations c WHERE n <> 3`)
      .all();
    expect(torn).toEqual([]);
    const counts = raw
      .prepare('SELECT (SELECT count(*) FROM conversations) AS c, (SELECT count(*) FROM promises) AS p, (SELECT count(*) FROM promise_events) AS e, (SELECT count(*) FROM people) AS people')
      .get() as { c: number; p: number; e: number; people: number };
    expect(counts.p).toBe(3 * counts.c);
    expect(counts.e).toBe(counts.p);
    expect(counts.people).toBe(counts.c);
    return counts.c;
  } finally {
    raw.close();
  }
}

describe('a writer killed with SIGKILL in the middle of writing', () => {
  it('leaves a whole journal: every conversation fully there or not at all', async () => {
    const db = tempDb();
    const writer = startWriter(db);
    await until(() => conversations(db) >= 40);
    writer.kill('SIGKILL');
    await new Promise((r) => writer.on('close', r));
    const saved = checkWhole(db);
    expect(saved).toBeGreaterThanOrEqual(40);
    // And trust goes on using it.
    expect(trust(['log', 'After the crash', '--to', 'Alice'], { db }).code).toBe(0);
    expect(trust(['doctor'], { db }).code).toBe(0);
  }, 60_000);
});

describe('several trust processes at once', () => {
  it('4 × 50 one-line logs: every run succeeds and every promise is there', async () => {
    const db = tempDb();
    trust(['log', 'Start', '--to', 'Alice'], { db }); // the journal exists before the rush
    const lane = async (n: number) => {
      const runs: Run[] = [];
      for (let i = 0; i < 50; i++) runs.push(await trustAsync(['log', `Lane ${n} promise ${i}`, '--to', `Person ${n}`, '--due', 'fri'], { db }));
      return runs;
    };
    const runs = (await Promise.all([1, 2, 3, 4].map(lane))).flat();
    expect(runs).toHaveLength(200);
    expect(runs.filter((r) => r.code !== 0).map((r) => `${r.code}: ${r.stderr}`)).toEqual([]);
    const all = trustJson(['list', '--limit', '1000'], { db });
    expect(all.total).toBe(201);
    for (const n of [1, 2, 3, 4]) expect(all.promises.filter((p: any) => p.person === `Person ${n}`)).toHaveLength(50);
  }, 240_000);

  it('an export taken while another process writes is complete and consistent', async () => {
    const db = tempDb();
    const writer = startWriter(db, 400);
    await until(() => conversations(db) >= 5);
    const exports = [];
    for (let i = 0; i < 5; i++) {
      const r = await trustAsync(['export'], { db });
      expect(r.code).toBe(0);
      exports.push(JSON.parse(r.stdout));
    }
    writer.kill('SIGKILL');
    await new Promise((r) => writer.on('close', r));
    for (const e of exports) {
      expect(e.conversations.length).toBeGreaterThan(0);
      expect(e.promises).toHaveLength(3 * e.conversations.length);
      expect(e.people).toHaveLength(e.conversations.length);
      const byConversation = new Map<string, number>();
      for (const p of e.promises) byConversation.set(p.conversation, (byConversation.get(p.conversation) ?? 0) + 1);
      expect([...byConversation.values()].every((n) => n === 3)).toBe(true);
    }
  }, 60_000);

  it('says another trust process holds the journal when the lock outlasts the timeout, and writes nothing', () => {
    const db = tempDb();
    trust(['log', 'Before', '--to', 'Alice'], { db });
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const r = trust(['log', 'Blocked', '--to', 'Alice'], { db, env: { TRUST_BUSY_TIMEOUT_MS: '200' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Another trust process is using the journal; nothing was written.');
      // Readers are not blocked by a writer.
      expect(trust(['list'], { db }).code).toBe(0);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(trustJson(['list'], { db }).promises.map((p: any) => p.text)).toEqual(['Before']);
  });
});

describe('damaged and unexpected files', () => {
  /** Thirty conversations with long promises: a file of many pages. Logged in-process, once. */
  const journalWithData = asyncJournalFixture(async (db) => {
    const ctx = testContext(db, [], undefined, false);
    for (let i = 0; i < 30; i++) await log({ text: `Promise number ${i} ${'x'.repeat(200)}`, to: `Person ${i}` }, ctx);
    ctx.close();
  });

  it.each([
    ['truncated', (p: string) => truncateSync(p, 4096 * 2)],
    ['overwritten in the middle', (p: string) => {
      const bytes = readFileSync(p);
      for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
      writeFileSync(p, bytes);
    }],
  ])('a %s journal gets a clear error naming the file and suggesting trust doctor, and is not changed', async (_what, damage) => {
    const db = await journalWithData();
    expect(statSync(db).size).toBeGreaterThan(4096 * 4); // pages beyond the damage
    damage(db);
    const before = readFileSync(db);
    for (const args of [['list', '--status', 'all'], ['log', 'x', '--to', 'Person 1'], ['people']]) {
      const r = trust(args, { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(db);
      expect(r.stderr).toContain('trust doctor');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(trust(['doctor'], { db }).code).toBe(1);
  });

  it('an empty file is a journal not yet written: reading leaves it empty, logging starts it', () => {
    const db = join(tempDir(), 'trust.db');
    writeFileSync(db, '');
    expect(trust(['list'], { db })).toMatchObject({ code: 1, stderr: expect.stringContaining('no journal') });
    expect(statSync(db).size).toBe(0);
    expect(trust(['log', 'First', '--to', 'Alice'], { db }).code).toBe(0);
  });

  it('a read-only folder: clear errors, exit 1, nothing changed', () => {
    // Run as nobody when the tests run as root, who ignores permissions (see helpers/install.ts).
    const dir = runnerDir();
    const db = join(dir, 'trust.db');
    const copy = install();
    const run = (...args: string[]) => copy.run(args, { HOME: dir, TRUST_DB: db, TZ: 'Europe/Berlin' });
    expect(run('log', 'Before', '--to', 'Alice').code).toBe(0);
    const before = readFileSync(db);
    chmodSync(dir, 0o555);
    const write = run('log', 'Blocked', '--to', 'Alice');
    expect(write.code).toBe(1);
    expect(write.stderr).toContain(`trust cannot use the journal at ${db}: it or its folder is read-only; nothing was written.`);
    expect(write.stderr).not.toMatch(/\n\s+at /);
    const fresh = run('--db', join(dir, 'sub', 'new.db'), 'log', 'x', '--to', 'A');
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toMatch(/trust may not read or write .*new\.db/);
    expect(run('list').code).toBe(0); // reading still works: see journal-file.test.ts
    chmodSync(dir, 0o755);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('file modes under umask 022', () => {
  it('the folder is 0700 and the journal, its -wal and -shm, exports and backups are 0600', async () => {
    const home = tempDir();
    const db = join(home, 'data', 'trust', 'trust.db');
    const sh = (cmd: string) => spawnSync('sh', ['-c', `umask 022; ${cmd}`], { encoding: 'utf8', env: { PATH: process.env.PATH, TRUST_DB: db, TZ: 'UTC' } });
    expect(sh(`"${process.execPath}" "${BIN}" log "First" --to Alice`).status).toBe(0);
    expect(statSync(join(home, 'data', 'trust')).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'data')).mode & 0o777).toBe(0o755); // a shared parent keeps the usual mode
    expect(statSync(db).mode & 0o777).toBe(0o600);
    // Keep a connection open so the -wal and -shm files stay, then write through trust.
    const holder = new Database(db);
    holder.prepare('SELECT count(*) FROM promises').get();
    expect(sh(`"${process.execPath}" "${BIN}" log "Second" --to Alice`).status).toBe(0);
    for (const suffix of ['-wal', '-shm']) expect(statSync(db + suffix).mode & 0o777).toBe(0o600);
    holder.close();
    const out = join(home, 'export.json');
    const backup = join(home, 'backup.db');
    expect(sh(`"${process.execPath}" "${BIN}" export --out "${out}" && "${process.execPath}" "${BIN}" backup "${backup}"`).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
  });
});
