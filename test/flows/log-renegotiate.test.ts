/**
 * trust log's "Any news?" offers renegotiating beside kept, broken and released: a new date agreed
 * in the conversation, saved with it in one transaction, as `trust renegotiate` would save it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { CancelledError } from '../../src/errors.js';
import { useLanguage } from '../../src/i18n/messages.js';
import { getPromise, promiseEvents } from '../../src/store/promises.js';
import { CTRL_C, type Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
function ctxFor(db: string, script: Answer[], now?: Date) {
  const ctx = testContext(db, script, now, script.length > 0);
  open.push(ctx);
  return ctx;
}
afterEach(async () => {
  open.splice(0).forEach((c) => c.close());
  await useLanguage('en');
});

/** Alice owed "Send the deck" on Friday 27 November and "Call back" on Monday 16 November. */
async function journal(): Promise<string> {
  const db = tempDb();
  const before = new Date('2026-11-10T10:00:00');
  await log({ text: 'Send the deck', to: 'Alice', due: '2026-11-27' }, ctxFor(db, [], before));
  await log({ text: 'Call back', to: 'Alice', due: '2026-11-16' }, ctxFor(db, [], before));
  return db;
}

const conversations = (ctx: TestContext) => ctx.db('write').prepare('SELECT count(*) FROM conversations').pluck().get();

describe('renegotiating at "Any news?"', () => {
  it('asks the new date and a note, and saves them with the conversation', async () => {
    const db = await journal();
    const ctx = ctxFor(db, [
      { type: 'Alice', pick: 'Alice' },
      'Send the deck', 'Renegotiated', '2026-12-04', 'She needs it for the December board',
      null, // no other news
      '', // no new promise
      true,
    ]);
    const result = await log({}, ctx);
    expect(ctx.prompt.asked.slice(2, 5)).toEqual(['What happened?', 'The new date you agreed (fri, +3d, eow …)', 'A note on what you agreed? (optional)']);
    expect(ctx.errors()).toMatch(/renegotiated #1 Send the deck · due Fri 4 Dec/);
    expect(result.renegotiated.map((p) => [p.id, p.due, p.status])).toEqual([[1, { date: '2026-12-04', time: null }, 'open']]);
    expect(ctx.output()).toContain('✓ Renegotiated: #1 Send the deck → Alice · due Fri 4 Dec');
    const history = promiseEvents(ctx.db('write'), 1);
    expect(history.at(-1)).toMatchObject({ kind: 'renegotiated', note: 'She needs it for the December board', detail: { from: { date: '2026-11-27', time: null }, to: { date: '2026-12-04', time: null } } });
    expect(conversations(ctx)).toBe(3);
  });

  it('offers it only for a promise whose date has not passed, as trust renegotiate does', async () => {
    const db = await journal();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: 'Alice' }, 'Call back', 'Renegotiated']);
    await expect(log({}, ctx)).rejects.toThrow(/No choice Renegotiated in: Kept it \| Broke it \| Released: they let me off, by agreement \| Nothing yet, go back/);
  });

  it('refuses a date it cannot read, at the prompt', async () => {
    const db = await journal();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: 'Alice' }, 'Send the deck', 'Renegotiated', 'someday']);
    await expect(log({}, ctx)).rejects.toThrow(/The prompt would refuse "someday"/);
  });

  it('saves nothing, renegotiation included, on Ctrl-C at the last question', async () => {
    const db = await journal();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: 'Alice' }, 'Send the deck', 'Renegotiated', '2026-12-04', '', null, '', CTRL_C]);
    await expect(log({}, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(getPromise(ctx.db('write'), 1)!.due).toEqual({ date: '2026-11-27', time: null });
    expect(promiseEvents(ctx.db('write'), 1).map((e) => e.kind)).toEqual(['created']);
    expect(conversations(ctx)).toBe(2);
  });

  it('on "no" to the summary, keeps the old date after all, or agrees another one', async () => {
    const db = await journal();
    const kept = ctxFor(db, [
      { type: 'Alice', pick: 'Alice' }, 'Send the deck', 'Renegotiated', '2026-12-04', '', null, '',
      false, 'Change something', 'renegotiated: #1 Send the deck', 'Keep the date as it was', true,
    ]);
    expect((await log({}, kept)).renegotiated).toEqual([]);
    expect(getPromise(kept.db('write'), 1)!.due).toEqual({ date: '2026-11-27', time: null });
    const moved = ctxFor(db, [
      { type: 'Alice', pick: 'Alice' }, 'Send the deck', 'Renegotiated', '2026-12-04', '', null, '',
      false, 'Change something', 'renegotiated: #1 Send the deck', 'The due date (now Fri 4 Dec)', '2026-12-11', 'Friday after, then', true,
    ]);
    await log({}, moved);
    expect(getPromise(moved.db('write'), 1)!.due).toEqual({ date: '2026-12-11', time: null });
    expect(promiseEvents(moved.db('write'), 1).at(-1)).toMatchObject({ kind: 'renegotiated', note: 'Friday after, then' });
  });

  it('resolves one promise and renegotiates another in the same conversation, and says both in --json', async () => {
    const db = await journal();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: 'Alice' }, 'Send the deck', 'Renegotiated', 'fri', '', 'Call back', 'Kept it', '', true]);
    await log({ json: true }, ctx);
    const out = JSON.parse(ctx.output());
    expect(out.resolved.map((p: { id: number; status: string }) => [p.id, p.status])).toEqual([[2, 'kept']]);
    expect(out.renegotiated.map((p: { id: number; due: string }) => [p.id, p.due])).toEqual([[1, '2026-11-27']]);
  });

  it('asks in Japanese', async () => {
    const db = await journal();
    await useLanguage('ja');
    const ctx = ctxFor(db, [{ type: 'Alice', pick: 'Alice' }, 'Send the deck', '結び直した', '12月4日', '', null, '', true]);
    await log({}, ctx);
    expect(ctx.prompt.asked.slice(3, 5)).toEqual(['合意した新しい期限は？（例：金曜、3日後、月末）', '合意した内容のメモはありますか？（任意）']);
    expect(ctx.errors()).toContain('結び直し #1 Send the deck');
    expect(getPromise(ctx.db('write'), 1)!.due).toEqual({ date: '2026-12-04', time: null });
  });
});
