import { afterEach, describe, expect, it } from 'vitest';
import { remove } from '../../src/commands/delete.js';
import { edit } from '../../src/commands/edit.js';
import { log } from '../../src/commands/log.js';
import { getPromise } from '../../src/store/promises.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));
async function journalWithOne() {
  const db = tempDb();
  const ctx = testContext(db, []);
  open.push(ctx);
  await log({ text: 'Send the deck', to: 'Alice', due: 'fri', note: 'slides' }, ctx);
  await log({ text: 'Anything', to: 'Sam' }, ctx);
  return (script: Parameters<typeof testContext>[1]) => {
    const next = testContext(db, script);
    open.push(next);
    return next;
  };
}

describe('trust edit at a terminal', () => {
  it('offers every field with its current value, and changes only what was retyped', async () => {
    const ctxWith = await journalWithOne();
    const ctx = ctxWith([null, '2026-12-04', 'sam', null]); // null: Enter keeps the default
    const after = await edit('1', {}, ctx);
    expect(ctx.prompt.asked).toEqual(['Promise:', 'Due (a date, or "none"):', 'To:', 'Note (Enter keeps it; type - to remove it):']);
    expect(after).toMatchObject({ text: 'Send the deck', person: 'Sam', note: 'slides', due: { date: '2026-12-04', time: null } });
  });

  it('removes the note when "-" is typed, and says how in the question', async () => {
    const ctxWith = await journalWithOne();
    const ctx = ctxWith([null, null, null, '-']);
    const after = await edit('1', {}, ctx);
    expect(after.note).toBeNull();
    expect(ctx.output()).toContain('Corrected');
  });

  it('asks for a note as optional when there is none', async () => {
    const ctxWith = await journalWithOne();
    const ctx = ctxWith([null, null, null, 'call first']);
    expect((await edit('2', {}, ctx)).note).toBe('call first');
    expect(ctx.prompt.asked.at(-1)).toBe('Note (optional):');
  });

  it.each([[''], ['-']])('--note %j removes the note too', async (flag) => {
    const ctxWith = await journalWithOne();
    expect((await edit('1', { note: flag }, ctxWith([]))).note).toBeNull();
  });

  it('says so when nothing changed', async () => {
    const ctxWith = await journalWithOne();
    const ctx = ctxWith([null, null, null, null]);
    await edit('1', {}, ctx);
    expect(ctx.output()).toBe('Nothing to change.\n');
  });
});

describe('trust delete at a terminal', () => {
  it('asks first, and a no deletes nothing', async () => {
    const ctxWith = await journalWithOne();
    const ctx = ctxWith([false]);
    expect(await remove('1', {}, ctx)).toBe(false);
    expect(getPromise(ctx.db('read'), 1)?.deletedAt).toBeNull();
  });

  it('deletes after a yes', async () => {
    const ctxWith = await journalWithOne();
    const ctx = ctxWith([true]);
    expect(await remove('1', {}, ctx)).toBe(true);
    expect(getPromise(ctx.db('read'), 1)?.deletedAt).toBeInstanceOf(Date);
  });
});
