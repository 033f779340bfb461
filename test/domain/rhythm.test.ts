import { describe, expect, it } from 'vitest';
import { DEFAULT_RHYTHM_DAYS, parseRhythm, rhythmParts, rhythmWords } from '../../src/domain/rhythm.js';
import { TrustError } from '../../src/errors.js';

describe('parseRhythm', () => {
  it.each([
    ['3d', 3],
    ['1d', 1],
    ['2w', 14],
    ['1m', 30],
    ['6m', 180],
    ['1y', 365],
    ['2 weeks', 14],
    ['1 week', 7],
    ['10 days', 10],
    ['3 months', 90],
    [' 2W ', 14],
    ['２ｗ', 14],
    ['3日', 3],
    ['2週間', 14],
    ['2週', 14],
    ['1か月', 30],
    ['1ヶ月', 30],
    ['1年', 365],
  ])('%s is %i days', (typed, days) => {
    expect(parseRhythm(typed)).toBe(days);
  });

  it.each(['none', 'None', 'default', 'なし'])('%s goes back to the default', (typed) => {
    expect(parseRhythm(typed)).toBeNull();
  });

  it.each(['', '2', 'w', '0d', '0w', '-1d', '2x', '1.5w', 'fortnight', '11y', '99999d', '2 w 3'])('%s is refused as bad input (exit 2)', (typed) => {
    let error: unknown;
    try {
      parseRhythm(typed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrustError);
    expect((error as TrustError).exitCode).toBe(2);
    expect((error as TrustError).message).toContain('is not a rhythm');
  });
});

describe('rhythm in words', () => {
  it.each([
    [1, { count: 1, unit: 'day' }, 'every day'],
    [3, { count: 3, unit: 'day' }, 'every 3 days'],
    [7, { count: 1, unit: 'week' }, 'every week'],
    [14, { count: 2, unit: 'week' }, 'every 2 weeks'],
    [DEFAULT_RHYTHM_DAYS, { count: 4, unit: 'week' }, 'every 4 weeks'],
    [30, { count: 1, unit: 'month' }, 'every month'],
    [210, { count: 7, unit: 'month' }, 'every 7 months'],
    [365, { count: 1, unit: 'year' }, 'every year'],
    [730, { count: 2, unit: 'year' }, 'every 2 years'],
    [400, { count: 400, unit: 'day' }, 'every 400 days'],
  ])('%i days: %o, "%s"', (days, parts, words) => {
    expect(rhythmParts(days)).toEqual(parts);
    expect(rhythmWords(days)).toBe(words);
  });
});
