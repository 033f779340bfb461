import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../src/store/schema.js';
import { tempDir, trust, trustAsync, trustJson } from '../helpers/cli.js';
import { backToVersion6, backToVersion7 } from '../helpers/older-journal.js';

/** A journal written by trust's first schema version (the code that shipped with it). */
const FIXTURE = new URL('../fixtures/journal-v1.db', import.meta.url).pathname;

function oldJournal(): string {
  const db = join(tempDir(), 'trust.db');
  copyFileSync(FIXTURE, db);
  return db;
}

const version = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true });
  } finally {
    db.close();
  }
};

const schemaOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
  } finally {
    db.close();
  }
};

describe('upgrading a journal from the first version', () => {
  it('keeps a private copy first, then migrates, keeping every promise and its history', () => {
    const db = oldJournal();
    const r = trust(['list', '--status', 'all', '--json'], { db });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`the copy from before is at ${db}.pre-v${LATEST_VERSION}`);
    expect(version(db)).toBe(LATEST_VERSION);
    const copy = `${db}.pre-v${LATEST_VERSION}`;
    expect(version(copy)).toBe(1);
    expect(statSync(copy).mode & 0o777).toBe(0o600);

    const promises = JSON.parse(r.stdout).promises;
    expect(promises.map((p: any) => [p.id, p.text, p.person, p.status])).toEqual([
      [6, 'Run 5k', 'Me', 'open'],
      [4, 'Typo promise fixed', 'Alice', 'open'],
      [2, '電話する', '田中さん', 'released'],
      [3, 'Fix the bike 🚲', 'Bob', 'broken'],
      [1, 'Send the deck', 'Alice', 'kept'],
    ]);
    const shown = trustJson(['show', '2'], { db });
    expect(shown.history.map((e: any) => e.kind)).toEqual(['created', 'renegotiated', 'released']);
    expect(trustJson(['show', '5'], { db }).deletedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The new tables work on the old data.
    expect(trustJson(['review', '--week', '2026-11-04'], { db }).counts.keptOnTime).toBe(1);
    expect(trust(['repair', '--list'], { db }).code).toBe(0);
  });

  it('upgrades once and quietly after that', () => {
    const db = oldJournal();
    trust(['list'], { db });
    const again = trust(['list'], { db });
    expect(again.stderr).toBe('');
  });

  it('migrates exactly once when several processes start together', async () => {
    const db = oldJournal();
    const runs = await Promise.all([
      trustAsync(['list', '--json'], { db }),
      trustAsync(['log', 'One', '--to', 'Alice'], { db }),
      trustAsync(['log', 'Two', '--to', 'Bob'], { db }),
      trustAsync(['people', '--json'], { db }),
    ]);
    expect(runs.map((r) => [r.code, r.stderr.replace(/trust: Upgraded.*\n/, '').replace(/trust: The journal .* is now private \(0600\)\.\n/, '')])).toEqual([[0, ''], [0, ''], [0, ''], [0, '']]);
    expect(version(db)).toBe(LATEST_VERSION);
    expect(trustJson(['list', '--status', 'all'], { db }).total).toBe(7);
  });

  it('leaves the schema and version as they were when a migration fails, and says where the copy is', () => {
    const db = oldJournal();
    // Something in the file that the next migration cannot get past.
    const raw = new Database(db);
    raw.exec('CREATE TABLE repairs (note TEXT)');
    raw.close();
    const before = schemaOf(db);
    const r = trust(['list'], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Upgrading the journal at .* failed .*it was left as it was/);
    expect(r.stderr).toContain(`A copy from before the upgrade is at ${db}.pre-v${LATEST_VERSION}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(version(db)).toBe(1);
    expect(schemaOf(db)).toEqual(before);
  });
});

/** A repair of promise 1 (Alice's), written as an older trust wrote it, with check-ins on those days. */
function repairOfPromise1(raw: Database.Database, checkins: string[]): void {
  raw.exec(`INSERT INTO repairs (id, uuid, person_id, promise_id, cause, checklist_version, started_at, updated_at)
    VALUES (1, '00000000-0000-4000-8000-000000000001', 1, 1, 'mistake', 1, '2026-11-21T10:00:00.000Z', '2026-11-21T10:00:00.000Z');`);
  const add = raw.prepare('INSERT INTO repair_checkins (repair_id, date) VALUES (1, ?)');
  for (const date of checkins) add.run(date);
}

describe('upgrading a journal of version 5', () => {
  /** A journal as version 5 left it: the same tables, without the index of check-ins by repair. */
  function version5Journal(): string {
    const db = join(tempDir(), 'trust.db');
    expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', '2026-11-20'], { db, now: '2026-11-16T10:00' }).code).toBe(0);
    expect(trust(['broken', '1'], { db, now: '2026-11-21T10:00' }).code).toBe(0);
    const raw = new Database(db);
    backToVersion6(raw);
    repairOfPromise1(raw, ['2026-11-25', '2026-11-23']);
    raw.exec(`
      DROP INDEX repair_checkins_repair;
      PRAGMA user_version = 5;
    `);
    raw.close();
    return db;
  }

  it('adds the index of check-ins by repair, keeps every row, and keeps a copy of version 5', () => {
    const db = version5Journal();
    const rows = (path: string) => {
      const raw = new Database(path, { readonly: true });
      try {
        return ['people', 'promises', 'promise_events', 'repairs', 'repair_checkins', 'journal_stats'].map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
      } finally {
        raw.close();
      }
    };
    const before = rows(db);
    const r = trust(['repair', '--list', '--json'], { db, now: '2026-11-22T10:00' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`the copy from before is at ${db}.pre-v${LATEST_VERSION}`);
    expect(version(db)).toBe(LATEST_VERSION);
    expect(version(`${db}.pre-v${LATEST_VERSION}`)).toBe(5);
    // Every row as it was; later versions add columns beside them.
    expect(rows(db)).toMatchObject(before);
    expect(schemaOf(db).map((o: any) => o.name)).toContain('repair_checkins_repair');
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain('2026-11-23');
  });
});

describe('upgrading a journal of version 6', () => {
  /** A journal as version 6 left it: a broken promise, a repair with a check-in, and none of version 7's columns and tables. */
  function version6Journal(): string {
    const db = join(tempDir(), 'trust.db');
    expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', '2026-11-20', '--note', 'for the board'], { db, now: '2026-11-16T10:00' }).code).toBe(0);
    expect(trust(['log', 'Call back', '--to', 'Bob', '--due', '2026-11-30'], { db, now: '2026-11-16T10:05' }).code).toBe(0);
    expect(trust(['broken', '1'], { db, now: '2026-11-21T10:00' }).code).toBe(0);
    const raw = new Database(db);
    backToVersion6(raw);
    repairOfPromise1(raw, ['2026-11-25']);
    raw.close();
    return db;
  }

  const TABLES = ['people', 'conversations', 'promises', 'promise_events', 'repairs', 'repair_checkins', 'journal_stats', 'person_stats', 'week_stats'];
  const rows = (path: string) => {
    const raw = new Database(path, { readonly: true });
    try {
      return TABLES.map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
    } finally {
      raw.close();
    }
  };

  it('keeps a copy of version 6 aside, adds the rhythm, cue, apology and reminder parts, and keeps every row', () => {
    const db = version6Journal();
    const before = rows(db);
    const r = trust(['list', '--json'], { db, now: '2026-11-22T10:00' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`the copy from before is at ${db}.pre-v${LATEST_VERSION}`);
    expect(version(db)).toBe(LATEST_VERSION);
    expect(version(`${db}.pre-v${LATEST_VERSION}`)).toBe(6);
    expect(rows(`${db}.pre-v${LATEST_VERSION}`)).toEqual(before);
    const after = rows(db);
    expect(after).toMatchObject(before);
    // The new columns start empty: the default rhythm, no cue, an apology repair with no apology yet.
    const [people, , promises, , repairs] = after as Array<Array<Record<string, unknown>>>;
    expect(people!.map((p) => p.rhythm_days)).toEqual([null, null]);
    expect(promises!.map((p) => p.cue)).toEqual([null, null]);
    expect(repairs).toMatchObject([{ kind: 'apology', apology_at: null }]);
    const names = schemaOf(db).map((o: any) => o.name);
    expect(names).toContain('apologies');
    expect(names).toContain('reminders');
    // The upgraded journal is whole, and the new parts work through the binary.
    expect(trust(['doctor'], { db, now: '2026-11-22T10:00' }).code).toBe(0);
  });

  it('a failed upgrade to version 7 leaves the journal of version 6 as it was', () => {
    const db = version6Journal();
    // Something in the way of version 7: a table of its name already there.
    const raw = new Database(db);
    raw.exec('CREATE TABLE reminders (x)');
    raw.close();
    const before = schemaOf(db);
    const r = trust(['list'], { db, now: '2026-11-22T10:00' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`A copy from before the upgrade is at ${db}.pre-v${LATEST_VERSION}`);
    expect(version(db)).toBe(6);
    expect(schemaOf(db)).toEqual(before);
  });
});

describe('upgrading a journal of version 7', () => {
  /**
   * A journal as version 7 left it: Alice's promises kept on time, late (one with a cue), one
   * broken, one without a due date, one deleted; Bob's kept in another week. No calibration table.
   */
  function version7Journal(): string {
    const db = join(tempDir(), 'trust.db');
    const run = (args: string[], now: string) => expect(trust(args, { db, now }).code, args.join(' ')).toBe(0);
    run(['log', 'Send the deck', '--to', 'Alice', '--due', '2026-11-10'], '2026-11-02T10:00');
    run(['log', 'Call back', '--to', 'Alice', '--due', '2026-11-11', '--when', 'after lunch'], '2026-11-02T10:05');
    run(['log', 'Book a table', '--to', 'Alice', '--due', '2026-11-12'], '2026-11-02T10:10');
    run(['log', 'Bring the bike', '--to', 'Alice'], '2026-11-02T10:15');
    run(['log', 'Pay back', '--to', 'Alice', '--due', '2026-11-12'], '2026-11-02T10:20');
    run(['log', 'Write the notes', '--to', 'Bob', '--due', '2026-11-03'], '2026-11-02T10:25');
    run(['kept', '6'], '2026-11-03T09:00');
    run(['kept', '1'], '2026-11-09T09:00');
    run(['kept', '2', '5'], '2026-11-13T09:00');
    run(['broken', '3'], '2026-11-13T10:00');
    run(['kept', '4'], '2026-11-13T11:00');
    run(['delete', '5', '--yes'], '2026-11-13T12:00');
    const raw = new Database(db);
    backToVersion7(raw);
    raw.close();
    return db;
  }

  const tables = (path: string) => {
    const raw = new Database(path, { readonly: true });
    try {
      const names = raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
      return Object.fromEntries(names.map((n) => [n, raw.prepare(`SELECT * FROM ${n} ORDER BY 1`).all()]));
    } finally {
      raw.close();
    }
  };

  it('keeps a copy of version 7 aside, adds the weekly calibration figures from the promises, and keeps every row', () => {
    const db = version7Journal();
    const before = tables(db);
    expect(before).not.toHaveProperty('calibration_weeks');
    const r = trust(['stats', '--json'], { db, now: '2026-11-22T10:00' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`the copy from before is at ${db}.pre-v${LATEST_VERSION}`);
    expect(LATEST_VERSION).toBe(8);
    expect(version(db)).toBe(8);
    expect(version(`${db}.pre-v8`)).toBe(7);
    expect(tables(`${db}.pre-v8`)).toEqual(before);
    const { calibration_weeks: weeks, ...rest } = tables(db);
    expect(rest).toEqual(before);
    // Week 45: Bob's keep on time. Week 46: Alice's first, late, and her second, late with a cue
    // (the broken one, the one without a due date and the deleted one do not count).
    expect(weeks).toEqual([
      { week: '2026-W45', kept: 1, late: 0, cued: 0, cued_late: 0 },
      { week: '2026-W46', kept: 2, late: 1, cued: 1, cued_late: 1 },
    ]);
    const { calibration } = JSON.parse(r.stdout);
    expect(calibration.overall.last12Weeks).toEqual({ keeps: 3, onTime: 2, onTimeRate: 2 / 3 });
    expect(trust(['doctor'], { db, now: '2026-11-22T10:00' }).code).toBe(0);
  });
});
