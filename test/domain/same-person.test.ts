import { describe, expect, it } from 'vitest';
import { personFinder } from '../../src/domain/person-search.js';
import { coreKey, likeness, lookalikes, spacedKey } from '../../src/domain/same-person.js';

describe('when two spellings of a name are one person', () => {
  it.each([
    ['田中さん', '田中さん', 'exact'],
    ['alice', 'Alice', 'exact'],
    ['田中', '田中さん', 'same'],
    ['田中さん', '田中', 'same'],
    ['田中 さん', '田中さん', 'same'],
    ['田中　さん', '田中さん', 'same'],
    ['田中 太郎', '田中太郎', 'same'],
    ['田中', '田中 部長', 'same'],
    ['鈴木', '鈴木部長', 'same'],
    ['山田', '山田先生', 'same'],
    ['ゆう', 'ゆうちゃん', 'same'],
    ['Smith', 'Mr Smith', 'same'],
    ['Ann  Lee', 'Ann Lee', 'same'],
    ['田中さん', '田中部長', 'alike'],
    ['田中くん', '田中さん', 'alike'],
    ['Mrs Smith', 'Mr Smith', 'alike'],
    ['田中', '田村さん', null],
    ['AnnLee', 'Ann Lee', null],
    ['Alice', 'Alicia', null],
    ['先生', '田中先生', null],
  ])('%j and %j: %j', (typed, stored, expected) => {
    expect(likeness(typed, stored)).toBe(expected);
  });

  it('keeps the honorific as written and drops it only to compare', () => {
    expect(coreKey('田中 さん')).toBe('田中');
    expect(coreKey('鈴木部長')).toBe('鈴木');
    expect(spacedKey('田中　さん')).toBe('田中さん');
    expect(spacedKey(' Ann   Lee ')).toBe('ann lee');
  });

  it('sorts the people a name may stand for into "same" and "alike"', () => {
    const people = [{ name: '田中さん' }, { name: '田中部長' }, { name: '田村' }];
    expect(lookalikes('田中', people)).toEqual({ same: [{ name: '田中さん' }, { name: '田中部長' }], alike: [] });
    expect(lookalikes('田中くん', people)).toEqual({ same: [], alike: [{ name: '田中さん' }, { name: '田中部長' }] });
  });
});

describe('finding a person by part of the name', () => {
  const names = ['田中さん', '田村部長', 'たなかゆう', 'タナカ', 'Alice Smith'];
  const find = personFinder(names.map((name) => ({ name })));
  const found = (term: string) => find(term).shown.map((p) => p.name);
  it.each([
    ['田', ['田中さん', '田村部長']],
    ['中', ['田中さん']],
    ['田中', ['田中さん']],
    ['田中 さん', ['田中さん']],
    ['田中部長', ['田中さん']],
    ['たなか', ['たなかゆう']],
    ['ﾀﾅｶ', ['タナカ']],
    ['村', ['田村部長']],
    ['smith', ['Alice Smith']],
    ['', names],
  ])('%j finds %j', (term, expected) => {
    expect(found(term)).toEqual(expected);
  });
});
