/**
 * trust log at a terminal, when the due date typed is sooner than the user usually delivers to
 * that person: the one line, then the choice between the date typed and the later one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { isLate } from '../../src/domain/promise.js';
import { insertPerson } from '../../src/store/people.js';
import { insertPromise, listPromises, resolvePromise } from '../../src/store/promises.js';
import { writeTx } from '../../src/store/tx.js';
import { useLanguage } from '../../src/i18n/messages.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.close());
  await useLanguage('en');
});

/** Alice: 5 promises kept, each 3 days after its due date. */
function aliceLate(): string {
  const db = tempDb();
  const ctx = testContext(db, []);
  const raw = ctx.db('write');
  writeTx(raw, () => {
    const alice = insertPerson(raw, 'Alice', 'work', new Date('2026-11-01T10:00:00'));
    for (let day = 3; day <= 7; day++) {
      const due = { date: `2026-11-0${day}`, time: null };
      const at = new Date(`2026-11-${String(day + 3).padStart(2, '0')}T10:00:00`);
      const id = insertPromise(raw, { personId: alice.id, conversationId: null, text: `Promise ${day}`, note: null, due }, new Date('2026-11-02T10:00:00'));
      resolvePromise(raw, id, 'kept', at, isLate(due, at), null, at);
    }
  });
  ctx.close();
  return db;
}

function logAtTerminal(db: string, choice: string) {
  const ctx = testContext(db, [{ type: 'ali', pick: 'Alice' }, 'Send the deck', '2026-11-27', '', choice, '', true]);
  open.push(ctx);
  return ctx;
}

const dueOfNew = (ctx: TestContext) => listPromises(ctx.db('write'), { status: 'open', limit: 10 }).items.map((p) => p.due?.date);

describe('trust log at a terminal offers the calibrated date', () => {
  it('takes the later date when chosen', async () => {
    const ctx = logAtTerminal(aliceLate(), 'Change it to Mon 30 Nov');
    expect((await log({}, ctx)).saved).toBe(true);
    expect(ctx.prompt.remaining).toBe(0);
    expect(ctx.errors()).toContain('With Alice you were a median of 3 days late over the last 5 promises you kept; Fri 27 Nov → Mon 30 Nov?');
    expect(ctx.prompt.asked).toContain('Which due date?');
    expect(dueOfNew(ctx)).toEqual(['2026-11-30']);
  });

  it('keeps the date said when chosen', async () => {
    const ctx = logAtTerminal(aliceLate(), 'Keep Fri 27 Nov, as said');
    await log({}, ctx);
    expect(dueOfNew(ctx)).toEqual(['2026-11-27']);
  });

  it('offers it for someone new from everyone’s history, and asks nothing without a due date', async () => {
    const db = aliceLate();
    // The usual keep with Bob is unknown and everyone's history is Alice's: still asked.
    const bob = testContext(db, [{ type: 'Bob', pick: /Add "Bob"/ }, 'friend', 'Every 4 weeks', 'Call back', '2026-11-27', '', 'Keep', '', true]);
    open.push(bob);
    await log({}, bob);
    expect(bob.errors()).toContain('You were a median of 3 days late over the last 5 promises you kept');
    // Without a due date: nothing to calibrate.
    const none = testContext(db, [{ type: 'ali', pick: 'Alice' }, 'Call back', '', '', '', true]);
    open.push(none);
    await log({}, none);
    expect(none.prompt.asked).not.toContain('Which due date?');
  });

  it('in Japanese', async () => {
    await useLanguage('ja');
    const ctx = logAtTerminal(aliceLate(), '11月30日(月)に変える');
    await log({}, ctx);
    expect(ctx.prompt.asked).toContain('期限はどちらにしますか？');
    expect(dueOfNew(ctx)).toEqual(['2026-11-30']);
  });
});
