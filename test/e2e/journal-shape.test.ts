/**
 * A journal whose tables or columns were taken away (by hand, or by another program), and a
 * database of another program: doctor and backup say what the file is, and nothing contradicts it.
 */
import { chmodSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { columnsAt } from '../../src/store/recognise.js';
import { LATEST_VERSION, expectedTables } from '../../src/store/schema.js';
import { tempDb, tempDir, trust } from '../helpers/cli.js';

const FIXTURE = new URL('../fixtures/journal-v1.db', import.meta.url).pathname;

/** A whole version-5 journal, then one change made to it behind trust's back. */
function damaged(sql: string): string {
  const db = tempDb();
  expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db }).code).toBe(0);
  const raw = new Database(db);
  raw.exec(sql);
  raw.close();
  return db;
}

describe('a journal missing a table or a column trust reads', () => {
  it("trust's list of columns is exactly what a new journal has (so a new column cannot be forgotten)", () => {
    const raw = new Database(damaged('SELECT 1'), { readonly: true });
    const columnsOf = raw.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck();
    const tables = raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual([...expectedTables(LATEST_VERSION)].sort());
    for (const table of tables as string[]) expect([...columnsAt(table, LATEST_VERSION)].sort(), table).toEqual((columnsOf.all(table) as string[]).sort());
    raw.close();
  });

  it.each([
    ['a table', 'DROP TABLE review_answers', 'the table review_answers is missing'],
    ['a column', 'ALTER TABLE promises DROP COLUMN note', 'the column promises.note is missing'],
  ])('%s: doctor says it is damaged and what to do, exit 1', (_what, sql, missing) => {
    const db = damaged(sql);
    const r = trust(['doctor'], { db });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('All good');
    expect(r.stdout).toContain(`The journal is damaged: ${missing}, so trust cannot use it. Restore your latest backup with \`trust restore FILE\``);
    expect(r.stdout).not.toContain('SQLite could not read');
    const j = JSON.parse(trust(['doctor', '--json'], { db }).stdout);
    expect(j).toMatchObject({ ok: false, missing: [missing.replace(/ is missing$/, '')] });
  });

  it.each([
    ['DROP TABLE review_answers', ['export'], 'the table review_answers is missing'],
    ['ALTER TABLE promises DROP COLUMN note', ['log', 'Call back', '--to', 'Bob'], 'the column promises.note is missing'],
  ])('%s: a command that meets it says the journal is damaged and points at doctor', (sql, args, missing) => {
    const db = damaged(sql);
    const r = trust(args, { db });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('Something went wrong');
    expect(r.stderr).toContain(`The journal at ${db} is damaged: ${missing}.`);
    expect(r.stderr).toContain('trust doctor');
  });

  it('backup keeps the copy but says the journal is damaged; restore refuses that copy', () => {
    const db = damaged('DROP TABLE review_answers');
    const dest = join(tempDir(), 'b.db');
    const r = trust(['backup', dest], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The backup was written to ${dest}, but the journal it copies is damaged (the table review_answers is missing).`);
    expect(r.stderr).toContain('trust doctor');
    expect(existsSync(dest)).toBe(true);
    const other = tempDb();
    trust(['log', 'Keep me', '--to', 'Carol'], { db: other });
    const restored = trust(['restore', dest, '--yes'], { db: other });
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain(`${dest} is damaged (the table review_answers is missing); the journal was left as it was.`);
  });

  it('a whole journal of this version and one of version 1 are all good', () => {
    const db = damaged('SELECT 1');
    expect(trust(['doctor'], { db }).stdout).toContain('All good.');
    const old = tempDb();
    copyFileSync(FIXTURE, old);
    chmodSync(old, 0o600);
    const r = trust(['doctor'], { db: old });
    expect(r.stdout).toContain('All good.');
    expect(r.code).toBe(0);
  });
});

describe("doctor on another program's database", () => {
  /** Tables of the same names as a version-1 journal's, with other columns: not trust's. */
  const lookalike = () => {
    const path = tempDb();
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.exec(`CREATE TABLE people (id INTEGER PRIMARY KEY, full_name TEXT);
      CREATE TABLE conversations (id INTEGER PRIMARY KEY); CREATE TABLE promises (id INTEGER PRIMARY KEY, what TEXT);
      CREATE TABLE promise_events (id INTEGER PRIMARY KEY)`);
    raw.pragma('user_version = 1');
    return { path, raw };
  };
  const photos = () => {
    const path = tempDb();
    const raw = new Database(path);
    raw.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('beach')");
    raw.close();
    return path;
  };

  it.each([['a photo library', false], ['tables named like an old journal, open and shared', true]])('%s: one sentence, no journal advice', (_what, look) => {
    let db: string;
    let raw: Database.Database | undefined;
    if (look) {
      ({ path: db, raw } = lookalike());
      raw.exec('INSERT INTO people (full_name) VALUES (\'x\')'); // the -wal file has content while it is open
      chmodSync(db, 0o644);
      chmodSync(`${db}-wal`, 0o644);
    } else db = photos();
    try {
      const r = trust(['doctor'], { db });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`${db} is not a trust journal (it is a SQLite database of some other program). Check --db and TRUST_DB; trust will not touch it.`);
      for (const advice of ['chmod', 'restore', 'Schema version', 'Contents', 'SQLite could not read', 'Integrity', 'Foreign keys', 'Permissions']) expect(r.stdout).not.toContain(advice);
      expect(r.stdout.match(/✗/g)).toHaveLength(1);
    } finally {
      raw?.close();
    }
  });
});
