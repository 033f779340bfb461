/**
 * Who has gone quiet, from the journal: a conversation or a resolved promise is contact, a
 * deleted promise is not, and the read stays two index seeks a person.
 */
import { describe, expect, it } from 'vitest';
import { openJournal, type DB } from '../../src/store/open.js';
import { tempDb } from '../helpers/cli.js';
import { writeTx } from '../../src/store/tx.js';
import { insertConversation, insertPerson, setRhythm } from '../../src/store/people.js';
import { deletePromise, insertPromise, resolvePromise } from '../../src/store/promises.js';
import { contactCandidates, quietPeopleNow } from '../../src/store/contact.js';
import { quietPeople } from '../../src/domain/contact.js';
import type { Relation } from '../../src/domain/promise.js';

process.env.TZ = 'Europe/Berlin';

const now = new Date('2026-11-21T10:00:00');
const day = (d: string) => new Date(`${d}T12:00:00`);

function journal(): DB {
  return openJournal(tempDb(), { create: true });
}

function someone(db: DB, name: string, o: { relation?: Relation; added?: string; rhythm?: number; talked?: string; resolved?: string[]; deleted?: string } = {}) {
  return writeTx(db, () => {
    const p = insertPerson(db, name, o.relation ?? 'friend', day(o.added ?? '2026-01-01'));
    if (o.rhythm) setRhythm(db, p.id, o.rhythm, now);
    if (o.talked) insertConversation(db, p.id, day(o.talked));
    for (const at of o.resolved ?? []) {
      const id = insertPromise(db, { personId: p.id, conversationId: null, text: 'a promise', note: null, due: null }, day('2026-01-02'));
      resolvePromise(db, id, at.startsWith('released') ? 'released' : 'kept', day(at.replace('released ', '')), false, null, day(at.replace('released ', '')));
    }
    if (o.deleted) {
      const id = insertPromise(db, { personId: p.id, conversationId: null, text: 'a mistake', note: null, due: null }, day('2026-01-02'));
      resolvePromise(db, id, 'kept', day(o.deleted), false, null, day(o.deleted));
      deletePromise(db, id, day(o.deleted));
    }
    return p;
  });
}

describe('quietPeopleNow', () => {
  it('counts a resolved promise as contact, against each person’s rhythm', () => {
    const db = journal();
    someone(db, 'Talked long ago', { talked: '2026-09-01' });
    someone(db, 'Kept a promise lately', { talked: '2026-09-01', resolved: ['2026-11-10'] });
    someone(db, 'Released one lately', { talked: '2026-09-01', resolved: ['released 2026-11-12'] });
    someone(db, 'Weekly', { rhythm: 7, talked: '2026-11-10' });
    someone(db, 'Deleted only', { talked: '2026-09-15', deleted: '2026-11-20' });
    someone(db, 'Never in touch', { added: '2026-10-01' });
    someone(db, 'Added lately', { added: '2026-11-10' });
    someone(db, 'Me', { relation: 'self', talked: '2025-01-01' });
    const { items, total } = quietPeopleNow(db, now, -1);
    expect(items.map((p) => [p.name, p.days, p.rhythmDays, p.neverInTouch])).toEqual([
      ['Talked long ago', 81, 28, false],
      ['Deleted only', 67, 28, false],
      ['Never in touch', 51, 28, true],
      ['Weekly', 11, 7, false],
    ]);
    expect(total).toBe(4);
    expect(items[0]).toEqual({ id: 1, name: 'Talked long ago', relation: 'friend', rhythmDays: 28, lastContact: day('2026-09-01'), days: 81, neverInTouch: false });
    const firstTwo = quietPeopleNow(db, now, 2);
    expect(firstTwo.items.map((p) => p.name)).toEqual(['Talked long ago', 'Deleted only']);
    expect(firstTwo.total).toBe(4);
    db.close();
  });

  it('hands over everyone the domain would name, at every hour around the boundary', () => {
    const db = journal();
    // One person per hour of the four days up to four weeks and a day before now, and a weekly one likewise.
    for (let h = 0; h < 96; h++) {
      const at = new Date(now.getTime() - (25 * 24 + h) * 3_600_000);
      writeTx(db, () => {
        const p = insertPerson(db, `P${h}`, 'friend', day('2026-01-01'));
        insertConversation(db, p.id, at);
        const w = insertPerson(db, `W${h}`, 'friend', day('2026-01-01'));
        setRhythm(db, w.id, 7, now);
        const id = insertPromise(db, { personId: w.id, conversationId: null, text: 'x', note: null, due: null }, day('2026-01-02'));
        resolvePromise(db, id, 'broken', new Date(at.getTime() + 21 * 86_400_000), false, null, now);
      });
    }
    const everyone = (db.prepare('SELECT id, name, relation, rhythm_days, created_at FROM people').all() as Array<{ id: number; name: string; relation: Relation; rhythm_days: number | null; created_at: string }>).map((p) => {
      const last = db.prepare('SELECT max(at) FROM (SELECT at FROM conversations WHERE person_id = ? UNION ALL SELECT resolved_at FROM promises WHERE person_id = ? AND deleted_at IS NULL)').pluck().get(p.id, p.id) as string | null;
      return { id: p.id, name: p.name, relation: p.relation, rhythmDays: p.rhythm_days, lastContact: last ? new Date(last) : null, addedAt: new Date(p.created_at) };
    });
    for (const at of [now, new Date('2026-11-21T00:00:01'), new Date('2026-11-21T23:59:59')]) {
      const exact = quietPeople(everyone, at);
      expect(exact.length).toBeGreaterThan(10);
      expect(exact.length).toBeLessThan(everyone.length);
      expect(quietPeopleNow(db, at, -1).items).toEqual(exact);
      // And it leaves out the most recent ones: it is a filter, not everyone.
      expect(contactCandidates(db, at).length).toBeLessThan(everyone.length);
    }
    db.close();
  });

  it('reads each person’s latest conversation and latest resolution through an index, one step each', () => {
    const db = journal();
    someone(db, 'Alice', { talked: '2026-09-01', resolved: ['2026-09-02', '2026-09-03'] });
    const seen: string[] = [];
    const prepare = db.prepare.bind(db);
    (db as { prepare: unknown }).prepare = (sql: string) => {
      seen.push(sql);
      return prepare(sql);
    };
    quietPeopleNow(db, now, 5);
    (db as { prepare: unknown }).prepare = prepare;
    expect(seen).toHaveLength(1);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${seen[0]}`).all({ now: now.toISOString(), rhythm: 28, margin: 2 }) as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan).toContain('SEARCH c USING COVERING INDEX conversations_person_at (person_id=?)');
    expect(plan).toContain('SEARCH pr USING INDEX promises_person_resolved (person_id=?)');
    expect(plan.filter((d) => /^SCAN (c|pr|conversations|promises)\b/.test(d))).toEqual([]);
    // max() along the index: one seek to the person's last entry, not a walk over their promises.
    const code = db.prepare(`EXPLAIN SELECT max(pr.resolved_at) FROM promises pr WHERE pr.person_id = 1 AND pr.deleted_at IS NULL`).all() as Array<{ opcode: string }>;
    expect(code.map((o) => o.opcode)).toContain('SeekLE');
    expect(seen[0]).toContain('SELECT max(pr.resolved_at) FROM promises pr WHERE pr.person_id = p.id AND pr.deleted_at IS NULL');
    db.close();
  });
});
