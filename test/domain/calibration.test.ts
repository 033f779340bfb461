import { afterAll, describe, expect, it } from 'vitest';
import {
  calibrate, countKeep, cueComparison, cueShown, daysLate, emptyTally, nearestRank, suggestDue, trend, trendShown, trendWeeks, type Calibration, type Keep, type KeepTally,
} from '../../src/domain/calibration.js';

const zone = process.env.TZ;
process.env.TZ = 'Asia/Tokyo';
afterAll(() => {
  process.env.TZ = zone;
});

/** A keep at a local time in Tokyo: "2026-11-08 12:00". */
const keep = (due: string, kept: string, late: boolean): Keep => ({ due, keptAt: new Date(`${kept.replace(' ', 'T')}:00+09:00`), late });

/**
 * The fixture history, worked out by hand:
 *   due 11-02 kept 11-02 → 0 · due 11-03 kept 11-01 → 0 (early) · due 11-05 kept 11-08 → 3
 *   due 11-06 kept 11-07 → 1 · due 11-09 17:00 kept 11-09 23:30 → late the same day: 1
 *   due 11-10 kept 11-15 → 5 · due 11-12 kept 11-14 → 2
 * Sorted: 0 0 1 1 2 3 5. On time 2 of 7. Median of all, rank ⌈3.5⌉ = 4th: 1.
 * Late keeps 1 1 2 3 5: median rank ⌈2.5⌉ = 3rd: 2; 80th rank ⌈4⌉ = 4th: 3.
 */
const HISTORY: Keep[] = [
  keep('2026-11-02', '2026-11-02 18:00', false),
  keep('2026-11-03', '2026-11-01 09:00', false),
  keep('2026-11-05', '2026-11-08 10:00', true),
  keep('2026-11-06', '2026-11-07 08:00', true),
  keep('2026-11-09', '2026-11-09 23:30', true),
  keep('2026-11-10', '2026-11-15 12:00', true),
  keep('2026-11-12', '2026-11-14 12:00', true),
];

describe('daysLate', () => {
  it.each([
    ['kept on time', '2026-11-20', '2026-11-20 23:59', false, 0],
    ['kept early', '2026-11-20', '2026-11-18 09:00', false, 0],
    ['kept past its due hour the same day', '2026-11-20', '2026-11-20 18:00', true, 1],
    ['kept the day after', '2026-11-20', '2026-11-21 00:01', true, 1],
    ['kept across a month end', '2026-11-29', '2026-12-02 10:00', true, 3],
    ['kept across a year end', '2026-12-30', '2027-01-02 10:00', true, 3],
  ])('%s', (_, due, kept, late, days) => {
    expect(daysLate(keep(due, kept, late))).toBe(days);
  });

  it('counts the local day kept, not the UTC one', () => {
    // 16:00 UTC on the 20th is 01:00 on the 21st in Tokyo, and still the 20th in London.
    const k = { due: '2026-11-19', keptAt: new Date('2026-11-20T16:00:00Z'), late: true };
    expect(daysLate(k)).toBe(2);
    process.env.TZ = 'Europe/London';
    expect(daysLate(k)).toBe(1);
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
    expect(calibrate(HISTORY)).toEqual({ keeps: 7, onTime: 2, onTimeRate: 2 / 7, medianDaysLate: 1, lateMedianDays: 2, late80Days: 3 });
  });

  it.each([
    ['no history', [], { keeps: 0, onTime: 0, onTimeRate: null, medianDaysLate: 0, lateMedianDays: null, late80Days: null }],
    ['always on time', HISTORY.filter((k) => !k.late), { keeps: 2, onTime: 2, onTimeRate: 1, medianDaysLate: 0, lateMedianDays: null, late80Days: null }],
    // 1 1 2 3 5: the median of all is the 3rd, 2.
    ['always late', HISTORY.filter((k) => k.late), { keeps: 5, onTime: 0, onTimeRate: 0, medianDaysLate: 2, lateMedianDays: 2, late80Days: 3 }],
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
  // Saturday of ISO week 2026-W47 in Tokyo.
  const now = new Date('2026-11-21T10:00:00+09:00');
  const tally = (keeps: number, late: number, cued = 0, cuedLate = 0): KeepTally => ({ keeps, late, cued, cuedLate });

  it('reads the 24 ISO weeks ending with this one: the 12 before, then the last 12', () => {
    const weeks = trendWeeks(now);
    expect(weeks).toHaveLength(24);
    expect(weeks[0]).toBe('2026-W24');
    expect(weeks[11]).toBe('2026-W35');
    expect(weeks[12]).toBe('2026-W36');
    expect(weeks[23]).toBe('2026-W47');
  });

  // Last 12 weeks: 4 + 3 keeps, 2 + 3 late: 2 of 7 on time. The 12 before: 5 keeps, 1 late:
  // 4 of 5. Week 23 is older and left out.
  const byWeek = new Map<string, KeepTally>([
    ['2026-W23', tally(9, 0)],
    ['2026-W24', tally(2, 0)],
    ['2026-W35', tally(3, 1)],
    ['2026-W36', tally(4, 2)],
    ['2026-W47', tally(3, 3)],
  ]);

  it('compares the last 12 weeks with the 12 before', () => {
    const t = trend(byWeek, now);
    expect(t).toEqual({ last12Weeks: { keeps: 7, onTime: 2, onTimeRate: 2 / 7 }, previous12Weeks: { keeps: 5, onTime: 4, onTimeRate: 4 / 5 } });
    expect(trendShown(t)).toBe(true);
  });

  it('is not shown while either period holds fewer than 5 keeps', () => {
    const fewer = new Map(byWeek);
    fewer.set('2026-W24', tally(1, 0));
    expect(trend(fewer, now).previous12Weeks.keeps).toBe(4);
    expect(trendShown(trend(fewer, now))).toBe(false);
  });

  it('counts keeps into a tally', () => {
    const t = emptyTally();
    for (const [late, cued] of [[false, false], [true, false], [true, true], [false, true], [false, true]] as const) countKeep(t, late, cued);
    expect(t).toEqual(tally(5, 2, 3, 1));
  });

  it('compares keeps with a cue with those without, once each side has 10', () => {
    // 30 keeps, 8 late; 10 with a cue, 1 of them late: 9 of 10 on time with a cue, 13 of 20 without.
    const c = cueComparison(tally(30, 8, 10, 1));
    expect(c).toEqual({ withCue: { keeps: 10, onTime: 9, onTimeRate: 0.9 }, withoutCue: { keeps: 20, onTime: 13, onTimeRate: 13 / 20 } });
    expect(cueShown(c)).toBe(true);
    expect(cueShown(cueComparison(tally(30, 8, 9, 1)))).toBe(false);
    expect(cueShown(cueComparison(tally(19, 8, 10, 1)))).toBe(false);
  });
});
