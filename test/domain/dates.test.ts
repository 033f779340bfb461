import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, instantOf, parseDay, weekEnd, weekStart, happenedAt } from '../../src/domain/dates.js';

// Node re-reads TZ when it changes, so each block pins its own zone.
const zones = ['Europe/Berlin', 'America/Los_Angeles'];
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

for (const tz of zones) {
  describe(`parseDay in ${tz}`, () => {
    beforeAll(() => {
      process.env.TZ = tz;
    });
    // Saturday 21 November 2026, 10:00 local time.
    const now = () => new Date('2026-11-21T10:00:00');

    it.each([
      ['today', '2026-11-21', null],
      ['tomorrow', '2026-11-22', null],
      ['fri', '2026-11-27', null], // the coming Friday
      ['Friday', '2026-11-27', null],
      ['sat', '2026-11-28', null], // a weekday name never means today
      ['sun', '2026-11-22', null],
      ['mon 9am', '2026-11-23', '09:00'],
      ['next week', '2026-11-29', null], // the end of next week
      ['in 3 days', '2026-11-24', null],
      ['+3d', '2026-11-24', null],
      ['+2w', '2026-12-05', null],
      ['in 1 month', '2026-12-21', null],
      ['eow', '2026-11-22', null],
      ['eom', '2026-11-30', null],
      ['2026-12-01', '2026-12-01', null],
      ['2026-12-01 14:30', '2026-12-01', '14:30'],
      ['2026-12-01T14:30', '2026-12-01', '14:30'],
      ['tomorrow 5pm', '2026-11-22', '17:00'],
      ['tomorrow 9:30 am', '2026-11-22', '09:30'],
      ['17:00', '2026-11-21', '17:00'],
      ['  TOMORROW   noon ', '2026-11-22', '12:00'],
    ])('future: %s → %s %s', (input, date, time) => {
      expect(parseDay(input, now(), 'future')).toEqual({ date, time });
    });

    it.each([
      ['yesterday', '2026-11-20'],
      ['fri', '2026-11-20'], // the Friday just gone
      ['sat', '2026-11-14'],
      ['3 days ago', '2026-11-18'],
      ['-3d', '2026-11-18'],
      ['last week', '2026-11-09'],
    ])('past: %s → %s', (input, date) => {
      expect(parseDay(input, now(), 'past')?.date).toBe(date);
    });

    it.each(['', 'blah', 'fri 25:00', '2026-02-30', '2026-13-01', 'in days', '13pm', 'next', '3'])('refuses %j', (input) => {
      expect(parseDay(input, now(), 'future')).toBeNull();
    });

    it('means the end of the day when no time is given', () => {
      const end = instantOf({ date: '2026-11-27', time: null });
      expect([end.getDate(), end.getHours(), end.getMinutes()]).toEqual([27, 23, 59]);
    });

    it('takes a past day without a time as its end, and today as now', () => {
      expect(happenedAt({ date: '2026-11-21', time: null }, now())).toEqual(now());
      expect(happenedAt({ date: '2026-11-20', time: null }, now()).getHours()).toBe(23);
    });
  });
}

describe('across a change of daylight saving time', () => {
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin'; // clocks go back on Sunday 25 October 2026
  });

  it('counts calendar days, not 24-hour blocks', () => {
    const now = new Date('2026-10-24T23:30:00');
    expect(parseDay('tomorrow', now, 'future')?.date).toBe('2026-10-25');
    expect(parseDay('+2d', now, 'future')?.date).toBe('2026-10-26');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('ends the 25-hour day at its own midnight', () => {
    const end = instantOf({ date: '2026-10-25', time: null });
    const start = new Date(2026, 9, 25, 0, 0);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBeCloseTo(25, 2);
  });

  it('keeps the ISO week Monday to Sunday', () => {
    expect(weekStart('2026-10-25')).toBe('2026-10-19');
    expect(weekEnd('2026-10-19')).toBe('2026-10-25');
  });

  it('handles the spring change in Los Angeles', () => {
    process.env.TZ = 'America/Los_Angeles'; // clocks go forward on Sunday 8 March 2026
    const now = new Date('2026-03-07T22:00:00');
    expect(parseDay('tomorrow 9am', now, 'future')).toEqual({ date: '2026-03-08', time: '09:00' });
    expect(instantOf({ date: '2026-03-08', time: '09:00' }).getHours()).toBe(9);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });
});
