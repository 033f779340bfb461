import { describe, expect, it } from 'vitest';
import { keepRate, keepStreak, type Resolution } from '../../src/domain/streaks.js';

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
