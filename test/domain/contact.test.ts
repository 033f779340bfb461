import { describe, expect, it } from 'vitest';
import { quietPeople, silenceParts, STORE_MARGIN_DAYS, type ContactFact } from '../../src/domain/contact.js';
import { choosePrompts } from '../../src/domain/prompts.js';
import { weekOf } from '../../src/domain/weeks.js';
import { daysBetween, localDate } from '../../src/domain/dates.js';

// Berlin: clocks go back on Sunday 25 October 2026.
process.env.TZ = 'Europe/Berlin';

const now = new Date('2026-11-21T10:00:00');
const added = new Date('2025-01-01T09:00:00');
const person = (o: Partial<ContactFact> & { lastContact: Date | null }): ContactFact => ({ id: 1, name: 'Alice', relation: 'work', rhythmDays: null, addedAt: added, ...o });

describe('quietPeople', () => {
  it.each([
    // last contact (local), rhythm in days (null: default 28), days since, quiet?
    ['2026-10-24T09:00', null, 28, true],
    ['2026-10-25T09:00', null, 27, false],
    ['2026-10-24T23:59', null, 28, true], // a late evening still counts as that day
    ['2026-11-07T09:00', 14, 14, true],
    ['2026-11-08T09:00', 14, 13, false],
    ['2026-11-14T09:00', 7, 7, true],
    ['2026-11-20T22:00', 1, 1, true], // yesterday evening is a day ago this morning
    ['2026-11-21T08:00', 1, 0, false],
    ['2026-09-01T09:00', 90, 81, false],
    ['2026-08-23T09:00', 90, 90, true],
  ] as const)('last in touch %s with a rhythm of %s days: %i days, quiet %s', (last, rhythm, days, quiet) => {
    const found = quietPeople([person({ lastContact: new Date(last), rhythmDays: rhythm })], now);
    expect(found.length === 1).toBe(quiet);
    if (quiet) expect(found[0]).toEqual({ id: 1, name: 'Alice', relation: 'work', rhythmDays: rhythm ?? 28, lastContact: new Date(last), days, neverInTouch: false });
  });

  it('counts local calendar days as localDate and daysBetween do, across both clock changes', () => {
    for (let h = 0; h < 2 * 366 * 24; h += 5) {
      const last = new Date(Date.UTC(2025, 9, 1) + h * 3_600_000 + 7 * 60_000);
      const at = new Date(last.getTime() + ((h * 7919) % (40 * 24)) * 3_600_000);
      const expected = daysBetween(localDate(last), localDate(at));
      const found = quietPeople([person({ lastContact: last, rhythmDays: 1 })], at);
      expect(found[0]?.days ?? 0, `${last.toString()} → ${at.toString()}`).toBe(expected);
    }
  });

  it('never names yourself, however long it has been', () => {
    expect(quietPeople([person({ relation: 'self', lastContact: new Date('2020-01-01T09:00') })], now)).toEqual([]);
    expect(quietPeople([person({ relation: 'self', lastContact: null })], now)).toEqual([]);
  });

  it.each([
    ['2026-10-01T09:00', 51, true],
    ['2026-10-25T09:00', 27, false],
  ] as const)('counts someone never in touch from the day they were added (%s): %i days, quiet %s', (addedAt, days, quiet) => {
    const found = quietPeople([person({ lastContact: null, addedAt: new Date(addedAt) })], now);
    expect(found).toEqual(quiet ? [expect.objectContaining({ lastContact: new Date(addedAt), days, neverInTouch: true })] : []);
  });

  it('puts the most overdue first, measured in rhythms, then the longer silence, then the name', () => {
    const found = quietPeople(
      [
        person({ id: 1, name: 'Quarterly', rhythmDays: 90, lastContact: new Date('2026-07-24T09:00') }), // 120 days, 1.33 rhythms
        person({ id: 2, name: 'Weekly', rhythmDays: 7, lastContact: new Date('2026-10-31T09:00') }), // 21 days, 3 rhythms
        person({ id: 3, name: 'Default', rhythmDays: null, lastContact: new Date('2026-10-10T09:00') }), // 42 days, 1.5 rhythms
        person({ id: 4, name: 'Bea', rhythmDays: 14, lastContact: new Date('2026-10-24T09:00') }), // 28 days, 2 rhythms
        person({ id: 5, name: 'Ann', rhythmDays: 14, lastContact: new Date('2026-10-24T09:00') }), // the same: by name
        person({ id: 6, name: 'Fortnight', rhythmDays: 21, lastContact: new Date('2026-09-26T09:00') }), // 56 days, 2 rhythms, longer
        person({ id: 7, name: 'Recent', rhythmDays: 14, lastContact: new Date('2026-11-20T09:00') }),
      ],
      now,
    );
    expect(found.map((p) => p.name)).toEqual(['Weekly', 'Fortnight', 'Ann', 'Bea', 'Default', 'Quarterly']);
  });

  it('leaves the store room for a day boundary and a 25-hour day: what it keeps back is never quiet', () => {
    // Whatever the hour now and then, a contact the store leaves out (later than now minus
    // rhythm minus the margin) is one quietPeople would not name.
    for (const at of ['2026-11-21T00:00:01', '2026-11-21T23:59:59', '2026-10-26T00:30:00', '2026-03-30T00:30:00']) {
      const moment = new Date(at);
      for (const rhythm of [1, 2, 7, 28]) {
        const cutoff = moment.getTime() - (rhythm - STORE_MARGIN_DAYS) * 86_400_000;
        for (let m = 0; m < 4 * 24 * 60; m += 7) {
          const last = new Date(cutoff + m * 60_000);
          expect(quietPeople([person({ lastContact: last, rhythmDays: rhythm })], moment), `${at}, every ${rhythm} days, last ${last.toString()}`).toEqual([]);
        }
      }
    }
  });
});

describe('silence in words', () => {
  it.each([
    [3, { unit: 'day', count: 3 }],
    [6, { unit: 'day', count: 6 }],
    [7, { unit: 'week', count: 1 }],
    [13, { unit: 'week', count: 1 }],
    [35, { unit: 'week', count: 5 }],
  ] as const)('%i days', (days, parts) => {
    expect(silenceParts(days)).toEqual(parts);
  });

  it('asks about the most overdue person with their rhythm, and about someone never in touch as such', () => {
    const base = {
      week: weekOf('2026-11-16'),
      counts: { made: 0, due: 0, keptOnTime: 0, keptLate: 0, broken: 0, released: 0, renegotiated: 0, stillOpen: 0, overdue: 0 },
      broken: [],
      overdue: [],
      renegotiable: 0,
      askedLastTime: [],
      now,
    };
    const asked = choosePrompts({ ...base, quiet: [{ id: 3, name: 'Carol', days: 3, rhythmDays: 2, neverInTouch: false }] });
    expect(asked[0]!.text).toBe('You have not been in touch with Carol for 3 days, and you aim for every 2 days. Is it time to reach out, and how?');
    const never = choosePrompts({ ...base, quiet: [{ id: 4, name: 'Dan', days: 35, rhythmDays: 14, neverInTouch: true }] });
    expect(never[0]!.text).toBe('You added Dan 5 weeks ago and have not been in touch since, and you aim for every 2 weeks. Is it time to reach out, and how?');
  });
});
