/** trust remind's repair check-ins: said on the day, once, and again for the next check-in. */
import { afterEach, describe, expect, it } from 'vitest';
import { remind } from '../../src/commands/remind.js';
import { insertPerson } from '../../src/store/people.js';
import { addCheckins, insertRepair } from '../../src/store/repairs.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

describe('trust remind and repair check-ins', () => {
  it('reminds of a check-in on its day, once, and of the next one on its own day', async () => {
    const db = tempDb();
    const at = (now: string) => {
      const ctx = testContext(db, [], new Date(now), false);
      open.push(ctx);
      return ctx;
    };
    const setup = at('2026-11-20T10:00:00');
    const carol = insertPerson(setup.db('write'), 'Carol', 'friend', setup.now);
    const repairId = insertRepair(setup.db('write'), { personId: carol.id, promiseId: null, cause: 'mistake', checklistVersion: 1 }, setup.now);
    addCheckins(setup.db('write'), repairId, ['2026-11-22', '2026-11-29']);

    const before = at('2026-11-21T10:00:00');
    expect(await remind({}, before)).toEqual({ reminded: 0 });
    const onTheDay = at('2026-11-22T08:00:00');
    expect(await remind({}, onTheDay)).toEqual({ reminded: 1 });
    expect(onTheDay.output()).toMatch(/^Check-ins \(1\)\n {2}Update Carol on repair #1 \(today\); next step: /);
    const later = at('2026-11-22T18:00:00');
    expect(await remind({}, later)).toEqual({ reminded: 0 });
    expect(later.output()).toBe('');
    // Missed, the first check-in is not said again; the next one is said on its day.
    const nextWeek = at('2026-11-29T08:00:00');
    await remind({ json: true }, nextWeek);
    expect(JSON.parse(nextWeek.output()).reminders).toEqual([expect.objectContaining({ kind: 'checkin', repair: 1, person: 'Carol', date: '2026-11-29', state: 'due' })]);
  });
});
