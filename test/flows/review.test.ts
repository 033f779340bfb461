import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { resolve } from '../../src/commands/resolve.js';
import { review } from '../../src/commands/review.js';
import { distinctKeys } from '../../src/commands/review-ask.js';
import { getPromise } from '../../src/store/promises.js';
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
  it('shows the report, asks the chosen prompts, and saves answers, and intentions in the user\'s own words', async () => {
    const at = await journal();
    // Three prompts: the break, and two reflections (best moment looks back; obstacle asks for an action).
    const ctx = at('2026-11-22T19:00:00', [
      'Forgot to set a reminder', true, 'Set a reminder for every promise',
      'Lunch with Alice',
      '',
    ]);
    await review({}, ctx);
    expect(ctx.output()).toContain('Week 2026-W47');
    expect(ctx.prompt.asked).toEqual([
      'You broke "Call the bank" (to Bob). What got in the way, and what will you change?',
      'Carry this into next week as an intention?',
      'What will you do? (one concrete step, in your own words)',
      'What was the best moment of the week with someone who matters to you?', // no intention offered
      'What was the biggest obstacle to keeping your word this week, and what would make it smaller?',
    ]);
    const saved = reviewOfWeek(ctx.db('read'), '2026-W47')!;
    expect(saved.answers.map((a) => [a.promptKey, a.answer, a.intention])).toEqual([
      ['broken:2', 'Forgot to set a reminder', false],
      ['intention:broken:2', 'Set a reminder for every promise', true],
      ['best-moment', 'Lunch with Alice', false],
      ['obstacle', '', false], // skipped, kept as asked
    ]);
    expect(saved.figures).toMatchObject({ week: '2026-W47', counts: { keptOnTime: 1, broken: 1 } });
  });

  it('asks for no intention after a bare "no", and says so when the intention is left empty', async () => {
    const at = await journal();
    const ctx = at('2026-11-22T19:00:00', ['No.', 'Lunch with Alice', 'Too many promises', true, '']);
    await review({}, ctx);
    expect(ctx.prompt.asked).toEqual([
      'You broke "Call the bank" (to Bob). What got in the way, and what will you change?', // "No." asks nothing more
      'What was the best moment of the week with someone who matters to you?',
      'What was the biggest obstacle to keeping your word this week, and what would make it smaller?',
      'Carry this into next week as an intention?',
      'What will you do? (one concrete step, in your own words)',
    ]);
    expect(ctx.output()).toContain('No intention saved for this one.');
    expect(reviewOfWeek(ctx.db('read'), '2026-W47')!.answers.filter((a) => a.intention)).toEqual([]);
  });

  it('asks which promise to renegotiate only while one is open to renegotiate', async () => {
    const at = await journal();
    const none = at('2026-11-22T19:00:00', ['', '', '']);
    await review({ week: '2026-W47' }, none);
    expect(none.prompt.asked.some((q) => q.includes('renegotiate now'))).toBe(false); // 2 made, 1 kept, but nothing is open
    const busier = await journal();
    await log({ text: 'Plan the trip', to: 'Alice', due: '2026-11-28' }, busier('2026-11-20T09:00:00'));
    const some = busier('2026-11-22T19:00:00', ['', 'Plan the trip: ask Alice for a week more', true, 'Ask Alice on Monday', '', '']);
    await review({}, some);
    expect(some.prompt.asked).toContain('You made 3 promises this week and kept 1. Which open one should you renegotiate now, rather than break later?');
  });

  it('starts next week with last week\'s intentions; "partly" asks what is left, which comes back the week after', async () => {
    const at = await journal();
    await review({}, at('2026-11-22T19:00:00', ['Forgot', true, 'Set reminders for every promise', '', '']));
    const next = at('2026-11-29T19:00:00', ['partly', 'Set them for the work promises too', '', '', '']);
    await review({}, next);
    expect(next.output()).toContain("Last week's intentions");
    expect(next.prompt.asked[0]).toContain('You meant to: Set reminders for every promise');
    expect(next.prompt.asked[1]).toBe('What is left to do? (it comes back next week; leave empty if nothing)');
    const w47 = reviewOfWeek(next.db('read'), '2026-W47')!;
    expect(w47.answers.find((a) => a.intention)).toMatchObject({ answer: 'Set reminders for every promise', followed: 'partly' });
    const w48 = reviewOfWeek(next.db('read'), '2026-W48')!;
    expect(w48.answers[0]).toMatchObject({ promptKey: 'left:broken:2', answer: 'Set them for the work promises too', intention: true, followed: null });
    const after = at('2026-12-06T19:00:00', ['yes', '', '', '']);
    await review({}, after);
    expect(after.prompt.asked[0]).toContain('You meant to: Set them for the work promises too');
  });

  it('after a gap of weeks, follows up the intentions of the last review there was', async () => {
    const at = await journal();
    await review({}, at('2026-11-22T19:00:00', ['Forgot', true, 'Set reminders', '', '']));
    const later = at('2026-12-20T19:00:00', ['no', '', '', '']);
    await review({}, later);
    expect(later.output()).toContain('Intentions from your last review (2026-W47, 4 weeks ago)');
  });

  it('shows an existing review and adds to it only when asked, never overwriting', async () => {
    const at = await journal();
    await review({}, at('2026-11-22T19:00:00', ['First answer', false, '', '']));
    const declined = at('2026-11-22T20:00:00', [false]);
    await review({}, declined);
    expect(declined.output()).toContain('First answer');
    const added = at('2026-11-22T21:00:00', [true, 'Second thought', false, '']); // the answered prompt is not asked again
    await review({}, added);
    const saved = reviewOfWeek(added.db('read'), '2026-W47')!;
    expect(saved.answers.map((a) => a.answer).filter(Boolean)).toEqual(['First answer', 'Second thought']);
    expect(added.prompt.asked.some((q) => q.startsWith('You broke'))).toBe(false);
  });

  it('saves nothing on Ctrl-C', async () => {
    const at = await journal();
    const ctx = at('2026-11-22T19:00:00', ['An answer', true, CTRL_C]); // at "What will you do?"
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

describe('the overdue question in a review', () => {
  async function overdue() {
    const at = await journal();
    await log({ text: 'Return the drill', to: 'Carol', due: '2026-11-18' }, at('2026-11-16T10:00:00')); // #3, overdue by the review
    // Prompts: the break, the overdue drill, two reflections.
    return at;
  }
  const drill = (ctx: TestContext) => getPromise(ctx.db('read'), 3)!;

  it('keeps it, late, when the review is saved', async () => {
    const at = await overdue();
    const ctx = at('2026-11-22T19:00:00', ['', 'Kept it', '', '']);
    await review({}, ctx);
    expect(ctx.prompt.asked[1]).toMatch(/"Return the drill" \(to Carol\) is 4 days overdue/);
    expect(drill(ctx)).toMatchObject({ status: 'kept', late: true });
    expect(reviewOfWeek(ctx.db('read'), '2026-W47')!.answers[1]).toMatchObject({ promptKey: 'overdue:3', answer: 'Kept it, late.' });
    expect(ctx.output()).toContain('#3 "Return the drill" (to Carol) is kept, late.');
  });

  it('calls it broken and points at trust repair', async () => {
    const at = await overdue();
    const ctx = at('2026-11-22T19:00:00', ['', 'Call it broken', '', '']);
    await review({}, ctx);
    expect(drill(ctx).status).toBe('broken');
    expect(ctx.output()).toContain('`trust repair 3`');
  });

  it('renegotiates with a date still ahead: the missed date counts as broken, and the promise is made again', async () => {
    const at = await overdue();
    const refused = at('2026-11-22T19:00:00', ['', 'Renegotiate', 'yesterday']);
    await expect(review({}, refused)).rejects.toThrow(/would refuse "yesterday"/);
    const ctx = at('2026-11-22T19:00:00', ['', 'Renegotiate', 'fri', '', '']);
    await review({}, ctx);
    expect(drill(ctx).status).toBe('broken');
    expect(getPromise(ctx.db('read'), 4)).toMatchObject({ text: 'Return the drill', person: 'Carol', status: 'open', due: { date: '2026-11-27', time: null } });
    expect(ctx.output()).toContain('It is promised again as #4, due Fri 27 Nov.');
    expect(reviewOfWeek(ctx.db('read'), '2026-W47')!.answers.filter((a) => a.intention)).toEqual([]);
  });

  it('offers an intention only when the promise is left open: a decision already applied leaves nothing to carry', async () => {
    for (const choice of ['Kept it', 'Call it broken']) {
      const at = await overdue();
      const ctx = at('2026-11-22T19:00:00', ['', choice, '', '']);
      await review({}, ctx);
      expect(ctx.prompt.asked).not.toContain('Carry this into next week as an intention?');
    }
    const at = await overdue();
    const ctx = at('2026-11-22T19:00:00', ['', 'Not decided yet', true, 'Ask Carol if Saturday works', '', '']);
    await review({}, ctx);
    expect(ctx.prompt.asked[2]).toBe('Carry this into next week as an intention?');
    expect(drill(ctx).status).toBe('open');
    expect(reviewOfWeek(ctx.db('read'), '2026-W47')!.answers.filter((a) => a.intention)).toMatchObject([
      { promptKey: 'intention:overdue:3', answer: 'Ask Carol if Saturday works' },
    ]);
  });

  it('applies nothing on Ctrl-C: the decision is saved with the review or not at all', async () => {
    const at = await overdue();
    const ctx = at('2026-11-22T19:00:00', ['', 'Kept it', CTRL_C]);
    await expect(review({}, ctx)).rejects.toThrow('Nothing was saved');
    expect(drill(ctx).status).toBe('open');
    expect(allReviews(ctx.db('read'))).toEqual([]);
  });
});

describe('answers saved together', () => {
  it('never share a key, so an import (which tells answers apart by review, key and time) loses none', () => {
    const a = (promptKey: string) => ({ promptKey, prompt: 'p', answer: 'x', intention: true });
    expect(distinctKeys([a('left:thanks'), a('left:thanks'), a('intention:thanks'), a('left:thanks')]).map((x) => x.promptKey)).toEqual([
      'left:thanks', 'left:thanks#2', 'intention:thanks', 'left:thanks#3',
    ]);
  });
});
