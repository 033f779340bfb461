import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { person } from '../../src/commands/person.js';
import { rename } from '../../src/commands/people.js';
import { insertPerson, peopleSummaries } from '../../src/store/people.js';
import { listPromises } from '../../src/store/promises.js';
import { CTRL_C, type Answer } from '../helpers/fake-prompt.js';
import { repair } from '../../src/commands/repair.js';
import { CancelledError } from '../../src/errors.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Asia/Tokyo';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

/** A journal holding these people, each with one promise; contexts on it at a terminal or not. */
async function journal(...names: string[]) {
  const db = tempDb();
  const ctxFor = (script: Answer[] = [], interactive = true) => {
    const ctx = testContext(db, script, undefined, interactive);
    open.push(ctx);
    return ctx;
  };
  // Added straight to the store: logging them one after another would (rightly) ask about the lookalikes.
  const setup = ctxFor();
  for (const name of names) insertPerson(setup.db('write'), name, 'work', setup.now);
  const people = (ctx: TestContext) => peopleSummaries(ctx.db('read')).map((p) => p.name).sort();
  const personOf = (ctx: TestContext, text: string) => listPromises(ctx.db('read'), { status: 'all', limit: 100 }).items.find((p) => p.text === text)?.person;
  return { ctxFor, people, personOf };
}

describe('a name typed without its honorific or with other spacing, when logging', () => {
  it.each(['田中', '田中 さん', '田中　さん'])('without a terminal, --to %j is taken as 田中さん, with a note', async (typed) => {
    const { ctxFor, people, personOf } = await journal('田中さん');
    const ctx = ctxFor([], false);
    const result = await log({ text: '資料を送る', to: typed }, ctx);
    expect(result.person).toBe('田中さん');
    expect(personOf(ctx, '資料を送る')).toBe('田中さん');
    expect(people(ctx)).toEqual(['田中さん']);
    expect(ctx.errors()).toMatch(/^Using 田中さん for "田中.*": honorifics and spaces are ignored when matching names\.\n$/);
  });

  it('without a terminal, refuses a name another honorific makes uncertain, and adds nobody', async () => {
    const { ctxFor, people } = await journal('田中さん');
    const ctx = ctxFor([], false);
    await expect(log({ text: '資料を送る', to: '田中くん' }, ctx)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('but 田中さん is') });
    expect(people(ctx)).toEqual(['田中さん']);
  });

  it('without a terminal, refuses a name that could be either of two people', async () => {
    const { ctxFor, people } = await journal('田中さん', '田中部長');
    const ctx = ctxFor([], false);
    await expect(log({ text: '資料を送る', to: '田中' }, ctx)).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('田中さん or 田中部長') });
    expect(people(ctx)).toEqual(['田中さん', '田中部長']);
  });

  it('at a terminal, asks "Did you mean 田中さん?" and files it there on yes', async () => {
    const { ctxFor, people, personOf } = await journal('田中さん');
    const ctx = ctxFor([true]);
    await log({ text: '資料を送る', to: '田中' }, ctx);
    expect(ctx.prompt.asked).toEqual(['Did you mean 田中さん?']);
    expect(personOf(ctx, '資料を送る')).toBe('田中さん');
    expect(people(ctx)).toEqual(['田中さん']);
  });

  it('at a terminal, adds someone new on no, because the user said so', async () => {
    const { ctxFor, people, personOf } = await journal('田中さん');
    const ctx = ctxFor([false]);
    await log({ text: '資料を送る', to: '田中くん' }, ctx);
    expect(personOf(ctx, '資料を送る')).toBe('田中くん');
    expect(people(ctx)).toEqual(['田中くん', '田中さん']);
  });

  it('at a terminal, offers each person the name could be, and someone new', async () => {
    const { ctxFor, personOf } = await journal('田中さん', '田中部長');
    const ctx = ctxFor(['田中部長']);
    await log({ text: '資料を送る', to: '田中' }, ctx);
    expect(ctx.prompt.asked).toEqual(['Did you mean one of these?']);
    expect(personOf(ctx, '資料を送る')).toBe('田中部長');
  });

  it('in the search, typing with a space finds 田中さん, and "+ Add" for a lookalike asks first', async () => {
    const { ctxFor, personOf } = await journal('田中さん');
    await log({ text: '一つ目' }, ctxFor([{ type: '田中 さん', pick: '田中さん' }]));
    const ctx = ctxFor([{ type: '田中', pick: /Add "田中"/ }, true]);
    await log({ text: '二つ目' }, ctx);
    expect(ctx.prompt.asked.at(-1)).toBe('Did you mean 田中さん?');
    expect([personOf(ctx, '一つ目'), personOf(ctx, '二つ目')]).toEqual(['田中さん', '田中さん']);
  });
});

describe('a repair for someone typed without their honorific', () => {
  it('asks "Did you mean 田中さん?" and repairs with them', async () => {
    const { ctxFor, people } = await journal('田中さん');
    const ctx = ctxFor([true, CTRL_C]);
    await expect(repair(undefined, { person: '田中' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.prompt.asked[0]).toBe('Did you mean 田中さん?');
    expect(ctx.prompt.asked[1]).toBe('What damaged the trust?');
    expect(people(ctx)).toEqual(['田中さん']);
  });
});

describe('finding someone already in the journal', () => {
  it('trust person 田中 shows 田中さん', async () => {
    const { ctxFor } = await journal('田中さん');
    const ctx = ctxFor([], false);
    await person('田中', {}, ctx);
    expect(ctx.output()).toContain('田中さん · work');
  });

  it('a name under another honorific is not taken, but suggested', async () => {
    const { ctxFor } = await journal('田中さん');
    await expect(person('田中くん', {}, ctxFor([], false))).rejects.toMatchObject({ exitCode: 1, hint: 'Did you mean 田中さん?' });
  });

  it('a rename onto a lookalike of someone else goes ahead, with a note', async () => {
    const { ctxFor, people } = await journal('田中さん', 'Tanaka');
    const ctx = ctxFor([], false);
    await rename('Tanaka', '田中くん', {}, ctx);
    expect(people(ctx)).toEqual(['田中くん', '田中さん']);
    expect(ctx.errors()).toContain('Note: 田中さん is also in your journal');
  });
});
