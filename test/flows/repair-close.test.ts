/**
 * Closing a repair with --close: refused while steps are unanswered, repair promises are open,
 * or none were made, unless --force; the refusal says what is left.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { repair } from '../../src/commands/repair.js';
import { resolve } from '../../src/commands/resolve.js';
import { checklist } from '../../src/domain/checklist.js';
import { TrustError } from '../../src/errors.js';
import { insertPromise } from '../../src/store/promises.js';
import { addCheckins, getRepair, insertRepair, saveAnswer } from '../../src/store/repairs.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

/** A breach repair (14 steps) for broken promise #1, with its first `answered` steps answered. */
async function breachRepair(answered: number, repairPromises: 'none' | 'open' | 'kept') {
  const ctx = testContext(tempDb(), [], new Date('2026-11-21T10:00:00'), false);
  open.push(ctx);
  await log({ text: 'Keep the plans to myself', to: 'Alice', due: 'tomorrow' }, ctx);
  await resolve('broken', ['1'], {}, ctx);
  const db = ctx.db('write');
  const id = insertRepair(db, { personId: 1, promiseId: 1, cause: 'breach', checklistVersion: 1 }, ctx.now);
  const answerOf: Record<string, unknown> = { apology: { draft: 'I am sorry.' }, promises: { promiseIds: [] }, checkins: { dates: [] } };
  for (const step of checklist('breach').slice(0, answered)) saveAnswer(db, id, step, answerOf[step.kind] ?? { text: 'answered' }, ctx.now);
  if (repairPromises !== 'none') {
    const promiseId = insertPromise(db, { personId: 1, conversationId: null, text: 'Check with her before sharing', note: null, due: null, repairId: id }, ctx.now);
    if (repairPromises === 'kept') await resolve('kept', [String(promiseId)], {}, ctx);
  }
  return { ctx, id, state: () => getRepair(db, id)!.state };
}

const refusal = async (run: Promise<unknown>) => {
  const e = await run.then(() => null, (error: unknown) => error);
  expect(e).toBeInstanceOf(TrustError);
  return e as TrustError;
};

describe('trust repair --close', () => {
  it('refuses a repair at 9 of 14 steps with no repair promise, naming what is left', async () => {
    const { ctx, id, state } = await breachRepair(9, 'none');
    const e = await refusal(repair(undefined, { close: String(id), learned: 'x' }, ctx));
    expect(e.exitCode).toBe(1);
    expect(e.message).toBe(
      `Repair #${id} is not finished: 4 steps are not answered yet (Repair promises, Deliver the apology, Share progress, Their feedback); no repair promise was made.`,
    );
    expect(e.hint).toBe(`Continue it with \`trust repair --resume ${id}\`, or close it as it stands with --force.`);
    expect(state()).toBe('in progress');
  });

  it('refuses a fully answered repair that made no repair promise', async () => {
    const { ctx, id, state } = await breachRepair(13, 'none');
    const e = await refusal(repair(undefined, { close: String(id), learned: 'x' }, ctx));
    expect(e.message).toBe(`Repair #${id} is not finished: no repair promise was made.`);
    expect(state()).toBe('in progress');
  });

  it('closes with --force whatever is left, and without it once everything is done', async () => {
    const forced = await breachRepair(9, 'none');
    await repair(undefined, { close: String(forced.id), learned: 'Ask first', force: true }, forced.ctx);
    expect(forced.state()).toBe('done');

    const finished = await breachRepair(13, 'kept');
    await repair(undefined, { close: String(finished.id), learned: 'Ask first' }, finished.ctx);
    expect(finished.state()).toBe('done');
  });

  it('still refuses open repair promises on their own', async () => {
    const { ctx, id } = await breachRepair(13, 'open');
    const e = await refusal(repair(undefined, { close: String(id), learned: 'x' }, ctx));
    expect(e.message).toBe(`Repair #${id} is not finished: 1 repair promise is still open.`);
    expect(e.hint).toBe('Keep or resolve that promise (trust list --person "Alice"), or close it as it stands with --force.');
  });
});

describe('check-ins of a closed repair', () => {
  async function withCheckins(close: 'done' | 'abandoned') {
    const { ctx, id } = await breachRepair(13, 'kept');
    addCheckins(ctx.db('write'), id, ['2026-11-20', '2026-11-24', '2026-12-01']);
    if (close === 'done') await repair(undefined, { close: String(id), learned: 'Ask first' }, ctx);
    else await repair(undefined, { abandon: String(id) }, ctx);
    const later = testContext(ctx.dbPath, [], new Date('2026-11-22T10:00:00'), false);
    open.push(later);
    return { later, id };
  }

  it('are not upcoming once the repair is closed: the ones that never came are not needed', async () => {
    const { later, id } = await withCheckins('done');
    const view = (await repair(undefined, { show: String(id) }, later)) as { checkins: unknown };
    expect(view.checkins).toEqual([
      { date: '2026-11-20', state: 'met' }, // before the closing, met by the conversation logged on the 21st
      { date: '2026-11-24', state: 'not needed' },
      { date: '2026-12-01', state: 'not needed' },
    ]);
    expect(later.output()).toContain('Tue 24 Nov: not needed (the repair is closed)');
    expect(later.output()).not.toContain('upcoming');
  });

  it('leave --list without a next check-in, for a repair set aside too', async () => {
    const { later } = await withCheckins('abandoned');
    await repair(undefined, { list: true }, later);
    expect(later.output()).toMatch(/│ abandoned\s+│ 13\/14\s+│ –\s+│ –\s+│/);
    await repair(undefined, { show: '1', markdown: true }, later);
    expect(later.output()).toContain('- Tue 24 Nov: not needed (the repair was set aside)');
  });
});
