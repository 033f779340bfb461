import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDay, parseHappened } from '../../src/domain/dates.js';

// The forms added on top of dayjs: "next fri", "tonight", "at", printed days, "in a week",
// hours, years and ISO times with seconds. Node re-reads TZ when it changes.
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

for (const tz of ['Europe/Berlin', 'America/Los_Angeles']) {
  describe(`date forms in ${tz}`, () => {
    beforeAll(() => {
      process.env.TZ = tz;
    });
    // Saturday 21 November 2026, 10:00 local time: this ISO week runs Mon 16 to Sun 22 November.
    const now = () => new Date('2026-11-21T10:00:00');

    it.each([
      ['next fri', '2026-11-27', null], // the Friday of next week
      ['next friday', '2026-11-27', null],
      ['next mon', '2026-11-23', null],
      ['next sun 9am', '2026-11-29', '09:00'],
      ['this fri', '2026-11-27', null],
      ['tonight', '2026-11-21', '20:00'],
      ['tonight 9pm', '2026-11-21', '21:00'],
      ['tomorrow at 5pm', '2026-11-22', '17:00'],
      ['fri at 9:30 am', '2026-11-27', '09:30'],
      ['at 17:00', '2026-11-21', '17:00'],
      ['next month', '2026-12-31', null], // the end of next month
      ['in a week', '2026-11-28', null],
      ['in an hour', '2026-11-21', '11:00'],
      ['in 90 minutes', '2026-11-21', '11:30'],
      ['+2h', '2026-11-21', '12:00'],
      ['in 2 years', '2028-11-21', null],
      ['+1y', '2027-11-21', null],
      ['Fri 27 Nov', '2026-11-27', null], // as trust prints it
      ['27 Nov', '2026-11-27', null],
      ['21 Nov', '2026-11-21', null], // today is the next such day
      ['20 Nov', '2027-11-20', null], // a due date leans to the future
      ['Fri 20 Nov', '2026-11-20', null], // 20 Nov 2027 is a Saturday: the one trust printed is this year's
      ['dec 1', '2026-12-01', null],
      ['jan 5', '2027-01-05', null],
      ['Dec 1 2026', '2026-12-01', null],
      ['Dec 1, 2026', '2026-12-01', null],
      ['1st December 2026', '2026-12-01', null],
      ['Fri 27 Nov 17:00', '2026-11-27', '17:00'],
      ['Mon 4 Jan 2027 09:00', '2027-01-04', '09:00'],
      ['29 feb', '2028-02-29', null],
      ['sept 3', '2027-09-03', null],
      ['2026-12-01T14:30:00', '2026-12-01', '14:30'],
      ['2026-12-01T14:30:59.999', '2026-12-01', '14:30'],
      ['2026-12-01 14:30:15', '2026-12-01', '14:30'],
      ['tomorrow 17:00:00', '2026-11-22', '17:00'],
    ])('future: %s → %s %s', (input, date, time) => {
      expect(parseDay(input, now(), 'future')).toEqual({ date, time });
    });

    it.each([
      ['last fri', '2026-11-13', null], // the Friday of last week
      ['fri', '2026-11-20', null],
      ['20 Nov', '2026-11-20', null],
      ['27 Nov', '2025-11-27', null], // --at leans to the past
      ['Fri 27 Nov', '2026-11-27', null], // 27 Nov 2025 was a Thursday
      ['a week ago', '2026-11-14', null],
      ['2 hours ago', '2026-11-21', '08:00'],
      ['-30min', '2026-11-21', '09:30'],
      ['last month', '2026-10-01', null], // its first day, as "last week" is its Monday
      ['4 years ago', '2022-11-21', null],
      ['yesterday at 6pm', '2026-11-20', '18:00'],
    ])('past: %s → %s %s', (input, date, time) => {
      expect(parseDay(input, now(), 'past')).toEqual({ date, time });
    });

    it.each(['next', 'next blah', 'Fri 28 Nov', 'Sat 27 Nov', '31 Nov', '30 feb 2027', 'Dec 1 10000', 'in 2 fortnights', 'Nov', '27', 'tomorrow at', '2026-12-01T25:00', '17:00:60', 'fri 27 nov 2027'])(
      'refuses %j',
      (input) => {
        expect(parseDay(input, now(), 'future')).toBeNull();
      },
    );

    it('reads an ISO time with a zone as the local moment it names', () => {
      const local = tz === 'Europe/Berlin' ? '15:30' : '06:30';
      expect(parseDay('2026-12-01T14:30:00.000Z', now(), 'future')).toEqual({ date: '2026-12-01', time: local });
      expect(parseDay('2026-12-01T23:30:00Z', now(), 'future')?.date).toBe(tz === 'Europe/Berlin' ? '2026-12-02' : '2026-12-01');
    });

    it('takes "tonight" said after 20:00 as the rest of the day', () => {
      expect(parseDay('tonight', new Date('2026-11-21T21:15:00'), 'future')).toEqual({ date: '2026-11-21', time: null });
      expect(parseDay('tonight 23:00', new Date('2026-11-21T21:15:00'), 'future')).toEqual({ date: '2026-11-21', time: '23:00' });
    });

    it('refuses "tonight" for --at before 20:00, and takes it after', () => {
      expect(() => parseHappened('tonight', now(), '--at')).toThrow('in the future');
      expect(parseHappened('tonight', new Date('2026-11-21T21:00:00'), '--at')).toEqual(new Date('2026-11-21T20:00:00'));
    });
  });
}

describe('date forms across a change of daylight saving time', () => {
  afterAll(() => {
    process.env.TZ = originalTz;
  });

  it('counts hours in real time over the autumn change in Berlin', () => {
    process.env.TZ = 'Europe/Berlin'; // clocks go back from 03:00 to 02:00 on Sunday 25 October 2026
    const now = new Date('2026-10-25T01:30:00+02:00');
    expect(parseDay('in 2 hours', now, 'future')).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(parseDay('tonight', now, 'future')).toEqual({ date: '2026-10-25', time: '20:00' });
    expect(parseDay('next fri', now, 'future')?.date).toBe('2026-10-30');
    expect(parseDay('fri', now, 'future')?.date).toBe('2026-10-30');
    expect(parseDay('next month', now, 'future')?.date).toBe('2026-11-30');
    expect(parseDay('Sun 25 Oct 23:00', now, 'future')).toEqual({ date: '2026-10-25', time: '23:00' });
  });

  it('counts hours in real time over the spring change in Los Angeles', () => {
    process.env.TZ = 'America/Los_Angeles'; // clocks go forward from 02:00 to 03:00 on Sunday 8 March 2026
    const now = new Date('2026-03-08T00:30:00-08:00');
    expect(parseDay('in 2 hours', now, 'future')).toEqual({ date: '2026-03-08', time: '03:30' });
    expect(parseDay('next sun', new Date('2026-03-01T12:00:00-08:00'), 'future')?.date).toBe('2026-03-08');
    expect(parseDay('in a week', new Date('2026-03-07T23:30:00-08:00'), 'future')?.date).toBe('2026-03-14');
    expect(parseDay('mar 8 at 2:30am', now, 'future')).toEqual({ date: '2026-03-08', time: '02:30' });
  });
});
