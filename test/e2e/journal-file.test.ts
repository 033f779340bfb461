/**
 * The journal file itself: what trust takes for a journal, what it refuses untouched, reading
 * where it cannot write, restores, leftovers of killed runs, modes, and damaged indexes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, LATEST_VERSION } from '../../src/store/schema.js';
import { BIN, tempDb, tempDir, trust, trustJson } from '../helpers/cli.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const FIXTURE = new URL('../fixtures/journal-v1.db', import.meta.url).pathname;

/** A SQLite file of some other program that happens to use user_version like trust. */
function foreignFile(version: number, { wal = false } = {}): string {
  const path = tempDb();
  const db = new Database(path);
  if (wal) db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES (\'beach\')');
  db.pragma(`user_version = ${version}`);
  db.close();
  return path;
}

describe('a SQLite file of another program is refused untouched, whatever its user_version', () => {
  it.each([[1], [3], [4], [5], [4, 'wal']])('user_version %i %s', (version, mode) => {
    const db = foreignFile(version, { wal: mode === 'wal' });
    const before = sha256(db);
    for (const args of [['list'], ['log', 'x', '--to', 'A'], ['backup', join(tempDir(), 'b.db')], ['export']]) {
      const r = trust(args, { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${db} is not a trust journal (it is a SQLite database of some other program); it was left untouched.`);
      expect(r.stderr).not.toContain('Something went wrong');
    }
    expect(sha256(db)).toBe(before);
    expect(readdirSync(dirname(db))).toEqual(['trust.db']);
  });

  it('a file with another program\'s application_id is refused too', () => {
    const db = foreignFile(0);
    const raw = new Database(db);
    raw.pragma('application_id = 1234');
    raw.close();
    expect(trust(['list'], { db }).stderr).toContain('SQLite database of some other program');
  });

  it('a journal of an older trust (known by its tables) is still upgraded, and gets the mark', () => {
    const db = tempDb();
    copyFileSync(FIXTURE, db);
    expect(trust(['list'], { db }).code).toBe(0);
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    raw.close();
  });
});

describe('a path that is not a regular file', () => {
  it.each([['a named pipe', (p: string) => spawnSync('mkfifo', [p])], ['a folder', (p: string) => mkdirSync(p)]])('%s is refused at once', (what, make) => {
    const db = tempDb();
    make(db);
    for (const args of [['list'], ['log', 'x', '--to', 'A'], ['doctor'], ['backup', join(tempDir(), 'b.db')]]) {
      const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 10_000, env: { PATH: process.env.PATH, TRUST_DB: db, TZ: 'UTC' } });
      expect(r.signal, `${what}: trust ${args[0]} hung`).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/is not a trust journal \(it is a (named pipe, not a file|folder)\)/);
    }
  });
});

describe('restore', () => {
  it('refuses a SQLite file that is not a trust journal, and leaves the journal as it was', () => {
    const db = tempDb();
    trust(['log', 'Keep me', '--to', 'Alice'], { db });
    const before = sha256(db);
    for (const version of [1, 4, 5]) {
      const other = foreignFile(version);
      const r = trust(['restore', other, '--yes'], { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is not a trust journal');
      expect(r.stderr).toContain('the journal was left as it was');
    }
    expect(sha256(db)).toBe(before);
    expect(trustJson(['list'], { db }).promises.map((p: any) => p.text)).toEqual(['Keep me']);
  });

  it('refuses a backup with rows pointing nowhere', () => {
    const db = tempDb();
    trust(['log', 'Keep me', '--to', 'Alice'], { db });
    const backup = join(tempDir(), 'b.db');
    trust(['backup', backup], { db });
    const raw = new Database(backup);
    raw.pragma('foreign_keys = OFF');
    raw.exec('DELETE FROM people');
    raw.close();
    const r = trust(['restore', backup, '--yes'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rows that point at rows it does not hold; the journal was left as it was/);
  });

  it('takes a backup of an older trust, which the next run upgrades', () => {
    const db = tempDb();
    trust(['log', 'Replaced', '--to', 'Alice'], { db });
    const old = join(tempDir(), 'old.db');
    copyFileSync(FIXTURE, old);
    const r = trust(['restore', old, '--yes'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(trustJson(['list', '--status', 'all'], { db }).total).toBe(5);
    expect(readdirSync(dirname(old))).toEqual(['old.db']); // nothing left beside the backup
  });

  it('on a new computer, makes the journal\'s folder (0700) and restores', () => {
    const db = tempDb();
    trust(['log', 'From the old laptop', '--to', 'Alice'], { db });
    const backup = join(tempDir(), 'b.db');
    expect(trust(['backup', backup], { db }).code).toBe(0);
    const home = tempDir();
    const fresh = join(home, 'data', 'trust', 'trust.db');
    const r = trust(['restore', backup, '--yes'], { db: '', env: { TRUST_DB: '', XDG_DATA_HOME: join(home, 'data') } });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(dirname(fresh)).mode & 0o777).toBe(0o700);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    expect(trustJson(['list'], { db: fresh }).promises.map((p: any) => p.text)).toEqual(['From the old laptop']);
  });
});

describe('copies left by a killed upgrade or restore', () => {
  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(child.stdout);
  }

  it('are reported by doctor, left by a command that only reads, and removed by the next write; a copy in progress is kept', () => {
    const db = tempDb();
    trust(['log', 'x', '--to', 'A'], { db });
    const dir = dirname(db);
    const stale = join(dir, `trust.db.pre-v${LATEST_VERSION}.tmp-${deadPid()}-${Date.now()}`);
    const old = join(dir, `trust.db.tmp-${process.pid}-${Date.now() - 2 * 3600_000}`);
    const live = join(dir, `trust.db.tmp-${process.pid}-${Date.now()}`);
    const someoneElses = join(dir, `notes.db.tmp-${deadPid()}-${Date.now()}`);
    for (const f of [stale, old, live, someoneElses]) writeFileSync(f, 'a copy');
    const doctor = trust(['doctor'], { db });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`${stale} is a temporary copy left by an upgrade, restore or backup that was interrupted`);
    expect(doctor.stdout).toContain(old);
    expect(doctor.stdout).not.toContain(live);
    expect(existsSync(stale)).toBe(true); // doctor only looks
    // A read changes nothing in the folder (nor reads all of it, which in a big folder is slow).
    for (const args of [['list'], [], ['people'], ['export']]) expect(trust(args, { db }).code).toBe(0);
    expect([stale, old, live, someoneElses].map(existsSync)).toEqual([true, true, true, true]);
    expect(trust(['kept', '1'], { db }).code).toBe(0);
    expect([stale, old, live, someoneElses].map(existsSync)).toEqual([false, false, true, true]);
  });

  it('are removed when a read upgrades an older journal: the upgrade writes', () => {
    const dir = tempDir();
    const db = join(dir, 'trust.db');
    copyFileSync(FIXTURE, db);
    const stale = join(dir, `trust.db.tmp-${deadPid()}-${Date.now()}`);
    writeFileSync(stale, 'a copy');
    expect(trust(['list'], { db }).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('a journal others may read', () => {
  it('is made private (0600) with a notice when trust writes it, and left alone by a read', () => {
    const db = tempDb();
    trust(['log', 'x', '--to', 'A'], { db });
    chmodSync(db, 0o644);
    const read = trust(['list'], { db });
    expect(read.stderr).toBe('');
    expect(statSync(db).mode & 0o777).toBe(0o644);
    const write = trust(['log', 'y', '--to', 'A'], { db });
    expect(write.code).toBe(0);
    expect(write.stderr).toBe(`trust: The journal ${db} could be read by other users (mode 0644); it is now private (0600).\n`);
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });

  it('trust\'s own folder is made 0700 again; a folder named with --db is left as it is', () => {
    const home = tempDir();
    const own = join(home, 'data', 'trust', 'trust.db');
    const env = { TRUST_DB: '', XDG_DATA_HOME: join(home, 'data') };
    trust(['log', 'x', '--to', 'A'], { db: '', env });
    chmodSync(dirname(own), 0o755);
    chmodSync(own, 0o666);
    const r = trust(['log', 'y', '--to', 'A'], { db: '', env });
    expect(r.stderr).toContain('mode 0755); it is now private (0700)');
    expect(statSync(dirname(own)).mode & 0o777).toBe(0o700);
    expect(statSync(own).mode & 0o777).toBe(0o600);
    const mine = tempDb();
    trust(['log', 'x', '--to', 'A'], { db: mine });
    chmodSync(dirname(mine), 0o755);
    trust(['log', 'y', '--to', 'A'], { db: mine });
    expect(statSync(dirname(mine)).mode & 0o777).toBe(0o755);
  });

  it('an upgrade is a write: an older journal of mode 0644 is made private', () => {
    const db = tempDb();
    copyFileSync(FIXTURE, db);
    chmodSync(db, 0o644);
    const r = trust(['list'], { db });
    expect(r.stderr).toContain('it is now private (0600)');
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });
});

/** A journal whose index promises_status_due no longer matches its table. */
function journalWithDamagedIndex(): string {
  const db = tempDb();
  for (let i = 0; i < 5; i++) trust(['log', `Promise ${i}`, '--to', `Person ${i}`, '--due', 'fri'], { db });
  const raw = new Database(db);
  const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'promises_status_due'").get() as { rootpage: number };
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const bytes = readFileSync(db);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  let changed = 0;
  for (let at = page.indexOf('open'); at >= 0; at = page.indexOf('open', at + 1), changed++) page.write('opeX', at);
  expect(changed).toBe(5);
  writeFileSync(db, bytes);
  return db;
}

describe('a damaged index', () => {
  it('backup says the journal is damaged and points at doctor (the copy is kept)', () => {
    const db = journalWithDamagedIndex();
    const dest = join(tempDir(), 'b.db');
    const r = trust(['backup', dest], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The backup was written to ${dest}, but the journal it copies is damaged (row 1 missing from index promises_status_due`);
    expect(r.stderr).toContain('trust doctor');
    expect(existsSync(dest)).toBe(true);
  });

  it('doctor --repair keeps a backup, rebuilds the indexes and checks again', () => {
    const db = journalWithDamagedIndex();
    expect(trust(['doctor'], { db }).stdout).toContain('doctor --repair');
    const r = trust(['doctor', '--repair'], { db });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Kept a copy of the journal as it was at .*trust-backup-.*-before-repair\.db, then rebuilt every index\. The integrity check now finds no damage\./);
    const copy = readdirSync(dirname(db)).find((n) => n.endsWith('-before-repair.db'))!;
    const raw = new Database(join(dirname(db), copy), { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).not.toBe('ok');
    raw.close();
    expect(trustJson(['list'], { db }).total).toBe(5);
  });
});

describe('reading a journal trust cannot write', () => {
  const asNobody = process.getuid?.() === 0;
  /** Runs trust as an ordinary user (root ignores permissions), as breakage.test.ts does. */
  const runAs = (db: string, ...args: string[]) => {
    const env = { PATH: process.env.PATH, HOME: dirname(db), TRUST_DB: db, TZ: 'Europe/Berlin', TRUST_NOW: '2026-11-21T10:00:00' };
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 20_000, uid: asNobody ? 65534 : undefined, gid: asNobody ? 65534 : undefined });
    return { code: r.status, stdout: r.stdout as string, stderr: r.stderr as string };
  };
  const own = (...paths: string[]) => {
    if (asNobody) for (const p of paths) chownSync(p, 65534, 65534);
  };

  function journal(): string {
    const db = tempDb();
    trust(['log', 'Before', '--to', 'Alice'], { db });
    chmodSync(dirname(db), 0o755); // the test's user must reach it
    own(dirname(db), db);
    return db;
  }

  it('a read-only folder: list, export and backup work and say nothing can be changed; writing is refused', () => {
    const db = journal();
    const before = sha256(db);
    chmodSync(dirname(db), 0o555);
    const out = tempDir();
    chmodSync(out, 0o777);
    try {
      const list = runAs(db, 'list', '--json');
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout).promises.map((p: any) => p.text)).toEqual(['Before']);
      expect(list.stderr).toBe('trust: The journal can only be read here (its folder is read-only): nothing can be changed in it.\n');
      expect(runAs(db, 'export').code).toBe(0);
      const backup = runAs(db, 'backup', join(out, 'rescued.db'));
      expect(backup.code, backup.stderr).toBe(0);
      const kept = runAs(db, 'kept', '1');
      expect(kept.code).toBe(1);
      expect(kept.stderr).toContain('it or its folder is read-only; nothing was written.');
    } finally {
      chmodSync(dirname(db), 0o755);
    }
    expect(sha256(db)).toBe(before);
    expect(trustJson(['list'], { db: join(out, 'rescued.db') }).promises.map((p: any) => p.text)).toEqual(['Before']);
  });

  it('a read-only folder with changes still in the write-ahead log: they are read too', () => {
    const db = journal();
    // A connection kept open holds the log, then trust writes into it, then the folder is locked.
    const holder = new Database(db);
    holder.prepare('SELECT 1').get();
    expect(trust(['log', 'In the log', '--to', 'Alice'], { db }).code).toBe(0);
    own(`${db}-wal`, `${db}-shm`);
    chmodSync(dirname(db), 0o555);
    try {
      const list = runAs(db, 'list', '--json');
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout).total).toBe(2);
    } finally {
      chmodSync(dirname(db), 0o755);
      holder.close();
    }
  });

  it('a 0400 journal: reading leaves no -wal or -shm file behind', () => {
    const db = journal();
    chmodSync(db, 0o400);
    const list = runAs(db, 'list');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toContain('the file is read-only');
    expect(readdirSync(dirname(db))).toEqual(['trust.db']);
    expect(statSync(db).mode & 0o777).toBe(0o400); // a read never changes a mode
  });

  it('an older journal in a read-only folder is read (upgraded in memory only)', () => {
    const db = tempDb();
    copyFileSync(FIXTURE, db);
    chmodSync(dirname(db), 0o755);
    own(dirname(db), db);
    const before = sha256(db);
    chmodSync(dirname(db), 0o555);
    try {
      const list = runAs(db, 'list', '--status', 'all', '--json');
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout).total).toBe(5);
    } finally {
      chmodSync(dirname(db), 0o755);
    }
    expect(sha256(db)).toBe(before);
  });
});

