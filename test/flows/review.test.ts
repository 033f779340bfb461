import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { resolve } from '../../src/commands/resolve.js';
import { review } from '../../src/commands/review.js';
import { allReviews, reviewOfWeek } from '../../src/store/reviews.js';
import { CTRL_C, type Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

async function journal() {
  const db = tempDb();
  const at = (now: string, script: Answer[] = []) => {
    const ctx = testContext(db, script, new Date(now));
    open.push(ctx);
    return ctx;
  };
  await log({ text: 'Send the deck', to: 'Alice', due: 'tue' }, at('2026-11-16T09:00:00'));
  await log({ text: 'Call the bank', to: 'Bob', due: 'wed' }, at('2026-11-16T09:00:00'));
  await resolve('kept', ['1'], {}, at('2026-11-17T09:00:00'));
  await resolve('broken', ['2'], {}, at('2026-11-19T09:00:00'));
  return at;
}

describe('trust review at a terminal', () => {
  it('shows the report, asks the chosen prompts, and saves answers and intentions with the figures', async () => {
    const at = await journal();
    // Four prompts: the break, over-promising (2 made, 1 kept), and two reflections.
    const ctx = at('2026-11-22T19:00:00', ['Forgot to set a reminder', true, 'Renegotiate nothing: all done', false, '', '']);
    await review({}, ctx);
    const out = ctx.output();
    expect(out).toContain('Week 2026-W47');
    expect(ctx.prompt.asked[0]).toBe('You broke "Call the bank" (to Bob). What got in the way, and what will you change?');
    expect(ctx.prompt.asked[2]).toMatch(/made 2 promises this week and kept 1/);
    expect(ctx.prompt.asked).toHaveLength(6); // 4 prompts; the 2 answered ones each ask about an intention
    const saved = reviewOfWeek(ctx.db('read'), '2026-W47')!;
    expect(saved.answers.filter((a) => a.answer !== '').map((a) => [a.promptKey.split(':')[0], a.answer, a.intention])).toEqual([
      ['broken', 'Forgot to set a reminder', true],
      ['overpromised', 'Renegotiate nothing: all done', false],
    ]);
    // The skipped questions are kept as asked, with no answer.
    expect(saved.answers.filter((a) => a.answer === '')).toHaveLength(2);
    expect(saved.figures).toMatchObject({ week: '2026-W47', counts: { keptOnTime: 1, broken: 1 } });
  });

  it('starts next week with last week\'s intentions and records whether each was followed', async () => {
    const at = await journal();
    await review({}, at('2026-11-22T19:00:00', ['Set reminders for every promise', true, '', '', '']));
    const next = at('2026-11-29T19:00:00', ['partly', '', '', '']);
    await review({}, next);
    expect(next.output()).toContain("Last week's intentions");
    expect(next.prompt.asked[0]).toContain('You meant to: Set reminders for every promise');
    const [, last] = allReviews(next.db('read'));
    expect(last!.answers[0]).toMatchObject({ intention: true, followed: 'partly' });
    expect(reviewOfWeek(next.db('read'), '2026-W48')).not.toBeNull();
  });

  it('after a gap of weeks, follows up the intentions of the last review there was', async () => {
    const at = await journal();
    await review({}, at('2026-11-22T19:00:00', ['Set reminders', true, '', '', '']));
    const later = at('2026-12-20T19:00:00', ['no', '', '', '']);
    await review({}, later);
    expect(later.output()).toContain('Intentions from your last review (2026-W47, 4 weeks ago)');
  });

  it('shows an existing review and adds to it only when asked, never overwriting', async () => {
    const at = await journal();
    await review({}, at('2026-11-22T19:00:00', ['First answer', false, '', '', '']));
    const declined = at('2026-11-22T20:00:00', [false]);
    await review({}, declined);
    expect(declined.output()).toContain('First answer');
    const added = at('2026-11-22T21:00:00', [true, 'Second thought', false, '', '']); // the answered prompt is not asked again
    await review({}, added);
    const saved = reviewOfWeek(added.db('read'), '2026-W47')!;
    expect(saved.answers.map((a) => a.answer).filter(Boolean)).toEqual(['First answer', 'Second thought']);
    expect(added.prompt.asked.some((q) => q.startsWith('You broke'))).toBe(false);
  });

  it('saves nothing on Ctrl-C', async () => {
    const at = await journal();
    const ctx = at('2026-11-22T19:00:00', ['An answer', true, CTRL_C]);
    await expect(review({}, ctx)).rejects.toThrow('Nothing was saved');
    expect(allReviews(ctx.db('read'))).toEqual([]);
  });

  it('prints the report only with --no-prompts', async () => {
    const at = await journal();
    const ctx = at('2026-11-22T19:00:00');
    await review({ prompts: false }, ctx);
    expect(ctx.output()).toContain('Keep rate, last 12 weeks');
    expect(ctx.prompt.asked).toEqual([]);
    expect(allReviews(ctx.db('read'))).toEqual([]);
  });
});
