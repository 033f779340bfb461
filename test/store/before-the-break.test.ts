/**
 * The store of issue 15's data (journal version 7): a person's rhythm, a promise's cue, when an
 * apology was made, and what trust remind has already told.
 */
import { recording } from '../helpers/query-recorder.js';
import { apologyTimes } from '../../src/store/apologies.js';
import { describe, expect, it } from 'vitest';
import { openJournal, type DB } from '../../src/store/open.js';
import { tempDb } from '../helpers/cli.js';
import { writeTx } from '../../src/store/tx.js';
import { getRhythm, insertPerson, setRhythm, findPerson } from '../../src/store/people.js';
import { brokenSinceWithoutApology, editPromise, getPromise, insertPromise, promiseEvents, resolvePromise } from '../../src/store/promises.js';
import { getRepair, insertRepair, recordApologyDelivered } from '../../src/store/repairs.js';
import { apologiesFor, firstApologies, recordShortApology } from '../../src/store/apologies.js';
import { forgetRemindersBefore, markReminded, notYetReminded } from '../../src/store/reminders.js';
import { LATEST_VERSION } from '../../src/store/schema.js';

const now = new Date('2026-11-21T10:00:00Z');

function journal(): DB {
  return openJournal(tempDb(), { create: true });
}

function withPromise(db: DB, extra: { cue?: string | null } = {}) {
  return writeTx(db, () => {
    const person = insertPerson(db, 'Alice', 'work', now);
    const id = insertPromise(db, { personId: person.id, conversationId: null, text: 'Send the deck', note: null, due: { date: '2026-11-24', time: null }, ...extra }, now);
    return { person, id };
  });
}

describe('journal version 7', () => {
  it('is followed by version 8 (calibration), the latest', () => {
    expect(LATEST_VERSION).toBe(8);
  });
});

describe("a person's rhythm", () => {
  it('is null (the default four weeks) until set, and can be cleared again', () => {
    const db = journal();
    const { person } = withPromise(db);
    expect(person.rhythmDays).toBeNull();
    expect(getRhythm(db, person.id)).toBeNull();
    writeTx(db, () => setRhythm(db, person.id, 14, now));
    expect(getRhythm(db, person.id)).toBe(14);
    expect(findPerson(db, 'alice')!.rhythmDays).toBe(14);
    writeTx(db, () => setRhythm(db, person.id, null, now));
    expect(getRhythm(db, person.id)).toBeNull();
    db.close();
  });

  it('refuses a rhythm of no days at all', () => {
    const db = journal();
    const { person } = withPromise(db);
    expect(() => writeTx(db, () => setRhythm(db, person.id, 0, now))).toThrow(/CHECK/);
    db.close();
  });
});

describe("a promise's cue", () => {
  it('is stored with a new promise and changed by an edit that keeps the old one in history', () => {
    const db = journal();
    const { id } = withPromise(db, { cue: 'after the Monday stand-up' });
    expect(getPromise(db, id)!.cue).toBe('after the Monday stand-up');
    const later = new Date('2026-11-22T10:00:00Z');
    writeTx(db, () => editPromise(db, getPromise(db, id)!, { cue: 'after lunch' }, later));
    expect(getPromise(db, id)!.cue).toBe('after lunch');
    const edit = promiseEvents(db, id).at(-1)!;
    expect(edit.kind).toBe('edited');
    expect(edit.detail).toEqual({ from: { cue: 'after the Monday stand-up' }, to: { cue: 'after lunch' } });
    writeTx(db, () => editPromise(db, getPromise(db, id)!, { cue: null }, later));
    expect(getPromise(db, id)!.cue).toBeNull();
    db.close();
  });

  it('is null when none is given', () => {
    const db = journal();
    const { id } = withPromise(db);
    expect(getPromise(db, id)!.cue).toBeNull();
    db.close();
  });
});

describe('apologies', () => {
  it("a repair records when its apology was made; a repair's kind is apology unless it is a self-repair", () => {
    const db = journal();
    const { person, id } = withPromise(db);
    const repairId = writeTx(db, () => insertRepair(db, { personId: person.id, promiseId: id, cause: 'mistake', checklistVersion: 2 }, now));
    const self = writeTx(db, () => insertRepair(db, { personId: person.id, promiseId: null, cause: 'other', checklistVersion: 2, kind: 'self' }, now));
    expect(getRepair(db, repairId)).toMatchObject({ kind: 'apology', apologyAt: null });
    expect(getRepair(db, self)!.kind).toBe('self');
    const said = new Date('2026-11-21T09:30:00Z');
    expect(writeTx(db, () => recordApologyDelivered(db, repairId, said, now))).toBe(true);
    expect(getRepair(db, repairId)!.apologyAt).toEqual(said);
    expect(writeTx(db, () => recordApologyDelivered(db, 999, said, now))).toBe(false);
    db.close();
  });

  it('a short apology for a broken promise, without a repair; the same moment twice is one apology', () => {
    const db = journal();
    const { id } = withPromise(db);
    const said = new Date('2026-11-21T09:00:00Z');
    writeTx(db, () => recordShortApology(db, id, said, 'Told her on the phone', now));
    writeTx(db, () => recordShortApology(db, id, said, 'Told her on the phone, and why', now));
    expect(apologiesFor(db, id)).toEqual([{ promiseId: id, saidAt: said, note: 'Told her on the phone, and why', recordedAt: now }]);
    db.close();
  });

  it('firstApologies: the earliest of a short apology and a repair apology, per promise', () => {
    const db = journal();
    const { person, id } = withPromise(db);
    const other = writeTx(db, () => insertPromise(db, { personId: person.id, conversationId: null, text: 'Call back', note: null, due: null }, now));
    const third = writeTx(db, () => insertPromise(db, { personId: person.id, conversationId: null, text: 'Book it', note: null, due: null }, now));
    const repairId = writeTx(db, () => insertRepair(db, { personId: person.id, promiseId: id, cause: 'mistake', checklistVersion: 2 }, now));
    writeTx(db, () => {
      recordApologyDelivered(db, repairId, new Date('2026-11-20T08:00:00Z'), now);
      recordShortApology(db, id, new Date('2026-11-20T12:00:00Z'), null, now);
      recordShortApology(db, other, new Date('2026-11-21T08:00:00Z'), null, now);
    });
    const first = firstApologies(db, [id, other, third]);
    expect([...first.entries()]).toEqual([
      [id, new Date('2026-11-20T08:00:00Z')],
      [other, new Date('2026-11-21T08:00:00Z')],
    ]);
    db.close();
  });

  it('brokenSinceWithoutApology leaves out promises with an apology or a repair', () => {
    const db = journal();
    const { person, id } = withPromise(db);
    const make = (text: string) => insertPromise(db, { personId: person.id, conversationId: null, text, note: null, due: null }, now);
    const [apologised, repaired, abandoned, plain] = writeTx(db, () => ['Apologised', 'Repaired', 'Abandoned', 'Plain'].map(make));
    const broke = new Date('2026-11-21T11:00:00Z');
    writeTx(db, () => {
      for (const p of [id, apologised!, repaired!, abandoned!, plain!]) resolvePromise(db, p, 'broken', broke, false, null, broke);
      recordShortApology(db, apologised!, broke, null, broke);
      insertRepair(db, { personId: person.id, promiseId: repaired!, cause: 'mistake', checklistVersion: 2 }, broke);
      const gaveUp = insertRepair(db, { personId: person.id, promiseId: abandoned!, cause: 'mistake', checklistVersion: 2 }, broke);
      db.prepare("UPDATE repairs SET state = 'abandoned', closed_at = ? WHERE id = ?").run(broke.toISOString(), gaveUp);
    });
    const found = brokenSinceWithoutApology(db, new Date('2026-11-07T00:00:00Z'), 10);
    expect(found.total).toBe(3);
    expect(found.items.map((p) => p.text).sort()).toEqual(['Abandoned', 'Plain', 'Send the deck']);
    db.close();
  });
});

describe('reminders given', () => {
  it('says which keys are not reminded of yet, marks them once, and a new due key is new', () => {
    const db = journal();
    const due = { kind: 'due', ref: 1, dueKey: '2026-11-22 24:00' };
    const checkin = { kind: 'checkin', ref: 1, dueKey: '2026-11-22' };
    expect(notYetReminded(db, [due, checkin])).toEqual([due, checkin]);
    writeTx(db, () => markReminded(db, [due], now));
    expect(notYetReminded(db, [due, checkin])).toEqual([checkin]);
    // Marking again keeps the first time.
    writeTx(db, () => markReminded(db, [due, checkin], new Date('2026-11-21T10:15:00Z')));
    expect(db.prepare('SELECT reminded_at FROM reminders WHERE kind = ?').pluck().get('due')).toBe(now.toISOString());
    // Renegotiated: the same promise with another due key is reminded of again.
    const moved = { ...due, dueKey: '2026-11-25 24:00' };
    expect(notYetReminded(db, [due, moved, checkin])).toEqual([moved]);
    expect(notYetReminded(db, [])).toEqual([]);
    db.close();
  });

  it('forgets reminders given before a moment', () => {
    const db = journal();
    writeTx(db, () => {
      markReminded(db, [{ kind: 'due', ref: 1, dueKey: 'a' }], new Date('2026-10-01T00:00:00Z'));
      markReminded(db, [{ kind: 'due', ref: 2, dueKey: 'b' }], now);
    });
    expect(writeTx(db, () => forgetRemindersBefore(db, new Date('2026-11-01T00:00:00Z')))).toBe(1);
    expect(notYetReminded(db, [{ kind: 'due', ref: 1, dueKey: 'a' }, { kind: 'due', ref: 2, dueKey: 'b' }])).toEqual([{ kind: 'due', ref: 1, dueKey: 'a' }]);
    db.close();
  });

  it('reads through the key, never the whole table', () => {
    const db = journal();
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM reminders r WHERE r.kind = ? AND r.ref = ? AND r.due_key = ?`).all('due', 1, 'x') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH r USING PRIMARY KEY/);
    db.close();
  });
});

describe('query plans of the new reads', () => {
  /** Each statement `run` prepares, with its plan for the values it ran with. */
  function plans(db: DB, run: () => void): string[] {
    const { seen, stop } = recording(db);
    try {
      run();
    } finally {
      stop();
    }
    return seen.flatMap(({ sql, args }) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail));
  }

  it('recent breaks without an apology are read by resolution time, apologies and repairs by promise, reminders by key', () => {
    const db = journal();
    const { id } = withPromise(db);
    const found = plans(db, () => {
      brokenSinceWithoutApology(db, new Date('2026-11-07T00:00:00Z'), 10);
      firstApologies(db, [id]);
      notYetReminded(db, [{ kind: 'due', ref: id, dueKey: 'x' }]);
    });
    expect(found).toContain('SEARCH pr USING INDEX promises_resolved (resolved_at>?)');
    expect(found.filter((d) => /^SEARCH a USING PRIMARY KEY \(promise_id=\?\)/.test(d)).length).toBeGreaterThan(1);
    expect(found.filter((d) => /^SEARCH r USING INDEX repairs_promise \(promise_id=\?\)/.test(d)).length).toBeGreaterThan(1);
    expect(found.some((d) => /^SEARCH r (EXISTS )?USING PRIMARY KEY \(kind=\? AND ref=\? AND due_key=\?\)/.test(d))).toBe(true);
    expect(found.filter((d) => /^SCAN (pr|a|r|promises|apologies|reminders)\b/.test(d))).toEqual([]);
    db.close();
  });

  it("stats' time to apology reads the apologies and repairs, then each promise by its key, never the broken ones", () => {
    const db = journal();
    const found = plans(db, () => apologyTimes(db));
    expect(found).toContain('SEARCH pr USING INTEGER PRIMARY KEY (rowid=?)');
    expect(found.filter((d) => /promises_status|SCAN pr/.test(d))).toEqual([]);
  });
});
