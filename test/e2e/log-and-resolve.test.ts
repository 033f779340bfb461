import { describe, expect, it } from 'vitest';
import { tempDb, trust, trustJson } from '../helpers/cli.js';
import { journalFixture } from '../helpers/fixture.js';

/** Everything a user could see of the journal: a change to it shows up here. */
const snapshot = (db: string) => JSON.stringify([trustJson(['list', '--status', 'all', '--limit', '1000'], { db }), trustJson(['people'], { db })]);

/** A runner for a journal: an empty one, or a copy of a fixture's. */
function journal(db = tempDb()) {
  const run = (...args: string[]) => trust(args, { db });
  const json = (...args: string[]) => trustJson(args, { db });
  return { db, run, json };
}

/** One promise to Bob (built once; each test gets a copy). */
const withBob = journalFixture((db) => {
  expect(trust(['log', 'Existing', '--to', 'Bob'], { db }).code).toBe(0);
});

describe('trust log, one line', () => {
  it('creates the person (relation other) and the promise, due at the end of the coming Friday', () => {
    const { run, json } = journal();
    const r = run('log', 'Send the deck', '--to', 'Alice', '--due', 'fri');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('#1 Send the deck → Alice · due Fri 27 Nov (in 6 days)');
    const [promise] = json('list').promises;
    expect(promise).toMatchObject({ id: 1, text: 'Send the deck', person: 'Alice', status: 'open', due: '2026-11-27', dueTime: null });
    expect(promise.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(promise.dueAt).toISOString()).toBe('2026-11-27T22:59:59.999Z'); // 23:59:59.999 in Berlin
    expect(json('people')[0]).toMatchObject({ name: 'Alice', relation: 'other', made: 1 });
  });

  it('takes --relation and --note, and gives JSON', () => {
    const { json } = journal();
    const out = json('log', 'Call about Christmas', '--to', '田中さん', '--relation', 'family', '--due', 'tomorrow 18:00', '--note', '電話');
    expect(out.created[0]).toMatchObject({ person: '田中さん', note: '電話', due: '2026-11-22', dueTime: '18:00' });
    expect(json('people')[0].relation).toBe('family');
  });

  it('finds an existing person whatever the case', () => {
    const { run, json } = journal();
    run('log', 'One', '--to', 'Alice');
    run('log', 'Two', '--to', 'ALICE');
    expect(json('people')).toHaveLength(1);
    expect(json('people')[0].made).toBe(2);
  });

  it.each([
    [['log', 'Send the deck'], /needs --to/],
    [['log'], /needs the promise and --to/],
    [['log', '--to', 'Alice'], /needs the promise and --to/],
    [['log', 'x', '--to', 'Alice', '--due', 'someday'], /"someday" is not a date.*\n.*fri.*\+3d/],
    [['log', 'x', '--to', 'Alice', '--due', '2020-01-01'], /already passed/],
    [['log', '   ', '--to', 'Alice'], /promise text is empty/],
    [['log', 'x'.repeat(281), '--to', 'Alice'], /281 characters long; the most is 280/],
    [['log', 'x', '--to', 'Alice', '--relation', 'boss'], /"boss" is not a relation.*\n.*work, partner/],
    [['log', 'x', '--to', ''], /name is empty/],
  ])('refuses %j with exit 2 and one clear sentence, leaving the journal as it was', (args, message) => {
    const { db, run } = journal(withBob());
    const before = snapshot(db);
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(r.stdout).toBe('');
    expect(snapshot(db)).toBe(before);
  });
});

describe('resolving promises', () => {
  const threePromises = journalFixture((db) => {
    for (const args of [['Send the deck', '--to', 'Alice', '--due', 'tomorrow'], ['Fix the bike', '--to', 'Alice'], ['Water plants', '--to', 'Bob', '--due', 'fri']]) {
      expect(trust(['log', ...args], { db }).code).toBe(0);
    }
  });
  const withPromises = () => journal(threePromises());

  it('marks several promises kept at once', () => {
    const { run, json } = withPromises();
    const r = run('kept', '1', '3', '--note', 'done');
    expect(r.code).toBe(0);
    expect(json('list', '--status', 'kept').promises.map((p: any) => p.id)).toEqual([1, 3]);
    expect(json('show', '1').history.map((e: any) => [e.kind, e.note])).toEqual([
      ['created', null],
      ['kept', 'done'],
    ]);
  });

  it('suggests a repair after a break', () => {
    const { run, json } = withPromises();
    const r = run('broken', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('trust repair 2');
    expect(json('show', '2').status).toBe('broken');
  });

  it('releases by agreement', () => {
    const { run, json } = withPromises();
    expect(run('release', '3', '--note', 'Bob did it himself').code).toBe(0);
    expect(json('show', '3')).toMatchObject({ status: 'released' });
  });

  it('records --at, and a keep after the due date is late', () => {
    const { db } = withPromises();
    const later = { db, now: '2026-11-25T09:00:00' };
    expect(trust(['kept', '1', '--at', 'yesterday'], later).code).toBe(0);
    const kept = trustJson(['show', '1'], later);
    expect(kept).toMatchObject({ status: 'kept', late: true });
    expect(kept.resolvedAt).toBe('2026-11-24T22:59:59.999Z');
    expect(trust(['kept', '3', '--at', 'today 8:00'], later).code).toBe(0);
    expect(trustJson(['show', '3'], later).late).toBe(false);
  });

  it('a keep on a day given without a time ("kept on Thursday") is on time for a promise due that Thursday', () => {
    const db = tempDb();
    const thursday = { db, now: '2026-11-19T09:00:00' };
    expect(trust(['log', 'Call back', '--to', 'Amy', '--due', 'today 18:00'], thursday).code).toBe(0);
    expect(trust(['log', 'Send the notes', '--to', 'Amy', '--due', 'today 12:00'], thursday).code).toBe(0);
    const sunday = { db, now: '2026-11-22T19:00:00' };
    const r = trust(['kept', '1', '--at', 'thu'], sunday);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('late');
    // Taken as kept by its due time: the stored moment and the stored "on time" agree.
    expect(trustJson(['show', '1'], sunday)).toMatchObject({ status: 'kept', late: false, resolvedAt: '2026-11-19T17:00:00.000Z' });
    // A later day is late, and an exact time keeps its meaning.
    expect(trust(['kept', '2', '--at', 'fri'], sunday).stdout).toContain('kept late Fri 20 Nov 23:59');
    expect(trustJson(['show', '2'], sunday).late).toBe(true);
  });

  it('an exact time on the due day is judged to the minute', () => {
    const db = tempDb();
    expect(trust(['log', 'Call back', '--to', 'Amy', '--due', 'today 18:00'], { db, now: '2026-11-19T09:00:00' }).code).toBe(0);
    const sunday = { db, now: '2026-11-22T19:00:00' };
    expect(trust(['kept', '1', '--at', 'thu 19:00'], sunday).code).toBe(0);
    expect(trustJson(['show', '1'], sunday).late).toBe(true);
  });

  it.each([
    [['kept', '99'], 1, /There is no promise #99/],
    [['kept', 'abc'], 2, /"abc" is not a promise id/],
    [['kept', '1', '--at', 'tomorrow'], 2, /in the future/],
    [['kept', '1', '--at', 'blurp'], 2, /not a date.*--at/],
    [['broken', '1', '99'], 1, /no promise #99/], // one bad id: nothing changes
    [['kept'], 2, /^trust: `trust kept` needs <id> \(promise ids/],
    [['kept', '1', '--at', '3 days ago'], 2, /Promise #1 was made on Sat 21 Nov 10:00, so it cannot have been kept on Wed 18 Nov 23:59\.\n.*--at/],
    [['release', '3', '--at', 'today 9:59'], 2, /Promise #3 was made on Sat 21 Nov 10:00, so it cannot have been released on Sat 21 Nov 09:59/],
  ])('refuses %j with exit %i, changing nothing', (args, code, message) => {
    const { db, run } = withPromises();
    const before = snapshot(db);
    const r = run(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(snapshot(db)).toBe(before);
  });

  it('checks every id against when it was made before writing anything', () => {
    const { db } = withPromises();
    const later = { db, now: '2026-11-25T09:00:00' };
    expect(trust(['log', 'Book the table', '--to', 'Bob'], { db, now: '2026-11-23T12:00:00' }).code).toBe(0);
    const before = snapshot(db);
    const r = trust(['kept', '1', '4', '--at', '2026-11-22 18:00'], later);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Promise #4 was made on Mon 23 Nov 12:00');
    expect(snapshot(db)).toBe(before);
    // The same minute it was made is fine: people type minutes, not seconds.
    expect(trust(['kept', '4', '--at', '2026-11-23 12:00'], later).code).toBe(0);
  });

  it('refuses to resolve an already resolved promise', () => {
    const { db, run } = withPromises();
    run('kept', '1');
    const before = snapshot(db);
    const r = run('broken', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Promise #1 is already kept, so it cannot be marked broken.');
    expect(snapshot(db)).toBe(before);
  });
});

describe('trust renegotiate', () => {
  it('moves the due date while open and keeps the old one in the history', () => {
    const { run, json } = journal();
    run('log', 'Send the deck', '--to', 'Alice', '--due', 'tomorrow');
    const r = run('renegotiate', '1', '--due', 'next week', '--note', 'Alice agreed');
    expect(r.code).toBe(0);
    const shown = json('show', '1');
    expect(shown.due).toBe('2026-11-29');
    expect(shown.history[1]).toMatchObject({ kind: 'renegotiated', note: 'Alice agreed', detail: { from: { date: '2026-11-22' }, to: { date: '2026-11-29' } } });
    expect(run('show', '1').stdout).toContain('Sun 22 Nov → Sun 29 Nov; Alice agreed');
  });

  it('is refused once the promise is resolved, or its date has passed, or without --due', () => {
    const { db, run } = journal();
    run('log', 'A', '--to', 'Alice', '--due', 'tomorrow');
    run('log', 'B', '--to', 'Alice', '--due', 'tomorrow');
    run('kept', '2');
    const before = snapshot(db);
    expect(run('renegotiate', '2', '--due', 'fri')).toMatchObject({ code: 1, stderr: expect.stringContaining('already kept') });
    expect(run('renegotiate', '1')).toMatchObject({ code: 2, stderr: expect.stringContaining('--due') });
    const late = trust(['renegotiate', '1', '--due', 'fri'], { db, now: '2026-11-24T09:00:00' });
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('can only be renegotiated before it passes');
    expect(snapshot(db)).toBe(before);
  });
});
