/**
 * The review's questions (and the person search behind them) are loaded only when they are
 * asked: `trust review --no-prompts` and a review without a terminal print the report alone,
 * and should not pay for modules they never run.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '../../src/commands/log.js';
import { review } from '../../src/commands/review.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

vi.mock('../../src/commands/review-ask.js', () => {
  throw new Error('review-ask was loaded');
});

process.env.TZ = 'Europe/Berlin';
const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

describe('trust review without questions', () => {
  it.each([
    ['--no-prompts at a terminal', { prompts: false }, true],
    ['without a terminal', {}, false],
  ])('prints the report without loading the questions (%s)', async (_name, opts, interactive) => {
    const db = tempDb();
    const first = testContext(db, [], new Date('2026-11-16T09:00:00'));
    open.push(first);
    await log({ text: 'Send the deck', to: 'Alice', due: 'tue' }, first);
    const ctx = testContext(db, [], new Date('2026-11-22T19:00:00'), interactive);
    open.push(ctx);
    await review(opts, ctx);
    expect(ctx.output()).toContain('Week 2026-W47');
  });
});
