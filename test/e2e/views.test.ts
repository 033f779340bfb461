import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, tempDb, trust, trustJson } from '../helpers/cli.js';
import { journalFixture } from '../helpers/fixture.js';
import { testContext } from '../helpers/context.js';
import { log } from '../../src/commands/log.js';

/** A small journal: Saturday 21 Nov 2026, 10:00 in Berlin. Built once; each test gets a copy. */
const seededJournal = journalFixture((db) => {
  const run = (...args: string[]) => trust(args, { db });
  const past = (now: string, ...args: string[]) => trust(args, { db, now });
  past('2026-11-16T09:00:00', 'log', 'Send the report', '--to', 'Alice', '--due', 'thu', '--relation', 'work'); // #1 due Thu 19: overdue
  run('log', 'Call back', '--to', 'Alice', '--due', 'today 18:00'); // #2 due today
  run('log', 'Bring the cake', '--to', 'Bob', '--due', 'sun', '--relation', 'friend'); // #3 due this week
  run('log', 'Plan the trip', '--to', 'Bob', '--due', 'next week'); // #4 later
  run('log', 'Read the book', '--to', 'Bob'); // #5 no date
  run('log', 'Old favour', '--to', 'Bob'); // #6
  run('kept', '6');
});

function seeded() {
  const db = seededJournal();
  const run = (...args: string[]) => trust(args, { db });
  const json = (...args: string[]) => trustJson(args, { db });
  return { db, run, json };
}

describe('trust (no arguments)', () => {
  it('shows overdue, due today, due in the next 7 days and the keep streak', () => {
    const { run } = seeded();
    const r = run();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Overdue \(1\)\n  #1 Send the report → Alice · due Thu 19 Nov \(2 days overdue\)/);
    expect(r.stdout).toMatch(/Due today \(1\)\n  #2 Call back → Alice · due Sat 21 Nov 18:00 \(today at 18:00\)/);
    expect(r.stdout).toMatch(/Due in the next 7 days \(1\)\n  #3 Bring the cake → Bob · due Sun 22 Nov \(tomorrow\)/);
    expect(r.stdout).toContain('2 more open later or without a date');
    expect(r.stdout).toContain('Keep streak: 1 kept in a row (best 1).');
  });

  it('gives the same as JSON', () => {
    const { json } = seeded();
    const d = json();
    expect([d.overdue.length, d.today.length, d.thisWeek.length, d.later]).toEqual([1, 1, 1, 2]);
    expect(d.keepStreak).toEqual({ current: 1, best: 1, currentLate: 0 });
  });

  it('welcomes a new user without creating a journal', async () => {
    const db = tempDb();
    const r = trust([], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('trust log');
    expect((await import('node:fs')).existsSync(db)).toBe(false);
  });
});

describe('trust list', () => {
  it('lists open promises soonest first, undated last', () => {
    const { json } = seeded();
    expect(json('list').promises.map((p: any) => p.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    [['--person', 'bob'], [3, 4, 5]],
    [['--status', 'kept'], [6]],
    [['--status', 'all', '--person', 'Bob'], [3, 4, 5, 6]],
    [['--overdue'], [1]],
    [['--due-before', 'sun'], [1, 2, 3]],
  ])('filters with %j', (args, ids) => {
    const { json } = seeded();
    expect(json('list', ...args).promises.map((p: any) => p.id)).toEqual(ids);
  });

  it('stops at --limit and says how many more there are', () => {
    const { run, json } = seeded();
    const r = run('list', '--limit', '2');
    expect(r.stdout).toContain('Send the report');
    expect(r.stdout).not.toContain('Bring the cake');
    expect(r.stdout).toContain('…and 3 more.');
    expect(json('list', '--limit', '2')).toMatchObject({ total: 5, shown: 2 });
  });

  it('cuts at 20 by default', async () => {
    // Filled in-process: 22 spawns of trust log would only test what other tests do already.
    const db = tempDb();
    const ctx = testContext(db, [], undefined, false);
    for (let i = 0; i < 22; i++) await log({ text: `Promise ${i}`, to: 'Alice' }, ctx);
    ctx.close();
    expect(trustJson(['list'], { db })).toMatchObject({ total: 22, shown: 20 });
  });

  it.each([
    [['--status', 'done'], 2, /"done" is not a status.*\n.*all/],
    [['--limit', '0'], 2, /--limit 0 is not a positive whole number/],
    [['--limit', 'lots'], 2, /not a positive whole number/],
    [['--due-before', 'whenever'], 2, /not a date/],
    [['--person', 'Alicia'], 1, /nobody called "Alicia".*\n.*Did you mean Alice/],
  ])('refuses %j', (args, code, message) => {
    const { run } = seeded();
    const r = run('list', ...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});

describe('people, person and show', () => {
  it('trust people shows relation, counts, keep rate and last logged', () => {
    const { run, json } = seeded();
    run('broken', '1');
    const people = json('people');
    expect(people.map((p: any) => [p.name, p.relation, p.made, p.kept, p.broken, p.keepRate])).toEqual([
      ['Alice', 'work', 2, 0, 1, 0], // both logged with this morning: by name
      ['Bob', 'friend', 4, 1, 0, 1],
    ]);
    expect(people[0].lastLogged).toBe('2026-11-21T09:00:00.000Z');
    const text = run('people').stdout;
    expect(text).toMatch(/Bob\s+│ friend\s+│\s+4 │\s+1 │\s+0 │\s+100% │ today/);
  });

  it('trust person tells the story with one person', () => {
    const { run } = seeded();
    run('kept', '2', '--note', 'she was relieved');
    const r = run('person', 'alice');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Alice · work');
    expect(r.stdout).toContain('2 made, 1 kept, 0 broken, 0 released, 1 open');
    expect(r.stdout).toContain('Keep rate: 100%');
    expect(r.stdout.indexOf('Send the report')).toBeLessThan(r.stdout.indexOf('Call back')); // oldest first
    expect(r.stdout).toContain('kept: she was relieved');
  });

  it('trust person with an unknown name says so and suggests', () => {
    const { run } = seeded();
    expect(run('person', 'Al')).toMatchObject({ code: 1, stderr: expect.stringContaining('Did you mean Alice?') });
  });

  it('trust show gives one promise with its history', () => {
    const { run } = seeded();
    const r = run('show', '6');
    expect(r.stdout).toMatch(/#6 Old favour\nTo:\s+Bob/);
    expect(r.stdout).toMatch(/created/);
    expect(r.stdout).toMatch(/kept/);
    expect(run('show', '42')).toMatchObject({ code: 1 });
  });
});

describe('corrections', () => {
  it('trust edit corrects text, due, person and note, and keeps the old values', () => {
    const { run, json } = seeded();
    const r = run('edit', '3', '--text', 'Bake the cake', '--due', '2026-11-28 15:00', '--person', 'alice', '--note', 'chocolate');
    expect(r.code).toBe(0);
    const p = json('show', '3');
    expect(p).toMatchObject({ text: 'Bake the cake', due: '2026-11-28', dueTime: '15:00', person: 'Alice', note: 'chocolate' });
    expect(p.history.at(-1)).toMatchObject({
      kind: 'edited',
      detail: { from: { text: 'Bring the cake', person: 'Bob', note: null }, to: { text: 'Bake the cake', person: 'Alice', note: 'chocolate' } },
    });
    expect(run('edit', '3', '--due', 'none').code).toBe(0);
    expect(json('show', '3').due).toBeNull();
  });

  it('recomputes lateness when the due date of a kept promise is corrected', () => {
    const { run, json } = seeded();
    run('kept', '3');
    expect(json('show', '3').late).toBe(false);
    run('edit', '3', '--due', '2026-11-20');
    expect(json('show', '3').late).toBe(true);
  });

  it('trust edit without flags and without a terminal is a usage error', () => {
    const { run } = seeded();
    expect(run('edit', '3')).toMatchObject({ code: 2, stderr: expect.stringContaining('--text, --due, --person, --note or --when') });
    expect(run('edit', '3', '--person', 'Nobody')).toMatchObject({ code: 1 });
  });

  it('trust delete needs --yes without a terminal, hides the promise and keeps its history', () => {
    const { run, json } = seeded();
    expect(run('delete', '5').code).toBe(2);
    expect(json('list').total).toBe(5);
    expect(run('delete', '5', '--yes').code).toBe(0);
    expect(json('list').total).toBe(4);
    expect(json('show', '5').history.map((e: any) => e.kind)).toEqual(['created', 'deleted']);
    expect(run('kept', '5')).toMatchObject({ code: 1, stderr: expect.stringContaining('was deleted') });
  });

  it('trust show on a deleted promise gives its due date alone: it is neither open nor overdue', () => {
    const { run } = seeded();
    expect(run('delete', '1', '--yes').code).toBe(0);
    const shown = run('show', '1').stdout;
    expect(shown).toMatch(/Due: +Thu 19 Nov\n/);
    expect(shown).not.toContain('overdue');
    expect(shown).toMatch(/Status: +deleted/);
  });

  it('trust people --help says what the command is for before its subcommands', () => {
    const { run } = seeded();
    expect(run('people', '--help').stdout).toMatch(/^Usage: trust people \[options\] \[command\]\n\nEveryone in your journal, with how it stands\./);
  });

  it('trust people rename renames, and refuses a name someone else has', () => {
    const { run, json } = seeded();
    expect(run('people', 'rename', 'alice', 'Alice Smith').code).toBe(0);
    expect(json('list', '--person', 'alice smith').total).toBe(2);
    const clash = run('people', 'rename', 'Bob', 'ALICE SMITH');
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('already someone called "Alice Smith"');
    expect(run('people', 'rename', 'Nobody', 'X').code).toBe(1);
  });

  it('trust people set changes a relation, with JSON, and says clearly what went wrong', () => {
    const { run, json } = seeded();
    const r = run('people', 'set', 'bob', '--relation', 'Family');
    expect(r).toMatchObject({ code: 0, stdout: '✓ Bob is now "family" (was "friend").\n' });
    expect(json('people').find((p: any) => p.name === 'Bob').relation).toBe('family');
    expect(json('people', 'set', 'Alice', '--relation', 'customer')).toEqual({ name: 'Alice', relation: 'customer', previousRelation: 'work', rhythmDays: null, previousRhythmDays: null });
    expect(run('people', 'set', 'Alice', '--relation', 'customer').stdout).toBe('Alice is already "customer"; nothing changed.\n');
    expect(run('people', 'set', 'Nobody', '--relation', 'work')).toMatchObject({ code: 1, stderr: expect.stringContaining('nobody called "Nobody"') });
    expect(run('people', 'set', 'Alice', '--relation', 'boss')).toMatchObject({ code: 2, stderr: expect.stringMatching(/"boss" is not a relation.*\n.*work, partner/) });
    expect(run('people', 'set', 'Alice')).toMatchObject({ code: 2, stderr: expect.stringContaining('trust people set "Alice" --relation work') });
  });

  it('trust log --relation for someone already known says how to change their relation', () => {
    const { run, json } = seeded();
    const r = run('log', 'Lunch', '--to', 'bob', '--relation', 'work');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Bob is already in your journal as "friend". To change that: trust people set "Bob" --relation work');
    expect(r.stderr).not.toContain('was not applied');
    expect(json('people').find((p: any) => p.name === 'Bob').relation).toBe('friend');
  });
});

describe('a reader that stops early', () => {
  it('ends the output quietly: trust export | head is no error', async () => {
    const db = tempDb();
    // @ts-expect-error: the bench's journal builder is plain JavaScript
    const { buildJournal } = await import('../bench/journal.mjs');
    buildJournal(db, 300, new Date('2026-11-21T10:00:00Z'));
    // More than a pipe holds (64 KB), so trust is still writing when head has gone.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" export --db "${db}" 2>"${db}.err" | head -c 20 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(readFileSync(`${db}.err`, 'utf8')).toBe('');
    expect(trustJson(['export'], { db }).promises).toHaveLength(300);
  });
});
