/** Counts read as English: "1 week", "1 earlier promise", never "1 weeks". */
import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { person } from '../../src/commands/person.js';
import { resolve } from '../../src/commands/resolve.js';
import { review } from '../../src/commands/review.js';
import { stats } from '../../src/commands/stats.js';
import type { Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

function journal() {
  const db = tempDb();
  return (now: string, script: Answer[] = []) => {
    const ctx = testContext(db, script, new Date(now));
    open.push(ctx);
    return ctx;
  };
}

describe('plurals', () => {
  it('counts one review streak week as "1 week"', async () => {
    const at = journal();
    await log({ text: 'Send the deck', to: 'Alice', due: 'tue' }, at('2026-11-16T09:00:00'));
    await log({ text: 'Call the bank', to: 'Bob', due: 'wed' }, at('2026-11-16T09:00:00'));
    await resolve('kept', ['1'], {}, at('2026-11-17T09:00:00'));
    await resolve('broken', ['2'], {}, at('2026-11-19T09:00:00'));
    await review({}, at('2026-11-22T19:00:00', ['Forgot to set a reminder', false, 'Lunch with Alice', '']));
    const ctx = at('2026-11-22T20:00:00');
    await stats({}, ctx);
    expect(ctx.output()).toContain('Reviews:     1 week (best 1)');
  });

  it('says "1 earlier promise" when one is left out', async () => {
    const at = journal();
    await log({ text: 'Send the deck', to: 'Alice' }, at('2026-11-16T09:00:00'));
    await log({ text: 'Call back', to: 'Alice' }, at('2026-11-17T09:00:00'));
    const ctx = at('2026-11-21T10:00:00');
    await person('Alice', { limit: '1' }, ctx);
    expect(ctx.output()).toContain('…and 1 earlier promise: trust person "Alice" --limit 2');
  });
});
