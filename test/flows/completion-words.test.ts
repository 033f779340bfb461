/**
 * The journal's words for shell completion: which promises and people each prefix finds, in
 * which order, and that the promises are reached through an index or the table's own key.
 */
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../src/store/open.js';
import { insertPerson } from '../../src/store/people.js';
import { insertPromise, resolvePromise } from '../../src/store/promises.js';
import { peopleStartingWith, promisesStartingWith } from '../../src/store/completion.js';
import { tempDb } from '../helpers/cli.js';

const now = new Date('2026-11-21T10:00:00Z');

/** 130 promises: every third one kept, every fifth broken, the rest open. */
function journal() {
  const db = openJournal(tempDb(), { create: true });
  const alice = insertPerson(db, 'Alice', 'work', now);
  insertPerson(db, '田中さん', 'customer', now);
  insertPerson(db, 'Bob', 'friend', now);
  for (let i = 1; i <= 130; i++) {
    const id = insertPromise(db, { personId: alice.id, conversationId: null, text: `Promise ${i}`, note: null, due: { date: '2026-11-20', time: null } }, now);
    if (i % 3 === 0) resolvePromise(db, id, 'kept', now, false, null, now);
    else if (i % 5 === 0) resolvePromise(db, id, 'broken', now, false, null, now);
  }
  return db;
}

const ids = (list: { word: string }[]) => list.map((c) => Number(c.word));
const status = (i: number) => (i % 3 === 0 ? 'kept' : i % 5 === 0 ? 'broken' : 'open');
const upTo130 = Array.from({ length: 130 }, (_, i) => i + 1);

describe('promise ids for completion', () => {
  it('finds every id starting with the digits, and only those of the group', () => {
    const db = journal();
    const starting = (prefix: string, ...statuses: string[]) => upTo130.filter((i) => String(i).startsWith(prefix) && statuses.includes(status(i)));
    expect(ids(promisesStartingWith(db, 'open', '1', 500)).sort((a, b) => a - b)).toEqual(starting('1', 'open'));
    expect(ids(promisesStartingWith(db, 'resolved', '12', 500))).toEqual(starting('12', 'kept', 'broken').reverse());
    expect(ids(promisesStartingWith(db, 'broken', '1', 500)).sort((a, b) => a - b)).toEqual(starting('1', 'broken'));
    expect(ids(promisesStartingWith(db, 'broken', '', 500)).sort((a, b) => a - b)).toEqual(starting('', 'broken'));
    expect(promisesStartingWith(db, 'resolved', '0', 500)).toEqual([]);
    expect(promisesStartingWith(db, 'open', 'x', 500)).toEqual([]);
  });

  it('stops at the limit, highest ids first once a prefix is typed', () => {
    const db = journal();
    expect(ids(promisesStartingWith(db, 'resolved', '1', 3))).toEqual([130, 129, 126]);
  });

  it('describes each with its text and person', () => {
    expect(promisesStartingWith(journal(), 'open', '13', 5)).toEqual([{ word: '13', description: 'Promise 13 (Alice)' }]);
  });
});

describe('names for completion', () => {
  it('match the start of a name in any case, Japanese as written', () => {
    const db = journal();
    expect(peopleStartingWith(db, 'AL', 10)).toEqual([{ word: 'Alice', description: 'work' }]);
    expect(peopleStartingWith(db, '田中', 10).map((c) => c.word)).toEqual(['田中さん']);
    expect(peopleStartingWith(db, '', 10).map((c) => c.word)).toEqual(['Alice', 'Bob', '田中さん']);
  });
});
