import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { CancelledError } from '../../src/errors.js';
import { listPromises } from '../../src/store/promises.js';
import { insertPerson, peopleSummaries } from '../../src/store/people.js';
import { writeTx } from '../../src/store/tx.js';
import { CTRL_C } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
function ctxFor(db: string, script: Parameters<typeof testContext>[1]) {
  const ctx = testContext(db, script);
  open.push(ctx);
  return ctx;
}
afterEach(() => open.splice(0).forEach((c) => c.close()));

const all = (ctx: TestContext) => listPromises(ctx.db('write'), { status: 'all', limit: 1000 }).items;

describe('trust log at a terminal', () => {
  it('adds someone new with a relation and two promises, then saves after the summary', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, [
      { type: 'Alice', pick: /Add "Alice"/ },
      'work',
      null, // how often to be in touch: the default
      'Send the deck', 'fri', 'she needs it for the board',
      'Book the room', '', '',
      '', // done
      true, // save
    ]);
    const result = await log({}, ctx);
    expect(result.saved).toBe(true);
    expect(ctx.prompt.remaining).toBe(0);
    const promises = all(ctx);
    expect(promises.map((p) => [p.text, p.person, p.due?.date ?? null, p.note])).toEqual([
      ['Send the deck', 'Alice', '2026-11-27', 'she needs it for the board'],
      ['Book the room', 'Alice', null, null],
    ]);
    expect(peopleSummaries(ctx.db('write'))[0]).toMatchObject({ name: 'Alice', relation: 'work' });
    // The summary stands beside its question, on stderr; stdout has only what was saved.
    expect(ctx.errors()).toContain('Conversation with Alice (new, work)');
    expect(ctx.output()).not.toContain('Conversation with Alice');
  });

  it('finds a known person by typing part of the name, and resolves their open promises', async () => {
    const db = tempDb();
    await log({ text: 'Send the deck', to: 'Alice', due: 'fri' }, ctxFor(db, []));
    await log({ text: 'Call back', to: 'Alice' }, ctxFor(db, []));
    const ctx = ctxFor(db, [
      { type: 'ali', pick: 'Alice' },
      'Send the deck', 'kept', // first open promise: kept
      'Call back', 'broken',
      '', // no new promise
      true,
    ]);
    const result = await log({}, ctx);
    expect(result.resolved.map((p) => [p.text, p.status])).toEqual([
      ['Send the deck', 'kept'],
      ['Call back', 'broken'],
    ]);
    expect(ctx.output()).toContain('trust repair');
    expect(ctx.prompt.asked.some((q) => q.includes('2 open promises to Alice'))).toBe(true);
  });

  it('says "kept late" in the summary for an overdue promise, as it will be saved', async () => {
    const db = tempDb();
    const before = testContext(db, [], new Date('2026-11-16T09:00:00'));
    open.push(before);
    await log({ text: 'Lend the drill', to: 'Alice', due: 'wed' }, before);
    await log({ text: 'Call back', to: 'Alice', due: 'fri' }, before);
    const ctx = testContext(db, [{ type: 'ali', pick: 'Alice' }, 'Lend the drill', 'kept', 'Call back', 'kept', '', true], new Date('2026-11-20T09:00:00'));
    open.push(ctx);
    const result = await log({}, ctx);
    expect(ctx.errors()).toMatch(/ {2}kept late +#1 Lend the drill\n {2}kept +#2 Call back\n/);
    expect(result.resolved.map((p) => [p.id, p.late])).toEqual([[1, true], [2, false]]);
  });

  it('asks only about the person when the promise comes on the command line', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, [{ type: 'Bo', pick: /Add "Bo"/ }, 'friend', null]);
    await log({ text: 'Lend Bo the tent', due: 'eow' }, ctx);
    // Who, how you know them, how often to be in touch.
    expect(ctx.prompt.asked).toHaveLength(3);
    expect(all(ctx)[0]).toMatchObject({ text: 'Lend Bo the tent', person: 'Bo', due: { date: '2026-11-22', time: null } });
  });

  it('offers the best matches among many people, says how many it left out, and still finds the rest by typing more', async () => {
    const db = tempDb();
    const setup = ctxFor(db, []);
    writeTx(setup.db('write'), () => {
      for (let i = 1; i <= 300; i++) insertPerson(setup.db('write'), `Person ${i}`, 'work', new Date('2026-01-01T00:00:00Z'));
      insertPerson(setup.db('write'), 'Per', 'friend', new Date('2026-01-01T00:00:00Z'));
    });
    const ctx = ctxFor(db, [{ type: 'per', pick: 'Per' }, CTRL_C, { type: 'person 299', pick: 'Person 299' }, CTRL_C]);
    await expect(log({}, ctx)).rejects.toBeInstanceOf(CancelledError);
    const [note, first, second, ...rest] = ctx.prompt.offered[0]!;
    expect(note).toBe('50 of 301 shown, best first: type more of the name to narrow them down');
    expect([first, second]).toEqual(['Per', 'Person 1']);
    expect(rest).toHaveLength(48);
    await expect(log({}, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.prompt.offered[1]).toEqual(['Person 299']);
  });

  it('saves nothing when Ctrl-C comes at the last question', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: /Add/ }, 'work', null, 'Send the deck', 'fri', '', '', CTRL_C]);
    await expect(log({}, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(all(ctx)).toEqual([]);
    expect(peopleSummaries(ctx.db('write'))).toEqual([]);
  });

  it('saves nothing when Ctrl-C comes in the middle of resolving', async () => {
    const db = tempDb();
    await log({ text: 'Send the deck', to: 'Alice', due: 'fri' }, ctxFor(db, []));
    const ctx = ctxFor(db, [{ type: 'alice', pick: 'Alice' }, 'Send the deck', 'kept', CTRL_C]);
    await expect(log({}, ctx)).rejects.toThrow('Nothing was saved');
    expect(all(ctx).map((p) => p.status)).toEqual(['open']);
  });

  it('shows each new promise\'s note in the summary before saving', async () => {
    const ctx = ctxFor(tempDb(), [{ type: 'Alice', pick: /Add/ }, 'work', null, 'Send the deck', 'fri', 'she needs it for the board', '', true]);
    await log({}, ctx);
    expect(ctx.errors()).toMatch(/new +Send the deck · due Fri 27 Nov\n +note: she needs it for the board\n/);
  });

  it('on "no" to the summary, discards only after a confirm, and says what was dropped', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: /Add/ }, 'work', null, 'Send the deck', 'fri', 'for the board', '', false, 'Discard all of it', true]);
    expect((await log({}, ctx)).saved).toBe(false);
    expect(all(ctx)).toEqual([]);
    expect(ctx.errors()).toMatch(/Nothing was saved\. You discarded:\n +new +Send the deck · due Fri 27 Nov\n +note: for the board/);
  });

  it('on "no", a second thought about discarding goes back to the summary, and it can still be saved', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: /Add/ }, 'work', null, 'Send the deck', '', '', '', false, 'Discard all of it', false, false, 'Save after all']);
    expect((await log({}, ctx)).saved).toBe(true);
    expect(ctx.prompt.remaining).toBe(0);
    expect(all(ctx).map((p) => p.text)).toEqual(['Send the deck']);
    expect(ctx.errors()).not.toContain('Nothing was saved');
    expect(ctx.errors().match(/Conversation with Alice/g)).toHaveLength(2);
  });

  it('on "no", changes a new promise\'s text, date and note, or removes it, then saves the rest', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, [
      { type: 'Alice', pick: /Add/ }, 'work', null,
      'Send the dek', 'fri', 'old note',
      'Book the room', '', '',
      '',
      false, 'Change something', 'new: Send the dek', 'The promise text', 'Send the deck',
      false, 'Change something', 'new: Send the deck', 'The due date', 'mon',
      false, 'Change something', 'new: Send the deck', 'Remove the note',
      false, 'Change something', 'new: Book the room', 'Remove this promise',
      true,
    ]);
    expect((await log({}, ctx)).saved).toBe(true);
    expect(ctx.prompt.remaining).toBe(0);
    expect(all(ctx).map((p) => [p.text, p.due?.date ?? null, p.note])).toEqual([['Send the deck', '2026-11-23', null]]);
  });

  it('on "no", changes what happened to a promise, or leaves it open after all', async () => {
    const db = tempDb();
    await log({ text: 'Send the deck', to: 'Alice', due: 'fri' }, ctxFor(db, []));
    await log({ text: 'Call back', to: 'Alice' }, ctxFor(db, []));
    const ctx = ctxFor(db, [
      { type: 'ali', pick: 'Alice' },
      'Send the deck', 'kept',
      'Call back', 'broken',
      '',
      false, 'Change something', 'broken: #2 Call back', 'Released',
      false, 'Change something', 'kept: #1 Send the deck', 'Nothing yet',
      true,
    ]);
    await log({}, ctx);
    expect(ctx.prompt.remaining).toBe(0);
    expect(all(ctx).map((p) => [p.text, p.status])).toEqual([
      ['Send the deck', 'open'],
      ['Call back', 'released'],
    ]);
  });

  it('warns, without refusing, when the week already holds many promises', async () => {
    const db = tempDb();
    for (let i = 1; i <= 8; i++) await log({ text: `Task ${i}`, to: 'Alice', due: 'fri' }, ctxFor(db, []));
    const ctx = ctxFor(db, [{ type: 'alice', pick: 'Alice' }, null, 'One more thing', 'thu', '', '', true]);
    await log({}, ctx);
    expect(ctx.errors()).toMatch(/9 open promises due in the week of Mon 23 Nov/);
    expect(all(ctx)).toHaveLength(9);
  });

  it('does not warn about a quiet week', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, []);
    await log({ text: 'Only one', to: 'Alice', due: 'fri' }, ctx);
    expect(ctx.errors()).toBe('');
  });

  it('refuses a bad due date at the prompt instead of saving it', async () => {
    const ctx = ctxFor(tempDb(), [{ type: 'Alice', pick: /Add/ }, 'work', null, 'Send the deck', 'someday']);
    await expect(log({}, ctx)).rejects.toThrow(/would refuse "someday"/);
  });

  it('talks about promises to yourself in the second person', async () => {
    const ctx = ctxFor(tempDb(), [{ type: 'Me', pick: /Add/ }, 'self', 'Run 5k', '+2d', '', '', true]);
    await log({}, ctx);
    expect(ctx.prompt.asked).toContain('What did you promise yourself? (leave empty if nothing)');
  });
});
