import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/commands/repair.js';
import { CancelledError } from '../../src/errors.js';
import { CTRL_C } from '../helpers/fake-prompt.js';
import { tempDb, trust, trustJson } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { asyncJournalFixture } from '../helpers/fixture.js';

process.env.TZ = 'Europe/Berlin';

/**
 * A journal with promise #1 to Alice broken and repair #1 answered up to its repair promise
 * (#2, due Monday) and a check-in on Tuesday 24 Nov. Interactive steps go through the prompt
 * adapter; everything after is the real binary.
 */
const repairJournal = asyncJournalFixture(async (db) => {
  const run = (...args: string[]) => trust(args, { db });
  run('log', 'Send the deck', '--to', 'Alice', '--due', 'tomorrow');
  run('broken', '1');
  const ctx = testContext(db, [
    'The deck was a day late.', 'I forgot.', 'She presented without it.', 'No reminders.', 'I will check my calendar daily',
    'I missed the deadline', '', 'I should have warned you', null, '', '', false, // null: the change named under Prevention
    'Walk her through the deck', 'mon', '', '',
    true, 'In person', 'today',
    'tue', '',
    CTRL_C,
  ]);
  await expect(repair('1', { cause: 'other' }, ctx)).rejects.toBeInstanceOf(CancelledError);
  ctx.close();
});

/** A copy of that journal (built once per file), and a runner for it. */
async function journalWithRepair() {
  const db = await repairJournal();
  const run = (...args: string[]) => trust(args, { db });
  return { db, run };
}

describe('trust repair without a terminal', () => {
  it('--list shows progress and the next step', async () => {
    const { run, db } = await journalWithRepair();
    const r = run('repair', '--list');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 │ Alice\s+│ other\s+│ in progress\s+│\s+8\/10 │ Their feedback\s+│ Tue 24 Nov \(in 3 days\)/);
    expect(trustJson(['repair', '--list'], { db })[0]).toMatchObject({ id: 1, progress: { done: 8, total: 10 }, nextStep: 'feedback' });
  });

  it('--list says how many more there are beyond --limit, which goes only with --list', async () => {
    const { run, db } = await journalWithRepair();
    // A second repair, started at a (scripted) terminal and left after its first step.
    const ctx = testContext(db, [true, 'other', 'Every 4 weeks', 'We argued.', CTRL_C]);
    await expect(repair(undefined, { person: 'Bob', cause: 'other' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    ctx.close();
    const some = run('repair', '--list', '--limit', '1');
    expect(some.code).toBe(0);
    expect(some.stdout).toContain('…and 1 more: trust repair --list --limit 2');
    expect(run('repair', '--list').stdout).not.toContain('more:');
    const alone = run('repair', '--limit', '1');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--limit only goes with --list.');
  });

  it('--show prints the whole repair, as text, JSON and Markdown', async () => {
    const { run, db } = await journalWithRepair();
    const text = run('repair', '--show', '1').stdout;
    expect(text).toContain('Repair #1 with Alice');
    expect(text).toContain('For: #1 Send the deck');
    expect(text).toContain('I am sorry that I missed the deadline.');
    expect(text).toContain('From now on, I will check my calendar daily.');
    expect(text).toMatch(/#2 Walk her through the deck · due Mon 23 Nov/);
    expect(text).toContain('Their feedback: not yet');
    // The repair-promises step names its promises by their text, not by number alone.
    expect(text).toMatch(/Repair promises\n {3}#2 Walk her through the deck\n/);
    // Prevention's change, asked as the end of the apology's sentence, reads as the whole sentence.
    expect(text).toMatch(/Prevention\n {3}No reminders\.\n {3}From now on, I will check my calendar daily\.\n/);
    const json = trustJson(['repair', '--show', '1'], { db });
    expect(json).toMatchObject({ state: 'in progress', cause: 'other', nextStep: 'feedback', checkins: [{ date: '2026-11-24', state: 'upcoming' }] });
    expect(json.apologyDraft).toMatch(/^I am sorry that I missed the deadline\./);
    expect(json.promises[0]).toMatchObject({ id: 2, text: 'Walk her through the deck', status: 'open' });
    const md = run('repair', '--show', '1', '--markdown').stdout;
    expect(md).toMatch(/^# Repair #1 with Alice\n/);
    expect(md).toContain('## The apology');
    expect(md).toContain('## Repair promises');
    expect(md).toContain('## Repair promises\n\n#2 Walk her through the deck\n');
  });

  it('keeps answers readable when a later checklist no longer has their step', async () => {
    const { db } = await journalWithRepair();
    const raw = new Database(db);
    raw.prepare("INSERT INTO repair_answers (repair_id, step, title, answer, answered_at) VALUES (1, 'retired-step', 'A step since retired', ?, ?)").run(
      JSON.stringify({ text: 'Still here' }),
      '2026-11-21T10:00:00.000Z',
    );
    raw.close();
    expect(trust(['repair', '--show', '1'], { db }).stdout).toMatch(/A step since retired\n\s+Still here/);
    expect(trustJson(['repair', '--show', '1'], { db }).steps.at(-1)).toMatchObject({ key: 'retired-step', title: 'A step since retired', answered: true });
    expect(trustJson(['repair', '--show', '1'], { db }).progress).toEqual({ done: 8, total: 10 });
  });

  it('repair promises are real promises: listed, and counted in the keep streak', async () => {
    const { run, db } = await journalWithRepair();
    expect(trustJson(['list'], { db }).promises.map((p: any) => p.text)).toContain('Walk her through the deck');
    run('kept', '2');
    expect(trustJson([], { db }).keepStreak.current).toBe(1);
  });

  it('--close refuses while steps are unanswered or repair promises open, unless --force', async () => {
    const { run, db } = await journalWithRepair();
    const refused = run('repair', '--close', '1', '--learned', 'x');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'trust: Repair #1 is not finished: 1 step is not answered yet (Their feedback); 1 repair promise is still open.\n' +
        'Continue it with `trust repair --resume 1` and keep or resolve that promise (trust list --person "Alice"), or close it as it stands with --force.\n',
    );
    expect(trustJson(['repair', '--show', '1'], { db }).state).toBe('in progress');
    expect(run('repair', '--close', '1', '--learned', 'Warn early', '--force').code).toBe(0);
    expect(trustJson(['repair', '--show', '1'], { db })).toMatchObject({ state: 'done', learned: 'Warn early' });
    expect(run('repair', '--close', '1', '--learned', 'again')).toMatchObject({ code: 1, stderr: expect.stringContaining('already done') });
  });

  it('--close asks what was learned, so without a terminal it needs --learned', async () => {
    const { run } = await journalWithRepair();
    run('kept', '2');
    expect(run('repair', '--close', '1', '--force')).toMatchObject({ code: 2, stderr: expect.stringContaining('--learned') });
    expect(run('repair', '--close', '1', '--force', '--learned', 'Say early when a date slips').code).toBe(0);
  });

  it('--abandon sets it aside and keeps the answers', async () => {
    const { run, db } = await journalWithRepair();
    expect(run('repair', '--abandon', '1').code).toBe(0);
    const json = trustJson(['repair', '--show', '1'], { db });
    expect(json.state).toBe('abandoned');
    expect(json.steps.filter((s: any) => s.answered)).toHaveLength(8);
    expect(run('repair', '--abandon', '1').code).toBe(1);
  });

  it('--resume takes up a repair that was set aside, and needs a terminal like any resume', async () => {
    const { run, db } = await journalWithRepair();
    run('repair', '--abandon', '1');
    expect(run('repair', '--resume', '1')).toMatchObject({ code: 2, stderr: expect.stringContaining('needs a terminal') });
    expect(trustJson(['repair', '--show', '1'], { db }).state).toBe('abandoned');
    const ctx = testContext(db, [CTRL_C]);
    await expect(repair(undefined, { resume: '1' }, ctx)).rejects.toThrow(/--resume 1/);
    ctx.close();
    expect(trustJson(['repair', '--show', '1'], { db })).toMatchObject({ state: 'in progress', closedAt: null, nextStep: 'feedback' });
  });

  it('trust show names the repair of a broken promise, the repair a repair promise belongs to, or how to start one', async () => {
    const { run, db } = await journalWithRepair();
    expect(run('show', '1').stdout).toContain('Repair:  #1, in progress — trust repair --show 1');
    expect(run('show', '2').stdout).toContain('Part of: repair #1 with Alice, in progress — trust repair --show 1');
    expect(run('show', '2').stdout).not.toContain('Repair:');
    run('log', 'Book the room', '--to', 'Alice');
    run('broken', '3');
    expect(run('show', '3').stdout).toContain('Repair:  none started yet — trust repair 3 walks you through one');
    expect(trustJson(['show', '1'], { db })).toMatchObject({ repair: { id: 1, state: 'in progress' }, partOfRepair: null });
    expect(trustJson(['show', '2'], { db })).toMatchObject({ repair: null, partOfRepair: { id: 1, state: 'in progress' } });
    expect(trustJson(['show', '3'], { db }).repair).toBeNull();
  });

  it('shows a due check-in on the dashboard with the next step, and names going quiet once it passes', async () => {
    const { db } = await journalWithRepair();
    const due = trust([], { db, now: '2026-11-24T09:00:00' });
    expect(due.stdout).toContain('Update Alice on repair #1 (today); next step: Their feedback');
    const missed = trust([], { db, now: '2026-11-26T09:00:00' });
    expect(missed.stdout).toContain('(since Tue 24 Nov)');
    expect(missed.stdout).toContain('going quiet?');
    expect(trust(['repair', '--show', '1'], { db, now: '2026-11-26T09:00:00' }).stdout).toContain('Trap: Going quiet');
    // Logging a conversation with Alice meets the check-in.
    trust(['log', 'Send the notes', '--to', 'Alice'], { db, now: '2026-11-26T10:00:00' });
    expect(trust([], { db, now: '2026-11-26T11:00:00' }).stdout).not.toContain('Update Alice');
  });

  it.each([
    [['repair', '1'], 2, /needs a terminal.*\n.*--list.*--show/],
    [['repair', '--person', 'Alice'], 2, /needs a terminal/],
    [['repair', '--show', '9'], 1, /There is no repair #9/],
    [['repair', '--show', 'x'], 2, /not a repair id/],
    [['repair', '--close', '9', '--learned', 'x'], 1, /no repair #9/],
    [['repair', '--cause', 'oops', '1'], 2, /"oops" is not a cause/],
  ])('%j exits %i', async (args, code, message) => {
    const { run } = await journalWithRepair();
    const r = run(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('an unbroken or unknown promise is refused, offering --person', async () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db });
    const ctx = testContext(db, []);
    await expect(repair('1', {}, ctx)).rejects.toThrow(/is open, not broken/);
    await expect(repair('1', {}, ctx)).rejects.toMatchObject({ hint: expect.stringContaining('trust repair --person "Alice"') });
    await expect(repair('7', {}, ctx)).rejects.toThrow(/no promise #7/);
    ctx.close();
  });
});
