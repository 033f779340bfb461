import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { repair } from '../../src/commands/repair.js';
import { resolve } from '../../src/commands/resolve.js';
import type { RepairView } from '../../src/commands/repair-load.js';
import { listPromises } from '../../src/store/promises.js';
import { addCheckins, insertRepair, repairAnswers } from '../../src/store/repairs.js';
import { insertConversation, insertPerson } from '../../src/store/people.js';
import { dashboard } from '../../src/commands/dashboard.js';
import { CancelledError } from '../../src/errors.js';
import { CTRL_C, type Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

/** A journal where promise #1 to Alice was broken. */
async function brokenJournal(now?: Date) {
  const db = tempDb();
  const setup = testContext(db, []);
  open.push(setup);
  await log({ text: 'Send the deck', to: 'Alice', due: 'tomorrow', relation: 'work' }, setup);
  await resolve('broken', ['1'], {}, setup);
  return (script: Answer[], at = now) => {
    const ctx = testContext(db, script, at);
    open.push(ctx);
    return ctx;
  };
}

/** Prevention in checklist 2: why it happened, then what will change. */
const PREVENTION: Answer[] = ['I never wrote deadlines down.', 'I will put every deadline in my calendar'];

const APOLOGY: Answer[] = [
  'I missed the deadline we agreed',
  'I took on too much',
  'I should have warned you on Monday',
  'put every deadline in my calendar',
  'walk you through the deck tomorrow',
  '', // default request for forgiveness
  false, // keep the draft
];

describe('trust repair, walked through the prompt adapter', () => {
  it('saves each step as it is answered, and resumes at the first unfinished one after Ctrl-C', async () => {
    const ctxWith = await brokenJournal();
    const first = ctxWith(['The deck reached her a day late.', 'I forgot to check my calendar.', CTRL_C]);
    await expect(repair('1', { cause: 'mistake' }, first)).rejects.toThrow(/Every step you finished is saved.*--resume 1/);
    expect([...repairAnswers(first.db('read'), 1).keys()]).toEqual(['facts', 'own']);

    const second = ctxWith(['She had to present without it.', ...PREVENTION, 'Nothing reminded me of the date.', ...APOLOGY, CTRL_C]);
    await expect(repair(undefined, { resume: '1' }, second)).rejects.toThrow(/saved/);
    expect(second.output()).toContain('So far:');
    expect(second.output()).toContain('The facts: The deck reached her a day late.');
    expect(second.output()).toContain('Step 3 of 11 · Their side');
    expect(second.output()).toContain('Sincerity');
    const answers = repairAnswers(second.db('read'), 1);
    expect(answers.get('apology')?.answer.draft).toBe(
      'I am sorry that I missed the deadline we agreed. What happened was that I took on too much. That was my responsibility, and I should have warned you on Monday. ' +
        'From now on, I will put every deadline in my calendar. To make up for it, I would like to walk you through the deck tomorrow. I hope you can forgive me.',
    );
    expect(second.output()).toContain('Your apology, to copy:');
  });

  it('points out excuse phrasing in "own it", quoting it, and lets the user rewrite', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith(['Late deck.', 'I was late but the brief changed', 'rewrite', 'I was late and did not warn her', CTRL_C]);
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.output()).toContain('"but" (excuse)');
    expect(repairAnswers(ctx.db('read'), 1).get('own')?.answer).toEqual({ text: 'I was late and did not warn her', flagged: [] });
  });

  it('keeps the phrasing if the user says so, and names the self-defence trap on resume', async () => {
    const ctxWith = await brokenJournal();
    await expect(repair('1', { cause: 'other' }, ctxWith(['Late deck.', 'You should have reminded me', 'keep', CTRL_C]))).rejects.toBeInstanceOf(CancelledError);
    const resumed = ctxWith([CTRL_C]);
    await expect(repair(undefined, { resume: '1' }, resumed)).rejects.toBeInstanceOf(CancelledError);
    expect(resumed.output()).toContain('Trap: Self-defence');
  });

  it('makes repair promises real promises, linked to the repair, and will not close while they are open', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([
      'Late deck.', 'I did not check my calendar.', 'She presented without it.', ...PREVENTION,
      'My calendar had no reminders; I added them.', ...APOLOGY,
      'Walk her through the deck', 'mon', '', '', // one repair promise
      true, 'In person, at her desk', 'today', // delivered
      'fri', '', // one check-in
      true, 'She appreciated it; wants earlier warnings', 'today', // feedback
    ]);
    const view = (await repair('1', { cause: 'mistake' }, ctx)) as RepairView;
    expect(ctx.prompt.remaining).toBe(0);
    expect(ctx.output()).toContain('1 repair promise is still open');
    expect(view.next?.key).toBe('close');
    expect(view.progress).toEqual({ done: 10, total: 11 });
    const promises = listPromises(ctx.db('read'), { repairId: view.repair.id, status: 'all', limit: 10 }).items;
    expect(promises.map((p) => [p.text, p.person, p.due?.date])).toEqual([['Walk her through the deck', 'Alice', '2026-11-23']]);

    await resolve('kept', [String(promises[0]!.id)], {}, ctxWith([]));
    const closing = ctxWith(['Warn early when a date slips.']);
    const closed = (await repair(undefined, { resume: '1' }, closing)) as RepairView;
    expect(closed.repair).toMatchObject({ state: 'done', learned: 'Warn early when a date slips.' });
    expect(closing.output()).toContain('is closed');
  });

  it('at Close, a repair whose only repair promise was deleted says so and waits, as --close does', async () => {
    const { deletePromise } = await import('../../src/store/promises.js');
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([
      'Late deck.', 'I did not check my calendar.', 'She presented without it.', ...PREVENTION,
      'My calendar had no reminders; I added them.', ...APOLOGY,
      'Walk her through the deck', 'mon', '', '',
      true, 'In person, at her desk', 'today',
      'fri', '',
      true, 'She appreciated it', 'today',
    ]);
    const view = (await repair('1', { cause: 'mistake' }, ctx)) as RepairView;
    deletePromise(ctx.db('write'), view.promises[0]!.id, new Date('2026-11-21T11:00:00'));
    const closing = ctxWith([]);
    const after = (await repair(undefined, { resume: '1' }, closing)) as RepairView;
    expect(closing.output()).toContain('no repair promise was made');
    expect(after.repair.state).toBe('in progress');
  });

  it('plain trust repair offers the broken promise and open repairs', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([/Send the deck/.source, 'miscommunication', CTRL_C]);
    await expect(repair(undefined, {}, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.output()).toContain('Step 1 of 13 · Listen first');
    const again = ctxWith(['Continue repair #1', CTRL_C]);
    await expect(repair(undefined, {}, again)).rejects.toBeInstanceOf(CancelledError);
    expect(again.output()).toContain('Step 1 of 13 · Listen first');
  });

  it('starts a repair for someone new with --person', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([true, 'friend', null, CTRL_C]);
    await expect(repair(undefined, { person: 'Sam', cause: 'breach' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.output()).toContain('Step 1 of 14 · The facts');
  });

  it('waits at "delivered" until the apology has been made', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith(['Late.', 'Mine.', 'Stress.', ...PREVENTION, ...APOLOGY, 'Walk her through it', 'mon', '', '', false]);
    const view = (await repair('1', { cause: 'other' }, ctx)) as RepairView;
    expect(view.next?.key).toBe('delivered');
    expect(ctx.output()).toContain('trust repair --resume 1');
  });
});

describe('checklist 2: prevention before the apology', () => {
  it('asks why and what will change before the apology, and the apology offers that change back', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([
      'Late deck.', 'Mine.', 'She presented without it.', ...PREVENTION,
      'I missed the deadline we agreed', 'I took on too much', 'I should have warned you', null, // Enter keeps the change
      '', '', false, CTRL_C,
    ]);
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toThrow();
    expect(ctx.output()).toContain('Step 4 of 10 · Prevention');
    expect(ctx.output()).toContain('Step 5 of 10 · The apology');
    expect(ctx.prompt.asked).toContain('What will you do differently? Finish the sentence: "From now on, I will …"');
    expect(ctx.prompt.asked.find((q) => q.startsWith('What will change'))).toContain('Enter keeps the change you named under Prevention');
    const answers = repairAnswers(ctx.db('read'), 1);
    expect(answers.get('prevention')?.answer).toMatchObject({ why: PREVENTION[0], change: PREVENTION[1] });
    // The change alone is a sentence's end: what the views show says the whole sentence.
    expect(answers.get('prevention')?.answer.text).toBe('I never wrote deadlines down.\nFrom now on, I will put every deadline in my calendar.');
    expect(answers.get('apology')?.answer.draft).toContain('From now on, I will put every deadline in my calendar.');
  });

  it('a repair started on checklist 1 resumes with its own steps: the apology before prevention', async () => {
    const ctxWith = await brokenJournal();
    const setup = ctxWith([]);
    const alice = setup.db('write').prepare("SELECT id FROM people WHERE name = 'Alice'").get() as { id: number };
    insertRepair(setup.db('write'), { personId: alice.id, promiseId: 1, cause: 'other', checklistVersion: 1 }, new Date('2026-11-21T09:00:00'));
    const ctx = ctxWith(['Late deck.', 'Mine.', 'She presented without it.', CTRL_C]);
    await expect(repair(undefined, { resume: '1' }, ctx)).rejects.toThrow();
    expect(ctx.output()).toContain('Step 4 of 10 · The apology');
    expect(ctx.prompt.asked.at(-1)).toMatch(/^Regret/);
  });
});

describe('repair promises', () => {
  const upToPromises = (): Answer[] => ['Late.', 'Mine.', 'Stress.', ...PREVENTION, ...APOLOGY];

  it('asks for a promise still to be made, and an empty answer explains why one is needed and asks again', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([...upToPromises(), '', 'Write one now', 'Walk her through it', 'mon', '', '', false]);
    const view = (await repair('1', { cause: 'other' }, ctx)) as RepairView;
    expect(ctx.prompt.asked).toContain('What small promise will you make to Alice?');
    expect(ctx.prompt.asked).not.toContain('What did you promise Alice? (leave empty if nothing)');
    expect(ctx.output()).toContain('A repair needs at least one small promise to Alice that you can keep');
    expect(view.promises.map((p) => p.text)).toEqual(['Walk her through it']);
    expect(view.next?.key).toBe('delivered');
  });

  it('lets the user stop and come back instead', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([...upToPromises(), '', 'Come back later']);
    const view = (await repair('1', { cause: 'other' }, ctx)) as RepairView;
    expect(view.next?.key).toBe('repair-promises');
    expect(ctx.output()).toContain('trust repair --resume 1');
  });
});

describe('taking up a repair that was set aside', () => {
  it('--resume puts it back in progress, says so, and continues where it stopped', async () => {
    const ctxWith = await brokenJournal();
    await expect(repair('1', { cause: 'other' }, ctxWith(['Late.', CTRL_C]))).rejects.toThrow();
    const abandoning = ctxWith([]);
    await repair(undefined, { abandon: '1' }, abandoning);
    expect(abandoning.output()).toContain('take it up again with: trust repair --resume 1');
    await expect(repair('1', {}, ctxWith([]))).rejects.toMatchObject({ hint: 'Take it up again with `trust repair --resume 1`.' });
    const ctx = ctxWith([CTRL_C]);
    await expect(repair(undefined, { resume: '1' }, ctx)).rejects.toThrow(/--resume 1/);
    expect(ctx.output()).toContain('Repair #1 was set aside; it is in progress again');
    expect(ctx.output()).toContain('Step 2 of 10 · Own it');
    const row = ctx.db('read').prepare('SELECT state, closed_at FROM repairs WHERE id = 1').get();
    expect(row).toEqual({ state: 'in progress', closed_at: null });
  });

  it('a finished repair stays finished', async () => {
    const ctxWith = await brokenJournal();
    await expect(repair('1', { cause: 'other' }, ctxWith(['Late.', CTRL_C]))).rejects.toThrow();
    await repair(undefined, { close: '1', learned: 'Warn early', force: true }, ctxWith([]));
    await expect(repair(undefined, { resume: '1' }, ctxWith([]))).rejects.toThrow(/already done/);
  });
});

describe('check-ins on the dashboard', () => {
  it('show the latest passed check-in of each repair until a conversation meets it', async () => {
    const path = tempDb();
    const ctx = testContext(path, []);
    const db = ctx.db('write');
    const alice = insertPerson(db, 'Alice', 'work', new Date('2026-11-01T09:00:00'));
    const id = insertRepair(db, { personId: alice.id, promiseId: null, cause: 'other', checklistVersion: 1 }, new Date('2026-11-02T09:00:00'));
    addCheckins(db, id, ['2026-11-10', '2026-11-17', '2026-11-28']);
    const checkins = async () => {
      const view = testContext(path, []);
      await dashboard({ json: true }, view);
      view.close();
      return JSON.parse(view.output()).checkins;
    };
    expect(await checkins()).toEqual([{ repair: id, person: 'Alice', date: '2026-11-17', state: 'missed', nextStep: 'The facts' }]);
    insertConversation(db, alice.id, new Date('2026-11-17T20:00:00')); // on the day: met
    expect(await checkins()).toEqual([]);
    ctx.close();
  });
});

describe('repairs in an export', () => {
  it('an export holding a checklist-1 repair and a checklist-2 repair with its prevention answer passes the import checks', async () => {
    const { readExport } = await import('../../src/store/exporter.js');
    const { checkExport } = await import('../../src/domain/export-check.js');
    const ctxWith = await brokenJournal();
    const walked = ctxWith(['Late deck.', 'Mine.', 'She presented without it.', ...PREVENTION, ...APOLOGY, CTRL_C]);
    await expect(repair('1', { cause: 'other' }, walked)).rejects.toThrow();
    const db = walked.db('write');
    const alice = db.prepare("SELECT id FROM people WHERE name = 'Alice'").get() as { id: number };
    insertRepair(db, { personId: alice.id, promiseId: null, cause: 'mistake', checklistVersion: 1 }, new Date('2026-11-21T09:00:00'));
    const file = JSON.parse(JSON.stringify(readExport(db, new Date('2026-11-21T10:00:00'))));
    expect(file.repairs.map((r: { checklistVersion: number }) => r.checklistVersion)).toEqual([2, 1]);
    expect(file.repairs[0].answers.map((a: { step: string }) => a.step)).toContain('prevention');
    expect(() => checkExport(file)).not.toThrow();
  });
});

describe('the excuse check in Japanese and in the apology', () => {
  it('flags a Japanese "own it" under an English interface, quoting the phrases as written', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith(['資料が一日遅れた。', 'でも、仕方なかったと思います。傷つけるつもりはなかった。', 'keep', CTRL_C]);
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.output()).toContain('"でも" (excuse), "仕方なかった" (excuse), "傷つけるつもりはなかった" (excuse)');
    expect(repairAnswers(ctx.db('read'), 1).get('own')?.answer.flagged).toEqual(['でも', '仕方なかった', '傷つけるつもりはなかった']);
  });

  it('says the same about the apology draft before asking to keep or edit it', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([
      'Late deck.',
      'I was late and did not warn her.',
      'She had to present without it.',
      ...PREVENTION,
      'Nothing reminded me of the date.',
      'I missed the deadline we agreed',
      'the brief changed, but I should have said so',
      'I should have warned you on Monday',
      'put every deadline in my calendar',
      'walk you through the deck tomorrow',
      '',
      true, // edit the draft
      '遅れてすみません。私の確認不足でした。',
      CTRL_C,
    ]);
    await expect(repair('1', { cause: 'mistake' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    const output = ctx.output();
    expect(output).toContain('"but" (excuse). An apology works best without them.');
    expect(output.indexOf('An apology works best')).toBeGreaterThan(output.indexOf('Your apology, to copy:'));
    expect(repairAnswers(ctx.db('read'), 1).get('apology')?.answer.draft).toBe('遅れてすみません。私の確認不足でした。');
  });

  it('stays quiet on an apology without excuses', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith(['Late deck.', 'I was late and did not warn her.', 'She had to present without it.', ...PREVENTION, 'Nothing reminded me of the date.', ...APOLOGY, CTRL_C]);
    await expect(repair('1', { cause: 'mistake' }, ctx)).rejects.toBeInstanceOf(CancelledError);
    expect(ctx.output()).not.toContain('self-defence');
  });
});
