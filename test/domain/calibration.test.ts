import { afterAll, describe, expect, it } from 'vitest';
import {
  calibrate, cueComparison, cueShown, daysLate, nearestRank, suggestDue, trend, trendShown, trendStarts, type Calibration, type Keep,
} from '../../src/domain/calibration.js';

const zone = process.env.TZ;
process.env.TZ = 'Asia/Tokyo';
afterAll(() => {
  process.env.TZ = zone;
});

/** A keep at a local time in Tokyo: "2026-11-08 12:00". */
const keep = (due: string, kept: string, cue = false): Keep => ({ due, keptAt: new Date(`${kept.replace(' ', 'T')}:00+09:00`), cue });

/**
 * The fixture history, worked out by hand:
 *   due 11-02 kept 11-02 → 0 · due 11-03 kept 11-01 → 0 (early) · due 11-05 kept 11-08 → 3
 *   due 11-06 kept 11-07 → 1 · due 11-09 kept 11-09 23:30 → 0 · due 11-10 kept 11-15 → 5
 *   due 11-12 kept 11-14 → 2
 * Sorted: 0 0 0 1 2 3 5. On time 3 of 7. Median of all, rank ⌈3.5⌉ = 4th: 1.
 * Late keeps 1 2 3 5: median rank ⌈2⌉ = 2nd: 2; 80th rank ⌈3.2⌉ = 4th: 5.
 */
const HISTORY: Keep[] = [
  keep('2026-11-02', '2026-11-02 18:00'),
  keep('2026-11-03', '2026-11-01 09:00'),
  keep('2026-11-05', '2026-11-08 10:00'),
  keep('2026-11-06', '2026-11-07 08:00'),
  keep('2026-11-09', '2026-11-09 23:30'),
  keep('2026-11-10', '2026-11-15 12:00'),
  keep('2026-11-12', '2026-11-14 12:00'),
];

describe('daysLate', () => {
  it.each([
    ['kept on the due day', '2026-11-20', '2026-11-20 23:59', 0],
    ['kept early', '2026-11-20', '2026-11-18 09:00', 0],
    ['kept the day after', '2026-11-20', '2026-11-21 00:01', 1],
    ['kept across a month end', '2026-11-29', '2026-12-02 10:00', 3],
    ['kept across a year end', '2026-12-30', '2027-01-02 10:00', 3],
  ])('%s', (_, due, kept, days) => {
    expect(daysLate(due, keep(due, kept).keptAt)).toBe(days);
  });

  it('counts the local day kept, not the UTC one', () => {
    // 16:00 UTC on the 20th is 01:00 on the 21st in Tokyo, and still the 20th in London.
    const keptAt = new Date('2026-11-20T16:00:00Z');
    expect(daysLate('2026-11-20', keptAt)).toBe(1);
    process.env.TZ = 'Europe/London';
    expect(daysLate('2026-11-20', keptAt)).toBe(0);
    process.env.TZ = 'Asia/Tokyo';
  });
});

describe('nearestRank', () => {
  it.each([
    [[], 50, null],
    [[4], 50, 4],
    [[4], 80, 4],
    [[1, 2], 50, 1],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 80, 4],
    [[1, 2, 3, 4, 5], 80, 4],
    [[0, 0, 0, 1, 2, 3, 5], 50, 1],
  ])('%j at %i is %s', (values, p, expected) => {
    expect(nearestRank(values, p)).toBe(expected);
  });
});

describe('calibrate', () => {
  it('equals the hand computation on the fixture history', () => {
    expect(calibrate(HISTORY)).toEqual({ keeps: 7, onTime: 3, onTimeRate: 3 / 7, medianDaysLate: 1, lateMedianDays: 2, late80Days: 5 });
  });

  it.each([
    ['no history', [], { keeps: 0, onTime: 0, onTimeRate: null, medianDaysLate: 0, lateMedianDays: null, late80Days: null }],
    ['always on time', HISTORY.filter((k) => daysLate(k.due, k.keptAt) === 0), { keeps: 3, onTime: 3, onTimeRate: 1, medianDaysLate: 0, lateMedianDays: null, late80Days: null }],
    ['always late', HISTORY.filter((k) => daysLate(k.due, k.keptAt) > 0), { keeps: 4, onTime: 0, onTimeRate: 0, medianDaysLate: 2, lateMedianDays: 2, late80Days: 5 }],
  ])('%s', (_, keeps, expected) => {
    expect(calibrate(keeps)).toEqual(expected);
  });
});

const figure = (keeps: number, medianDaysLate: number): Calibration => ({ keeps, onTime: 0, onTimeRate: 0, medianDaysLate, lateMedianDays: medianDaysLate, late80Days: medianDaysLate });

describe('suggestDue', () => {
  const friday = { date: '2026-11-27', time: null };
  it.each([
    ['the person’s own history when it is long enough', figure(5, 3), figure(50, 1), { from: 'person', date: '2026-11-30' }],
    ['everyone’s when the person’s is too short', figure(4, 3), figure(5, 1), { from: 'overall', date: '2026-11-28' }],
    ['no one’s when both are too short', figure(4, 3), figure(4, 3), null],
    ['everyone’s for someone new', null, figure(20, 2), { from: 'overall', date: '2026-11-29' }],
    ['nothing when the median keep is on time', figure(20, 0), figure(50, 4), null],
  ])('uses %s', (_, person, overall, expected) => {
    const s = suggestDue(friday, person, overall);
    expect(s && { from: s.from, date: s.due.date }).toEqual(expected);
  });

  it('moves across a month end and keeps the time of day', () => {
    expect(suggestDue({ date: '2026-11-30', time: '17:00' }, figure(7, 3), null)?.due).toEqual({ date: '2026-12-03', time: '17:00' });
  });

  it('from the fixture history: a median of 1 day late moves Friday to Saturday', () => {
    expect(suggestDue(friday, calibrate(HISTORY), null)?.due.date).toBe('2026-11-28');
  });
});

describe('trend and cue', () => {
  const now = new Date('2026-11-21T10:00:00+09:00');
  it('splits at 84 days back, and 168', () => {
    const { recent, before } = trendStarts(now);
    expect(recent.toISOString()).toBe('2026-08-29T01:00:00.000Z');
    expect(before.toISOString()).toBe('2026-06-06T01:00:00.000Z');
  });

  // Last 12 weeks: the fixture (3 of 7 on time). The 12 before: 4 of 5 on time. Older and
  // later keeps are left out.
  const before = [
    keep('2026-07-01', '2026-07-01 10:00'),
    keep('2026-07-02', '2026-07-01 10:00'),
    keep('2026-07-03', '2026-07-03 10:00'),
    keep('2026-07-04', '2026-07-04 10:00'),
    keep('2026-07-05', '2026-07-09 10:00'),
  ];
  const older = keep('2026-06-01', '2026-06-06 09:59');
  const edge = keep('2026-08-29', '2026-08-29 10:00');
  const later = keep('2026-11-22', '2026-11-21 10:01');

  it('compares the last 12 weeks with the 12 before', () => {
    const t = trend([...HISTORY, ...before, older, later], now);
    expect(t).toEqual({ last12Weeks: { keeps: 7, onTime: 3, onTimeRate: 3 / 7 }, previous12Weeks: { keeps: 5, onTime: 4, onTimeRate: 4 / 5 } });
    expect(trendShown(t)).toBe(true);
  });

  it('counts a keep at the very start of the last 12 weeks in them', () => {
    expect(trend([edge], now).last12Weeks.keeps).toBe(1);
  });

  it('is not shown while either period holds fewer than 5 keeps', () => {
    expect(trendShown(trend([...HISTORY, ...before.slice(1)], now))).toBe(false);
  });

  it('compares keeps with a cue with those without, once each side has 5', () => {
    const cued = before.map((k) => ({ ...k, cue: true }));
    const c = cueComparison([...HISTORY, ...cued]);
    expect(c).toEqual({ withCue: { keeps: 5, onTime: 4, onTimeRate: 4 / 5 }, withoutCue: { keeps: 7, onTime: 3, onTimeRate: 3 / 7 } });
    expect(cueShown(c)).toBe(true);
    expect(cueShown(cueComparison([...HISTORY, ...cued.slice(1)]))).toBe(false);
  });
});
