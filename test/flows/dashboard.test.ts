/**
 * The dashboard looks seven days ahead whatever the weekday, and brings up what needs a repair:
 * recent breaks with none started, and the repairs under way with their next step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dashboard } from '../../src/commands/dashboard.js';
import { log } from '../../src/commands/log.js';
import { resolve } from '../../src/commands/resolve.js';
import { insertRepair, saveAnswer } from '../../src/store/repairs.js';
import { recordShortApology } from '../../src/store/apologies.js';
import { setRhythm } from '../../src/store/people.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

const SUNDAY_EVENING = new Date('2026-11-22T20:00:00');

function journal() {
  const db = tempDb();
  return (now = SUNDAY_EVENING) => {
    const ctx = testContext(db, [], now, false);
    open.push(ctx);
    return ctx;
  };
}

describe('the dashboard on a Sunday evening', () => {
  it('shows what is due in the next seven days, Monday included', async () => {
    const at = journal();
    await log({ text: 'Send the deck', to: 'Alice', due: 'tomorrow 18:00' }, at());
    await log({ text: 'Book the table', to: 'Bob', due: '2026-11-29' }, at()); // seven days on: in
    await log({ text: 'Plan the trip', to: 'Bob', due: '2026-11-30' }, at()); // eight: later
    const ctx = at();
    await dashboard({}, ctx);
    expect(ctx.output()).toMatch(/^Due in the next 7 days \(2\)\n {2}#1 Send the deck → Alice · due Mon 23 Nov 18:00 \(tomorrow\) · at risk: trust renegotiate 1 --due <date>\n {2}#2 Book the table → Bob · due Sun 29 Nov \(in 7 days\)\n/);
    expect(ctx.output()).not.toContain('Nothing due');
    expect(ctx.output()).toContain('1 more open later or without a date');
    const json = at();
    await dashboard({ json: true }, json);
    const d = JSON.parse(json.output());
    expect(d.next7Days.map((p: { id: number }) => p.id)).toEqual([1, 2]);
    expect(d.thisWeek).toEqual(d.next7Days); // the former name, kept for scripts
    expect(d.counts).toMatchObject({ next7Days: 2, thisWeek: 2, brokenWithoutApology: 0, brokenWithoutRepair: 0, repairs: 0 });
    expect(d.later).toBe(1);
  });

  it('marks what is due within 48 hours as at risk, with the one command that moves its date', async () => {
    const at = journal();
    await log({ text: 'Right at the edge', to: 'Alice', due: '2026-11-24 20:00' }, at()); // exactly 48 hours: at risk
    await log({ text: 'Just past it', to: 'Alice', due: '2026-11-24 20:01' }, at());
    await log({ text: 'That whole day', to: 'Bob', due: '2026-11-24' }, at()); // until its midnight: past 48 hours
    const ctx = at();
    await dashboard({}, ctx);
    expect(ctx.output()).toContain('#1 Right at the edge → Alice · due Tue 24 Nov 20:00 (in 2 days) · at risk: trust renegotiate 1 --due <date>\n');
    expect(ctx.output()).toMatch(/#2 Just past it → Alice · due Tue 24 Nov 20:01 \(in 2 days\)\n/);
    expect(ctx.output()).toMatch(/#3 That whole day → Bob · due Tue 24 Nov \(in 2 days\)\n/);
    const json = at();
    await dashboard({ json: true }, json);
    const d = JSON.parse(json.output());
    expect(d.atRisk.map((p: { id: number }) => p.id)).toEqual([1]);
    expect(d.counts.atRisk).toBe(1);
  });

  it('lists people gone quiet against their own rhythm, and leaves out those in touch', async () => {
    const at = journal();
    const old = at(new Date('2026-11-01T09:00:00'));
    await log({ text: 'Lend the book', to: 'Alice' }, old);
    await log({ text: 'Ask about the trip', to: 'Bob' }, old);
    await log({ text: 'Call about dinner', to: 'Carol' }, old);
    const db = at().db('write');
    setRhythm(db, 1, 7, SUNDAY_EVENING); // Alice: weekly, three weeks ago
    setRhythm(db, 3, 7, SUNDAY_EVENING); // Carol: weekly, but a promise resolved this week counts as contact
    await resolve('kept', ['3'], {}, at(new Date('2026-11-20T09:00:00')));
    const ctx = at();
    await dashboard({}, ctx);
    expect(ctx.output()).toContain('Gone quiet (1)\n  Alice: 3 weeks since you were last in touch (you aim for every week)\n');
    expect(ctx.output()).not.toMatch(/Bob:|Carol:/); // Bob has the default four weeks
    const json = at();
    await dashboard({ json: true }, json);
    expect(JSON.parse(json.output()).quiet).toEqual([{ id: 1, name: 'Alice', rhythmDays: 7, lastContact: '2026-11-01T08:00:00.000Z', days: 21, neverInTouch: false }]);
  });

  it('says nothing is due when nothing is, and points at the full list past ten', async () => {
    const at = journal();
    await log({ text: 'Someday', to: 'Alice' }, at());
    const ctx = at();
    await dashboard({}, ctx);
    expect(ctx.output()).toMatch(/^Nothing due in the next 7 days\.\n/);
    for (let i = 0; i < 11; i++) await log({ text: `Task ${i}`, to: 'Alice', due: 'wed' }, at());
    const full = at();
    await dashboard({}, full);
    expect(full.output()).toContain('…and 1 more: trust list --due-before +7d');
  });
});

describe('repairs on the dashboard', () => {
  it('lists breaks of the last 14 days with no apology or repair yet, each with how long ago and its command', async () => {
    const at = journal();
    const old = at(new Date('2026-11-01T09:00:00'));
    await log({ text: 'Old break', to: 'Carol' }, old);
    await resolve('broken', ['1'], {}, old);
    const recent = at(new Date('2026-11-10T09:00:00'));
    for (const text of ['Call the bank', 'Water the plants', 'Send the notes', 'Fix the bike']) await log({ text, to: 'Bob' }, recent);
    await resolve('broken', ['2'], {}, recent); // twelve days before Sunday: in
    await resolve('broken', ['3', '4', '5'], {}, at(new Date('2026-11-20T09:00:00')));
    insertRepair(at().db('write'), { personId: 2, promiseId: 5, cause: 'mistake', checklistVersion: 1 }, SUNDAY_EVENING);
    const ctx = at();
    await dashboard({}, ctx);
    expect(ctx.output()).toContain(
      [
        'Broken, no apology yet (3)',
        '  #4 Send the notes → Bob · broken 2 days ago, no apology recorded: trust repair 4',
        '  #3 Water the plants → Bob · broken 2 days ago, no apology recorded: trust repair 3',
        '  #2 Call the bank → Bob · broken 12 days ago, no apology recorded: trust repair 2',
      ].join('\n'),
    );
    expect(ctx.output()).not.toContain('Old break');
    const json = at();
    await dashboard({ json: true }, json);
    expect(JSON.parse(json.output()).brokenWithoutApology.map((p: { id: number }) => p.id)).toEqual([4, 3, 2]);
    // An apology already said takes the promise off the list.
    recordShortApology(at().db('write'), 3, new Date('2026-11-21T09:00:00'), null, SUNDAY_EVENING);
    const after = at();
    await dashboard({}, after);
    expect(after.output()).toContain('Broken, no apology yet (2)');
    expect(after.output()).not.toContain('#3 Water the plants');
  });

  it('shows the repairs in progress with their next step, a few of them, and how many in all', async () => {
    const at = journal();
    const ctx = at();
    for (const name of ['Alice', 'Bob', 'Carol', 'Dan']) await log({ text: 'Something', to: name }, ctx);
    const db = ctx.db('write');
    for (let person = 1; person <= 4; person++) {
      const id = insertRepair(db, { personId: person, promiseId: null, cause: 'other', checklistVersion: 1 }, new Date(SUNDAY_EVENING.getTime() - (5 - person) * 3_600_000));
      saveAnswer(db, id, { key: 'facts', title: 'The facts' }, { text: 'What happened' }, new Date(SUNDAY_EVENING.getTime() - (5 - person) * 3_600_000));
    }
    const view = at();
    await dashboard({}, view);
    expect(view.output()).toContain(
      [
        'Repairs in progress (4)',
        '  Repair #4 with Dan (1/10): next, Own it',
        '  Repair #3 with Carol (1/10): next, Own it',
        '  Repair #2 with Bob (1/10): next, Own it',
        '  …and 1 more: trust repair --list',
      ].join('\n'),
    );
    const json = at();
    await dashboard({ json: true }, json);
    const d = JSON.parse(json.output());
    expect(d.counts.repairs).toBe(4);
    expect(d.repairs[0]).toEqual({ id: 4, person: 'Dan', progress: { done: 1, total: 10 }, nextStep: { key: 'own', title: 'Own it' } });
  });
});
