import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/domain/duration.js';
import { atRiskUntil, dueWithin, isAtRisk, promiseKey } from '../../src/domain/reminders.js';

process.env.TZ = 'Europe/Berlin';

describe('parseDuration', () => {
  it.each([
    ['30m', 30],
    ['24h', 1440],
    ['2 days', 2880],
    ['1w', 10080],
    ['3日', 4320],
    ['９０分', 90],
    [' 12 Hours ', 720],
    ['366d', 527040],
  ])('%s is %i minutes', (typed, minutes) => expect(parseDuration(typed)).toBe(minutes));

  it.each(['', 'soon', '0h', '-2h', '1.5h', '2', 'h', '367d', '2 fortnights'])('refuses %j', (typed) => expect(parseDuration(typed)).toBeNull());
});

describe('at risk', () => {
  const now = new Date('2026-11-22T10:00:00');
  const open = (date: string, time: string | null) => ({ status: 'open' as const, due: { date, time } });
  it.each([
    ['due in an hour', open('2026-11-22', '11:00'), true],
    ['due now', open('2026-11-22', '10:00'), true],
    ['due in exactly 48 hours', open('2026-11-24', '10:00'), true],
    ['due a minute past 48 hours', open('2026-11-24', '10:01'), false],
    ['due all day tomorrow', open('2026-11-23', null), true],
    ['due all day in two days (until its midnight)', open('2026-11-24', null), false],
    ['overdue', open('2026-11-22', '09:59'), false],
    ['with no due date', { status: 'open' as const, due: null }, false],
    ['kept', { status: 'kept' as const, due: { date: '2026-11-22', time: '11:00' } }, false],
  ])('%s: %s', (_what, p, risky) => expect(isAtRisk(p, now)).toBe(risky));

  it('counts 48 hours of clock time across a change to winter time', () => {
    // 25 October 2026: clocks go back at 03:00 in Berlin, so 48 hours from Saturday 10:00 is Monday 09:00.
    expect(atRiskUntil(new Date('2026-10-24T10:00:00'))).toBe('2026-10-26 09:00');
  });

  it('reads a window in days to the end of its last day, and one in hours to the minute', () => {
    expect(dueWithin(now, 3 * 1440)).toBe('2026-11-25 24:00');
    expect(dueWithin(now, 2 * 1440)).toBe('2026-11-24 10:00');
    expect(dueWithin(now, 90)).toBe('2026-11-22 11:30');
  });

  it('keys a promise by its due moment, so a new date is a new reminder', () => {
    expect(promiseKey({ id: 4, due: { date: '2026-11-23', time: null } })).toEqual({ kind: 'promise', ref: 4, dueKey: '2026-11-23 24:00' });
    expect(promiseKey({ id: 4, due: { date: '2026-11-23', time: '09:00' } }).dueKey).toBe('2026-11-23 09:00');
  });
});
