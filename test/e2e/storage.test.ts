import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../src/store/open.js';
import { newUuid } from '../../src/store/sqlite.js';
import { APPLICATION_ID, LATEST_VERSION } from '../../src/store/schema.js';
import { tempDb, tempDir, trust } from '../helpers/cli.js';

describe('where the journal lives', () => {
  it('defaults to $XDG_DATA_HOME/trust/trust.db with a private folder and file', () => {
    const home = tempDir();
    const dataHome = join(home, 'data');
    const r = trust(['log', 'Send the deck', '--to', 'Alice'], { db: '', env: { TRUST_DB: '', XDG_DATA_HOME: dataHome } });
    expect(r.code).toBe(0);
    const file = join(dataHome, 'trust', 'trust.db');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataHome, 'trust')).mode & 0o777).toBe(0o700);
  });

  it('takes --db over TRUST_DB', () => {
    const flagged = tempDb();
    const env = tempDb();
    expect(trust(['--db', flagged, 'log', 'x', '--to', 'A'], { db: env }).code).toBe(0);
    expect(trust(['log', 'y', '--to', 'A', '--db', flagged], { db: env }).code).toBe(0);
    expect(existsSync(flagged)).toBe(true);
    expect(existsSync(env)).toBe(false);
  });

  it.each([['list'], ['people'], ['show', '1'], ['person', 'Alice'], ['kept', '1']])(
    'trust %s on a missing journal says where it looked, and creates nothing',
    (...args) => {
      const db = join(tempDir(), 'typo', 'trust.db');
      const r = trust(args, { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`There is no journal at ${db} yet.`);
      expect(r.stderr).toContain('trust log');
      expect(existsSync(db)).toBe(false);
    },
  );
});

describe('files that are not a journal are refused and left untouched', () => {
  const cases: Array<[string, (path: string) => void, RegExp]> = [
    ['a text file', (p) => writeFileSync(p, 'my shopping list\n'), /not a trust journal \(it is not a SQLite database\)/],
    [
      'a SQLite database of another program',
      (p) => {
        const db = new Database(p);
        db.exec('CREATE TABLE photos (id INTEGER)');
        db.close();
      },
      /SQLite database of some other program/,
    ],
    [
      'a journal from a newer trust',
      (p) => {
        const db = new Database(p);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma('user_version = 999');
        db.close();
      },
      /newer version of trust \(journal version 999.*\n.*Update trust/,
    ],
    ['a folder', (p) => mkdirSync(p), /it is a folder/],
  ];
  it.each(cases)('%s', (_what, make, message) => {
    const db = tempDb();
    make(db);
    const before = statSync(db).isDirectory() ? null : readFileSync(db);
    for (const args of [['list'], ['log', 'x', '--to', 'A']]) {
      const r = trust(args, { db });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    if (before) expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('the schema', () => {
  it('is versioned with user_version and gives every promise a UUID and a history', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db });
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const row = raw.prepare('SELECT uuid FROM promises').get() as { uuid: string };
    expect(row.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(raw.prepare('SELECT kind FROM promise_events').all()).toEqual([{ kind: 'created' }]);
    raw.close();
  });
});

describe('every connection', () => {
  it('runs in WAL mode with full sync and foreign keys, on a new journal and on one that exists', () => {
    const path = tempDb();
    for (const create of [true, false]) {
      const db = openJournal(path, { create });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
      db.close();
    }
  });
});

describe('the command line itself', () => {
  it('prints the version', () => {
    const r = trust(['--version'], { db: tempDb() });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });

  it.each([['log'], ['kept'], ['broken'], ['release'], ['renegotiate'], ['list'], ['people'], ['people', 'rename'], ['people', 'set'], ['show'], ['person'], ['edit'], ['delete'], []])(
    'trust %s --help has examples',
    (...args) => {
      const r = trust([...args, '--help'], { db: tempDb() });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n\s+\$ trust/);
    },
  );

  it('explains eow in the help', () => {
    // Piped, the help is wrapped at 80 columns: the words may be on two lines.
    expect(trust(['--help'], { db: tempDb() }).stdout).toMatch(/eow\s+\(the\s+end\s+of\s+this\s+Sunday\)/);
  });

  it.each([[['lsit'], /"lsit" is not a trust command/], [['list', '--bogus'], /`trust list` has no option --bogus/], [['show'], /`trust show` needs <id>/]])(
    'bad usage %j exits 2',
    (args, message) => {
      const r = trust(args, { db: tempDb() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    },
  );

  it('a bad TRUST_NOW is a usage error', () => {
    expect(trust(['list'], { db: tempDb(), now: 'yesterday-ish' })).toMatchObject({ code: 2, stderr: expect.stringContaining('TRUST_NOW') });
  });

  it('writes no colour codes when not at a terminal', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db });
    expect(trust(['list'], { db }).stdout).not.toContain('\u001b[');
  });
});

describe('new UUIDs', () => {
  it('are version 4, of the RFC 4122 variant, and all different', () => {
    const db = openJournal(tempDb(), { create: true });
    const ids = Array.from({ length: 5000 }, () => newUuid(db));
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    // Every hex digit outside the fixed version and variant bits is used.
    expect(new Set(ids.join('').replace(/-/g, '')).size).toBe(16);
    db.close();
  });
});

describe('restoring a backup written by a newer trust', () => {
  it('says to update trust, in one whole sentence, and leaves the journal as it was', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db });
    const backup = join(tempDir(), 'from-the-future.db');
    const raw = new Database(backup);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('user_version = 99');
    raw.close();
    const before = readFileSync(db);
    const r = trust(['restore', backup, '--yes'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('was written by a newer version of trust; update trust to restore it.');
    expect(r.stderr).not.toContain('untouched.,');
    expect(readFileSync(db)).toEqual(before);
  });
});
