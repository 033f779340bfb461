import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDay, parseIsoMoment } from '../../src/domain/dates.js';

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

describe('parseIsoMoment (what TRUST_NOW accepts)', () => {
  it.each([
    ['2026-11-21', '2026-11-20T15:00:00.000Z'], // a bare day is its local start
    ['2026-11-21T09:30', '2026-11-21T00:30:00.000Z'],
    ['2026-11-21T09:30:15', '2026-11-21T00:30:15.000Z'],
    ['2026-11-21T09:30:15.5', '2026-11-21T00:30:15.500Z'],
    ['2026-11-21T09:30:00Z', '2026-11-21T09:30:00.000Z'],
    ['2026-11-21T09:30:00.000Z', '2026-11-21T09:30:00.000Z'],
    ['2026-11-21T11:00:00+05:00', '2026-11-21T06:00:00.000Z'],
    ['2026-11-21T11:00-0130', '2026-11-21T12:30:00.000Z'],
    ['2028-02-29T00:00', '2028-02-28T15:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseIsoMoment(text)?.toISOString()).toBe(iso);
  });

  it.each(['0', '-1', 'Sat Nov 21 2026', '2026-02-30', '2026-02-30T10:00', '2027-02-29', '2026-13-01', '2026-11-21T24:00', '2026-11-21T10:60', '+010000-01-01T00:00:00Z', '10000-01-01', '2026-11-21 10:00', ''])(
    'refuses %j',
    (text) => {
      expect(parseIsoMoment(text)).toBeNull();
    },
  );
});

describe('dates past the year 9999', () => {
  it('are not dates trust understands, rather than dates that sort before today', () => {
    const now = new Date(9999, 11, 31, 10, 0);
    expect(parseDay('today', now, 'future')).toEqual({ date: '9999-12-31', time: null });
    expect(parseDay('tomorrow', now, 'future')).toBeNull();
    expect(parseDay('in 2 months', now, 'future')).toBeNull();
  });
});
