/**
 * Someone new, added at a terminal, is asked for a rhythm right after the relation: how often to
 * be in touch. Yourself, someone known, and the scripted one-line form are not asked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { repair } from '../../src/commands/repair.js';
import { CancelledError } from '../../src/errors.js';
import { findPerson } from '../../src/store/people.js';
import { CTRL_C, type Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';
import { useLanguage } from '../../src/i18n/messages.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
function ctxFor(db: string, script: Answer[], interactive = true) {
  const ctx = testContext(db, script, undefined, interactive);
  open.push(ctx);
  return ctx;
}
afterEach(async () => {
  open.splice(0).forEach((c) => c.close());
  await useLanguage('en');
});

const HOW_OFTEN = /^How often would you like to be in touch with /;
const rhythmOf = (ctx: TestContext, name: string) => findPerson(ctx.db('write'), name)?.rhythmDays;

describe('the rhythm of someone new, at a terminal', () => {
  it.each([
    ['Every week', [], 7],
    ['Every 2 weeks', [], 14],
    ['Every 4 weeks', [], null],
    [null, [], null], // Enter: the default
    ['Every 3 months', [], 90],
    ['Another rhythm', ['10d'], 10],
    ['Another rhythm', ['6 weeks'], 42],
    ['Another rhythm', ['none'], null],
  ] as const)('after the relation, "%s" %j saves a rhythm of %s days', async (choice, typed, days) => {
    const db = tempDb();
    const ctx = ctxFor(db, [{ type: 'Alice', pick: /Add "Alice"/ }, 'friend', choice, ...typed, 'Call her back', '', '', '', true]);
    await log({}, ctx);
    expect(ctx.prompt.asked[1]).toBe('How do you know Alice?');
    expect(ctx.prompt.asked[2]).toBe('How often would you like to be in touch with Alice?');
    expect(ctx.prompt.remaining).toBe(0);
    expect(rhythmOf(ctx, 'Alice')).toBe(days);
  });

  it('offers the usual rhythms with the default four weeks, and refuses a rhythm it cannot read', async () => {
    const ctx = ctxFor(tempDb(), [{ type: 'Alice', pick: /Add/ }, 'friend', 'Another rhythm', 'now and then']);
    await expect(log({}, ctx)).rejects.toThrow(/The prompt would refuse "now and then": "now and then" is not a rhythm trust understands/);
  });

  it('asks after a relation given with --relation, and saves the rhythm with the conversation', async () => {
    const ctx = ctxFor(tempDb(), ['Every 2 weeks', 'Lend the tent', '', '', '', true]);
    await log({ to: 'Bob', relation: 'friend' }, ctx);
    expect(ctx.prompt.asked[0]).toMatch(HOW_OFTEN);
    expect(rhythmOf(ctx, 'Bob')).toBe(14);
  });

  it('saves no rhythm when the conversation is discarded', async () => {
    const ctx = ctxFor(tempDb(), ['Every week', 'Lend the tent', '', '', '', CTRL_C]);
    await expect(log({ to: 'Bob', relation: 'friend' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(findPerson(ctx.db('write'), 'Bob')).toBeNull();
  });

  it('does not ask about yourself, nor about someone already known', async () => {
    const db = tempDb();
    const me = ctxFor(db, [{ type: 'Me', pick: /Add/ }, 'self', 'Run 5k', '', '', '', true]);
    await log({}, me);
    expect(me.prompt.asked.some((q) => HOW_OFTEN.test(q))).toBe(false);
    await log({ text: 'Send the deck', to: 'Alice' }, ctxFor(db, [], false));
    const known = ctxFor(db, [{ type: 'Ali', pick: 'Alice' }, null, '', true]);
    await log({}, known);
    expect(known.prompt.asked.some((q) => HOW_OFTEN.test(q))).toBe(false);
  });

  it('leaves the one-line form as it was: no question, the default rhythm', async () => {
    const db = tempDb();
    const ctx = ctxFor(db, []);
    await log({ text: 'Send the deck', to: 'Carol', relation: 'work' }, ctx);
    expect(ctx.prompt.asked).toEqual([]);
    expect(rhythmOf(ctx, 'Carol')).toBeNull();
  });

  it('asks when a repair adds someone new', async () => {
    const db = tempDb();
    await log({ text: 'Send the deck', to: 'Alice' }, ctxFor(db, [], false));
    const ctx = ctxFor(db, [true, 'friend', 'Every 2 weeks', CTRL_C]);
    await expect(repair(undefined, { person: 'Sam', cause: 'breach' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.prompt.asked[2]).toBe('How often would you like to be in touch with Sam?');
    expect(rhythmOf(ctx, 'Sam')).toBe(14);
  });

  it('asks in Japanese', async () => {
    await useLanguage('ja');
    const ctx = ctxFor(tempDb(), [{ type: '田中さん', pick: /田中さん/ }, '仕事', 'ほかの間隔', '2週間', '資料を送る', '', '', '', true]);
    await log({}, ctx);
    expect(ctx.prompt.asked.slice(2, 4)).toEqual(['田中さんとは、どのくらいの間隔で連絡を取りたいですか？', 'どのくらいの間隔で？（例：10日、6週間、2か月。10d、6w、2m とも書けます）']);
    expect(rhythmOf(ctx, '田中さん')).toBe(14);
  });
});
