import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { formatDay, formatInstant, relativeDue, relativePast } from '../../src/ui/format.js';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

for (const tz of ['Europe/Berlin', 'America/Los_Angeles']) {
  describe(`dates on screen in ${tz}`, () => {
    beforeAll(() => {
      process.env.TZ = tz;
    });
    // Saturday 21 November 2026, 10:00 local time.
    const now = () => new Date('2026-11-21T10:00:00');

    it.each([
      ['2026-11-27', null, 'Fri 27 Nov'],
      ['2026-11-27', '17:00', 'Fri 27 Nov 17:00'],
      ['2027-01-04', null, 'Mon 4 Jan 2027'],
      ['1999-12-31', '23:59', 'Fri 31 Dec 1999 23:59'],
    ])('formats %s %s as %s', (date, time, text) => {
      expect(formatDay({ date, time }, now())).toBe(text);
    });

    it('writes every day of three years as dayjs format() does, each time it is asked', () => {
      for (let d = dayjs('2025-01-01'); d.year() < 2028; d = d.add(1, 'day')) {
        const date = d.format('YYYY-MM-DD');
        const expected = d.format(d.year() === 2026 ? 'ddd D MMM' : 'ddd D MMM YYYY');
        for (let twice = 0; twice < 2; twice++) expect(formatDay({ date, time: null }, now())).toBe(expected);
        expect(formatDay({ date, time: '08:30' }, now())).toBe(`${expected} 08:30`);
        // An instant at another hour each day: every hour of the day, and the changes of offset, are met.
        const at = new Date(d.valueOf() + (d.diff(dayjs('2025-01-01'), 'day') % 24) * 3_600_000 + 13 * 60_000);
        expect(formatInstant(at, now())).toBe(dayjs(at).format(dayjs(at).year() === 2026 ? 'ddd D MMM HH:mm' : 'ddd D MMM YYYY HH:mm'));
      }
    });

    it('formats an instant in local time, with the year only when it is not this one', () => {
      expect(formatInstant(new Date('2026-11-20T18:05:00'), now())).toBe('Fri 20 Nov 18:05');
      expect(formatInstant(new Date('2025-11-20T18:05:00'), now(), false)).toBe('Thu 20 Nov 2025');
    });

    it.each([
      ['2026-11-21', '17:00', 'today at 17:00'],
      ['2026-11-21', null, 'today'],
      ['2026-11-21', '09:00', 'overdue since 09:00'],
      ['2026-11-22', null, 'tomorrow'],
      ['2026-11-27', null, 'in 6 days'],
      ['2026-12-04', null, 'in 13 days'],
      ['2026-12-05', null, 'in 2 weeks'],
      ['2027-01-15', null, 'in 8 weeks'],
      ['2027-01-25', null, 'in 2 months'],
      ['2027-10-21', null, 'in 11 months'],
      ['2027-11-21', null, 'in a year'],
      ['2028-11-21', null, 'in 2 years'],
      ['2026-11-20', null, '1 day overdue'],
      ['2026-11-18', '09:00', '3 days overdue'],
      ['2026-10-31', null, '3 weeks overdue'],
      ['2026-06-21', null, '5 months overdue'],
    ])('a due date of %s %s stands %s', (date, time, text) => {
      expect(relativeDue({ date, time }, now())).toBe(text);
    });

    it.each([
      ['2026-11-21T08:00:00', 'today'],
      ['2026-11-20T23:59:00', 'yesterday'],
      ['2026-11-18T12:00:00', '3 days ago'],
      ['2026-11-07T12:00:00', '2 weeks ago'],
      ['2026-09-24T12:00:00', '8 weeks ago'],
      ['2026-09-20T12:00:00', '2 months ago'],
      ['2025-12-21T12:00:00', '11 months ago'],
      ['2025-11-21T12:00:00', 'a year ago'],
      ['2022-10-01T12:00:00', '4 years ago'],
      ['2016-11-21T12:00:00', '10 years ago'],
    ])('%s was %s', (at, text) => {
      expect(relativePast(new Date(at), now())).toBe(text);
    });
  });
}

describe('relative wording across a change of daylight saving time', () => {
  it('counts calendar days over the 25-hour Sunday in Berlin', () => {
    process.env.TZ = 'Europe/Berlin';
    const now = new Date('2026-10-24T23:30:00');
    expect(relativeDue({ date: '2026-10-26', time: null }, now)).toBe('in 2 days');
    expect(relativeDue({ date: '2026-11-07', time: null }, now)).toBe('in 2 weeks');
    expect(relativePast(new Date('2026-10-22T00:30:00'), new Date('2026-10-26T00:10:00'))).toBe('4 days ago');
  });

  it('counts calendar days over the 23-hour Sunday in Los Angeles', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(relativeDue({ date: '2026-03-09', time: null }, new Date('2026-03-07T23:30:00'))).toBe('in 2 days');
    expect(relativePast(new Date('2026-03-07T00:30:00'), new Date('2026-03-09T23:50:00'))).toBe('2 days ago');
  });
});
