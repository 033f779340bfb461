/**
 * The journal file under attack: names already taken by earlier copies or by the user's own
 * files, restores over files that are not journals or through links, reading that must leave
 * nothing behind, files that only look like journals, and paths trust cannot use.
 */
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDb, tempDir, trust, trustJson } from '../helpers/cli.js';
import { giveToRunner, install, runnerDir } from '../helpers/install.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const texts = (db: string) => trustJson(['list', '--status', 'all'], { db }).promises.map((p: any) => p.text);

/** A backup holding one promise of that text. */
function backupWith(text: string): string {
  const db = tempDb();
  trust(['log', text, '--to', 'Alice'], { db });
  const file = join(tempDir(), 'b.db');
  expect(trust(['backup', file], { db }).code).toBe(0);
  return file;
}

/** Copies a WAL database with changes still in its log (and no -shm), as a killed writer leaves it. */
function withChangesInLog(make: (db: Database.Database) => void, dest: string): void {
  const src = join(tempDir(), 'src.db');
  const db = new Database(src);
  db.pragma('journal_mode = WAL');
  make(db);
  copyFileSync(src, dest);
  copyFileSync(`${src}-wal`, `${dest}-wal`);
  db.close();
}

describe('restore never loses a file to the name of its kept copy', () => {
  it('two restores in the same second keep both journals; a file of the user\'s with the name is left alone', () => {
    const db = tempDb();
    trust(['log', 'ORIGINAL precious', '--to', 'A'], { db });
    const [b1, b2] = [backupWith('from backup 1'), backupWith('from backup 2')];
    const first = trustJson(['restore', b2, '-y'], { db }).previousJournal;
    const second = trustJson(['restore', b1, '-y'], { db }).previousJournal;
    expect(first).toBe(`${db}.before-restore-20261121-100000`);
    expect(second).toBe(`${db}.before-restore-20261121-100000-2`);
    expect(texts(first)).toEqual(['ORIGINAL precious']);
    expect(texts(second)).toEqual(['from backup 2']);

    const notes = `${db}.before-restore-20261121-100001`;
    writeFileSync(notes, 'my notes');
    const third = trustJson(['restore', b2, '-y'], { db, now: '2026-11-21T10:00:01' }).previousJournal;
    expect(third).toBe(`${notes}-2`);
    expect(readFileSync(notes, 'utf8')).toBe('my notes');
    expect(texts(third)).toEqual(['from backup 1']);
    expect(readdirSync(dirname(db)).filter((n) => /-(wal|shm)$/.test(n))).toEqual([]);
  });

  it('doctor --repair twice in the same second keeps two copies, and a timed backup takes the next name', () => {
    const db = tempDb();
    trust(['log', 'x', '--to', 'A'], { db });
    const names = [1, 2].map(() => {
      const r = trust(['doctor', '--repair'], { db });
      expect(r.stderr).not.toContain('Something went wrong');
      return /at (\S+), then rebuilt/.exec(r.stderr)![1];
    });
    expect(names.map((n) => n!.slice(dirname(db).length + 1))).toEqual(['trust-backup-20261121-100000-before-repair.db', 'trust-backup-20261121-100000-before-repair-2.db']);
    writeFileSync(join(dirname(db), 'trust-backup-20261121-100000.db'), 'mine');
    expect(trustJson(['backup'], { db }).path).toBe(join(dirname(db), 'trust-backup-20261121-100000-2.db'));
    expect(readFileSync(join(dirname(db), 'trust-backup-20261121-100000.db'), 'utf8')).toBe('mine');
  });
});

describe('restore replaces only a trust journal', () => {
  it('refuses a text file and another program\'s database, untouched; takes an empty file', () => {
    const backup = backupWith('From the backup');
    const notes = join(tempDir(), 'notes.txt');
    writeFileSync(notes, 'notes\n');
    const other = join(tempDir(), 'photos.db');
    const raw = new Database(other);
    raw.exec('CREATE TABLE photos (name TEXT)');
    raw.close();
    for (const file of [notes, other]) {
      const before = sha256(file);
      const r = trust(['restore', backup, '-y'], { db: file });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${file} is not a trust journal`);
      expect(r.stderr).toContain('Restore replaces only a trust journal');
      expect(sha256(file)).toBe(before);
      expect(readdirSync(dirname(file))).toHaveLength(1);
    }
    const empty = tempDb();
    writeFileSync(empty, '');
    expect(trust(['restore', backup, '-y'], { db: empty }).code).toBe(0);
    expect(texts(empty)).toEqual(['From the backup']);
  });

  it('through a symbolic link, restores the journal it points at and keeps the link', () => {
    const real = tempDb();
    trust(['log', 'Old', '--to', 'A'], { db: real });
    const link = join(tempDir(), 'trust.db');
    symlinkSync(real, link);
    const r = trustJson(['restore', backupWith('New'), '-y'], { db: link });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(texts(real)).toEqual(['New']);
    expect(r.previousJournal).toBe(`${real}.before-restore-20261121-100000`);
    expect(texts(r.previousJournal)).toEqual(['Old']);
  });
});

describe('reading leaves nothing behind', () => {
  it('a 0400 journal with changes in its log and no -shm: read, nothing left, and writing works once it is 0600', () => {
    const dir = runnerDir();
    const db = join(dir, 'trust.db');
    const made = tempDb();
    trust(['log', 'a', '--to', 'Alice'], { db: made });
    // A change still in the log, copied with it (no -shm), as a killed writer leaves it.
    const raw = new Database(made);
    raw.pragma('wal_autocheckpoint = 0');
    raw.prepare("UPDATE people SET name = 'Bee' WHERE id = 1").run();
    copyFileSync(made, db);
    copyFileSync(`${made}-wal`, `${db}-wal`);
    raw.close();
    for (const f of [db, `${db}-wal`]) giveToRunner(f);
    chmodSync(db, 0o400);
    chmodSync(dir, 0o700);
    const app = install();
    const env = { HOME: dir, TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'UTC' };
    const list = app.run(['list', '--json'], env);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).promises[0].person).toBe('Bee');
    expect(readdirSync(dir).sort()).toEqual(['trust.db', 'trust.db-wal']);
    chmodSync(db, 0o600);
    const log = app.run(['log', 'q', '--to', 'w'], env);
    expect(log.code, log.stderr).toBe(0);
  });

  it('doctor flags a -shm trust cannot write, and a write names that file', () => {
    const dir = runnerDir();
    const db = join(dir, 'trust.db');
    const app = install();
    const env = { HOME: dir, TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'UTC' };
    expect(app.run(['log', 'a', '--to', 'b'], env).code).toBe(0);
    // As SQLite leaves it (an empty one it would quietly make writable again).
    writeFileSync(`${db}-shm`, Buffer.alloc(32768));
    giveToRunner(`${db}-shm`);
    chmodSync(`${db}-shm`, 0o400);
    const doctor = app.run(['doctor'], env);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`The shared-memory file ${db}-shm cannot be written by trust (mode 0400), so trust cannot write the journal.`);
    const log = app.run(['log', 'q', '--to', 'w'], env);
    expect(log.code).toBe(1);
    expect(log.stderr).toContain(`its shared-memory file ${db}-shm cannot be written by trust`);
    expect(log.stderr).toContain('trust doctor');
  });

  it('another program\'s WAL database with changes in its log gets nothing beside it', () => {
    const db = tempDb();
    withChangesInLog((raw) => {
      raw.exec('CREATE TABLE t (a)');
      raw.pragma('user_version = 3');
      raw.pragma('wal_autocheckpoint = 0');
      raw.prepare('INSERT INTO t VALUES (1)').run();
    }, db);
    const before = sha256(db);
    for (const args of [['list'], ['log', 'x', '--to', 'y'], ['export'], ['backup', join(tempDir(), 'b.db')], ['doctor']]) {
      const r = trust(args, { db });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain('SQLite database of some other program');
      expect(readdirSync(dirname(db)).sort(), `after trust ${args[0]}`).toEqual(['trust.db', 'trust.db-wal']);
    }
    expect(sha256(db)).toBe(before);
  });
});

describe('a file that only looks like a journal is refused untouched', () => {
  const cases: Array<[string, (raw: Database.Database) => void]> = [
    ['the tables of version 1 without their columns', (raw) => raw.exec('CREATE TABLE people(a); CREATE TABLE conversations(a); CREATE TABLE promises(a); CREATE TABLE promise_events(a); PRAGMA user_version = 1')],
    ['no tables but a view', (raw) => raw.exec('CREATE VIEW v AS SELECT 1')],
    ['nothing at all, in WAL mode', (raw) => raw.pragma('journal_mode = WAL')],
  ];
  it.each(cases)('%s', (_, make) => {
    const db = tempDb();
    const raw = new Database(db);
    make(raw);
    raw.close();
    const before = sha256(db);
    for (const args of [['list'], ['log', 'x', '--to', 'A']]) {
      const r = trust(args, { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('it is a SQLite database of some other program');
    }
    expect(sha256(db)).toBe(before);
    expect(readdirSync(dirname(db))).toEqual(['trust.db']);
  });

  it('an empty file is still a new journal', () => {
    const db = tempDb();
    writeFileSync(db, '');
    expect(trust(['log', 'x', '--to', 'A'], { db }).code).toBe(0);
    expect(texts(db)).toEqual(['x']);
  });
});

describe('paths trust cannot use get one plain sentence', () => {
  it('backup: a missing folder, a link to nothing, an empty name', () => {
    const db = tempDb();
    trust(['log', 'x', '--to', 'A'], { db });
    const dir = tempDir();
    const missing = trust(['backup', join(dir, 'nodir', 'x.db')], { db });
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining(`The folder ${join(dir, 'nodir')} does not exist.`) });
    const dangling = join(dir, 'dang.db');
    symlinkSync(join(dir, 'nowhere'), dangling);
    const link = trust(['backup', dangling], { db });
    expect(link).toMatchObject({ code: 1, stderr: expect.stringContaining(`${dangling} already exists (a symbolic link to a file that does not exist)`) });
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(trust(['backup', ''], { db }).code).toBe(2);
    for (const r of [missing, link]) expect(r.stderr).not.toMatch(/ENOENT|EEXIST|tmp-/);
  });

  it('a --db path too long for the system', () => {
    const long = join(tempDir(), 'a'.repeat(5000));
    const r = trust(['list'], { db: long });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^trust: The path \/\S+…a+ is too long for this system\.\n/);
    expect(r.stderr.length).toBeLessThan(300);
  });

  it.each([
    ['its write-ahead log is a symbolic link', '-wal', (p: string) => symlinkSync(`${p}.elsewhere`, p), 'is a symbolic link'],
    ['its shared-memory file is a folder', '-shm', (p: string) => mkdirSync(p), 'is a folder'],
  ])('%s: a write says which file, and doctor says what to do', (_, suffix, make, why) => {
    const db = tempDb();
    trust(['log', 'x', '--to', 'A'], { db });
    make(db + suffix);
    const r = trust(['log', 'y', '--to', 'A'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${db}${suffix} ${why}; nothing was written.`);
    expect(r.stderr).not.toContain('read-only');
    expect(r.stderr).toContain('trust doctor');
    const doctor = trust(['doctor'], { db });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain(`${db}${suffix} ${why}, so trust cannot write the journal.`);
  });
});
