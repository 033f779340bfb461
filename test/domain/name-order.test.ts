import { describe, expect, it } from 'vitest';
import { nameOrder, sortByName } from '../../src/domain/name-order.js';

const sorted = (names: string[], language?: string) => sortByName(names, (n) => n, language);

describe('the order names are listed in', () => {
  it('keeps the journal order in English: by the case-folded name, code point by code point', () => {
    expect(sorted(['bob', 'Alice', 'たなか', 'アキラ', '田中', 'Émile'])).toEqual(['Alice', 'bob', 'Émile', 'たなか', 'アキラ', '田中']);
    expect(nameOrder()).toBe(nameOrder('en'));
    expect(nameOrder('fr')).toBe(nameOrder('en'));
  });

  it('follows the Japanese collation in Japanese: gojūon order, hiragana and katakana together', () => {
    expect(sorted(['わたなべ', 'さとう', 'アキラ', 'いとう', 'カトウ'], 'ja')).toEqual(['アキラ', 'いとう', 'カトウ', 'さとう', 'わたなべ']);
    expect(sorted(['Bob', 'alice', 'たなか'], 'ja-JP')).toEqual(['alice', 'Bob', 'たなか']);
  });

  it('gives one fixed order to names the collation calls equal', () => {
    const names = ['ｱｷ', 'アキ'];
    expect(sorted(names, 'ja')).toEqual(sorted([...names].reverse(), 'ja'));
  });

  it('makes the Japanese collator once', () => {
    expect(nameOrder('ja')).toBe(nameOrder('ja_JP'));
  });
});
