import { describe, expect, it } from 'vitest';
import { cleanWeeks, keepRate, keepStreak, reliabilityScore, reviewStreak, strength, RELIABILITY_HALF_LIFE, RELIABILITY_M, STRENGTH_AFTER, type Resolution } from '../../src/domain/streaks.js';

const r = (code: string): Resolution[] =>
  [...code].map((ch) => ({ status: ch === 'b' ? 'broken' : ch === 'r' ? 'released' : 'kept', late: ch === 'l' }));

describe('keepStreak', () => {
  it.each([
    ['', 0, 0, 0],
    ['k', 1, 1, 0],
    ['kkk', 3, 3, 0],
    ['kkbk', 1, 2, 0],
    ['kkkbkk', 2, 3, 0],
    ['kkrk', 3, 3, 0], // released is neutral
    ['rrr', 0, 0, 0],
    ['klk', 3, 3, 1], // late keeps count, and are flagged
    ['lbkk', 2, 2, 0], // the late keep before the break no longer belongs to the run
    ['kkkkb', 0, 4, 0],
  ])('%j → current %i, best %i, late %i', (code, current, best, currentLate) => {
    expect(keepStreak(r(code))).toEqual({ current, best, currentLate });
  });
});

describe('keepRate', () => {
  it('is the share of kept among kept and broken', () => {
    expect(keepRate({ kept: 3, broken: 1 })).toBe(0.75);
  });
  it('is null, not NaN, when nothing counts yet', () => {
    expect(keepRate({ kept: 0, broken: 0 })).toBeNull();
  });
});

describe('cleanWeeks', () => {
  const w = (code: string) => [...code].map((ch) => ({ kept: ch === 'k' || ch === 'x' ? 1 : 0, broken: ch === 'b' || ch === 'x' ? 1 : 0 }));
  it.each([
    ['', 0, 0],
    ['k', 1, 1],
    ['kkk', 3, 3],
    ['k.k', 2, 2], // a week with nothing resolved is neutral
    ['kk.b', 0, 2],
    ['kkbkk', 2, 2],
    ['kxk', 1, 1], // kept and broken in one week is not clean
    ['kkk..', 3, 3], // quiet weeks at the end keep the run
    ['...', 0, 0],
  ])('%j → current %i, best %i', (code, current, best) => {
    expect(cleanWeeks(w(code))).toEqual({ current, best });
  });
});

describe('reviewStreak', () => {
  const r = (code: string) => [...code].map((ch) => ch === 'r');
  it.each([
    ['', 0, 0],
    ['r', 1, 1],
    ['rr.', 2, 2], // this week not reviewed yet: the run holds
    ['rr..', 0, 2], // last week missed: broken
    ['rrr', 3, 3],
    ['r.rr', 2, 2],
    ['rrr.r.', 1, 3],
    ['.', 0, 0],
  ])('%j → current %i, best %i', (code, current, best) => {
    expect(reviewStreak(r(code))).toEqual({ current, best });
  });
});

describe('reliabilityScore', () => {
  it('starts at 0 and reaches one half after one half-life of keeps', () => {
    expect(reliabilityScore([])).toBe(0);
    expect(reliabilityScore(r('k'.repeat(RELIABILITY_HALF_LIFE)))).toBeCloseTo(0.5, 10);
    expect(reliabilityScore(r('k'.repeat(2 * RELIABILITY_HALF_LIFE)))).toBeCloseTo(0.75, 10);
  });
  it('ignores releases, gives late keeps partial credit, and weighs recent outcomes more', () => {
    expect(reliabilityScore(r('kkrrk'))).toBeCloseTo(reliabilityScore(r('kkk')), 12);
    const late = reliabilityScore(r('kkl'));
    expect(late).toBeGreaterThan(reliabilityScore(r('kkb')));
    expect(late).toBeLessThan(reliabilityScore(r('kkk')));
    expect(reliabilityScore(r('bkkkk'))).toBeGreaterThan(reliabilityScore(r('kkkkb')));
  });
  it('follows score = previous × m + outcome × (1 − m)', () => {
    const m = 0.9;
    expect(reliabilityScore(r('kb'), m)).toBeCloseTo((0 * m + 1 * (1 - m)) * m + 0, 12);
  });
});

describe('strength (what people see)', () => {
  const shown = (code: string) => strength(reliabilityScore(r(code)), r(code).filter((x) => x.status !== 'released').length);
  it('is not shown before enough was kept or broken', () => {
    expect(STRENGTH_AFTER).toBe(5);
    expect(shown('kkk')).toBeNull();
    expect(shown('kkkrrrr')).toBeNull(); // releases are no outcome
  });
  it('reads 100% for a perfect record, at any length, instead of a failing grade', () => {
    expect(reliabilityScore(r('kkk'))).toBeLessThan(0.2); // the raw score the store keeps
    expect(shown('kkkkk')).toBeCloseTo(1, 12);
    expect(shown('k'.repeat(40))).toBeCloseTo(1, 12);
  });
  it('is the recency-weighted share kept: each outcome weighted m^age, late keeps half', () => {
    const code = 'kbklkkb';
    const outcomes = [...code].map((ch) => (ch === 'b' ? 0 : ch === 'l' ? 0.5 : 1));
    const weights = outcomes.map((_, i) => RELIABILITY_M ** (outcomes.length - 1 - i));
    const average = outcomes.reduce((sum, o, i) => sum + o * weights[i]!, 0) / weights.reduce((a, b) => a + b, 0);
    expect(shown(code)).toBeCloseTo(average, 12);
    expect(shown('bkkkkk')!).toBeGreaterThan(shown('kkkkkb')!);
  });
});
