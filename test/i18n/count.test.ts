import { describe, expect, it } from 'vitest';
import { number } from '../../src/i18n/count.js';

describe('number: how the catalogues write a count', () => {
  it.each([0, 1, 7, 999, 1000, 8105, 12345, 999999, 1000000, 123456789, -1, -8105])('%d as Intl writes it in English and Japanese', (n) => {
    expect(number('en', n, 0)).toBe(new Intl.NumberFormat('en').format(n));
    expect(number('ja', n, 0)).toBe(new Intl.NumberFormat('ja').format(n));
  });

  it('takes the offset away first', () => {
    expect(number('en', 1001, 1)).toBe('1,000');
  });
});
