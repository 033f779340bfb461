/**
 * Apologising early: after `trust broken` at a terminal, the offer to start the repair now or to
 * note an apology already made; the time from the break to the apology, in the repair and in
 * `trust stats`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dashboard } from '../../src/commands/dashboard.js';
import { log } from '../../src/commands/log.js';
import { resolve } from '../../src/commands/resolve.js';
import { stats } from '../../src/commands/stats.js';
import { apologiesFor } from '../../src/store/apologies.js';
import { getRepair, insertRepair, recordApologyDelivered, saveAnswer } from '../../src/store/repairs.js';
import { renderRepair } from '../../src/ui/repair-render.js';
import { plain } from '../../src/ui/colour.js';
import { viewOf } from '../../src/commands/repair-load.js';
import { join } from 'node:path';
import { tempDb, tempDir, trust } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';
import { CTRL_C, type Answer } from '../helpers/fake-prompt.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

const NOW = new Date('2026-11-22T10:00:00');

async function journal(relation = 'work') {
  const db = tempDb();
  const setup = testContext(db, [], new Date('2026-11-20T10:00:00'), false);
  open.push(setup);
  await log({ text: 'Send the deck', to: 'Alice', relation }, setup);
  return (script: Answer[], interactive = true, now = NOW) => {
    const ctx = testContext(db, script, now, interactive);
    open.push(ctx);
    return ctx;
  };
}

describe('after trust broken at a terminal', () => {
  it('notes an apology already made, which takes the break off the dashboard', async () => {
    const at = await journal();
    const ctx = at(['already apologised', 'yesterday', 'Called her at once.']);
    await resolve('broken', ['1'], { offer: true }, ctx);
    expect(ctx.prompt.asked).toEqual(['Apologies made early are the ones that work. What now?', 'When did you apologise?', 'What did you say, in a few words? (optional)']);
    expect(ctx.prompt.defaults.get('When did you apologise?')).toBe('today');
    expect(apologiesFor(ctx.db('read'), 1)).toEqual([expect.objectContaining({ note: 'Called her at once.', saidAt: new Date('2026-11-21T23:59:59.999') })]);
    expect(ctx.output()).toContain('Noted: you apologised to Alice');
    const glance = at([], false);
    await dashboard({}, glance);
    expect(glance.output()).not.toContain('no apology');
  });

  it('says the break is kept when Ctrl-C comes at the offer', async () => {
    const at = await journal();
    const ctx = at([CTRL_C]);
    await expect(resolve('broken', ['1'], { offer: true }, ctx)).rejects.toThrow('Stopped. #1 is marked broken; nothing else was saved. When you are ready: trust repair 1');
  });

  it('starts the repair for that promise when asked to', async () => {
    const at = await journal();
    const ctx = at(['Start the repair now', CTRL_C]);
    await expect(resolve('broken', ['1'], { offer: true }, ctx)).rejects.toThrow();
    expect(ctx.prompt.asked[1]).toBe('What damaged the trust?');
    // The break itself is recorded whatever happens at the offer.
    const glance = at([], false);
    await dashboard({}, glance);
    expect(glance.output()).toContain('#1 Send the deck → Alice · broken today, no apology recorded: trust repair 1');
  });

  it('asks nothing without a terminal, and notes nothing when the answer is later', async () => {
    const piped = await journal();
    const quiet = piped([], false);
    await resolve('broken', ['1'], { offer: true }, quiet);
    expect(quiet.prompt.asked).toEqual([]);
    expect(quiet.output()).toContain('When you are ready: trust repair 1');


    const later = await journal();
    const ctx = later(['Later']);
    await resolve('broken', ['1'], { offer: true }, ctx);
    expect(apologiesFor(ctx.db('read'), 1)).toEqual([]);
  });
});

describe('the time from a break to its apology', () => {
  it('is shown in the repair and counted in trust stats, with the breaks that have none', async () => {
    const at = await journal();
    const setup = at([], false, new Date('2026-11-20T12:00:00'));
    await log({ text: 'Call the bank', to: 'Bob' }, setup);
    await log({ text: 'Water the plants', to: 'Carol' }, setup);
    await resolve('broken', ['1', '2', '3'], {}, setup);
    const db = setup.db('write');
    const repairId = insertRepair(db, { personId: 1, promiseId: 1, cause: 'mistake', checklistVersion: 1 }, setup.now);
    saveAnswer(db, repairId, { key: 'delivered', title: 'Deliver the apology' }, { text: 'In person', at: '2026-11-23T09:00:00.000Z' }, NOW);
    recordApologyDelivered(db, repairId, new Date('2026-11-23T09:00:00'), NOW);
    const view = viewOf(db, getRepair(db, repairId)!, NOW);
    expect(renderRepair(view, NOW, plain)).toContain('Apologised 3 days after the break.');
    const ctx = at([], false);
    await stats({}, ctx);
    expect(ctx.output()).toContain('Apologies\n  From break to apology: a median of 3 days over 1 apology.\n  2 broken promises have no apology recorded.\n');
    const json = at([], false);
    await stats({ json: true }, json);
    expect(JSON.parse(json.output()).apologies).toEqual({ count: 1, medianDays: 3, without: 2 });
  });
});

describe('a promise to yourself', () => {
  it('offers a short self-repair: what got in the way, a smaller promise, a kind word; no apology anywhere', async () => {
    const at = await journal('self');
    const ctx = at(['self-repair', 'I said yes to too much that week.', 'One page a day', 'fri', '', '', 'Everyone slips; starting again is the skill.']);
    await resolve('broken', ['1'], { offer: true }, ctx);
    expect(ctx.prompt.asked).toEqual([
      'A promise to yourself counts too. Look back on it now?',
      'What got in the way?',
      'What smaller promise can you keep?',
      'By when? (fri, tomorrow 17:00, +3d, eow; leave empty for no date)',
      'A note for later? (optional)',
      'Another promise to Alice? (leave empty when done)',
      'What would you tell a friend in your place?',
    ]);
    expect(ctx.output()).toContain('A promise to yourself counts too. This is not about blame');
    expect(ctx.output()).not.toMatch(/apolog|Keep in mind/i);
    const repair = getRepair(ctx.db('read'), 1)!;
    expect(repair).toMatchObject({ kind: 'self', promiseId: 1 });
    const view = viewOf(ctx.db('read'), repair, NOW);
    expect(view.steps.map((s) => s.key)).toEqual(['obstacle', 'smaller-promise', 'encouragement', 'close']);
    expect(view.promises.map((p) => p.text)).toEqual(['One page a day']);
    // Its answers are a self-repair's: an export of it imports again.
    const file = join(tempDir(), 'export.json');
    expect(trust(['export', '--out', file], { db: ctx.dbPath, now: '2026-11-22T11:00:00' }).code).toBe(0);
    const copy = tempDb();
    expect(trust(['import', file], { db: copy, now: '2026-11-22T11:00:00' })).toMatchObject({ code: 0 });
    expect(trust(['repair', '--show', '1', '--json'], { db: copy, now: '2026-11-22T11:00:00' }).stdout).toContain('"key": "encouragement"');
  });
});
