/** The import checks days by arithmetic (millions of them): it must agree with the calendar's own check. */
import { describe, expect, it } from 'vitest';
import { isDay } from '../../src/domain/export-check.js';
import { isRealDate } from '../../src/domain/calendar.js';

describe('isDay', () => {
  it('agrees with isRealDate on every month of leap, common and early years', () => {
    for (const y of [50, 99, 100, 1600, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isDay(day), day).toBe(isRealDate(y, m, d));
        }
      }
    }
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay(20260101)).toBe(false);
  });
});
