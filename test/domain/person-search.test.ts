import { describe, expect, it } from 'vitest';
import { personFinder, SHOWN_MATCHES } from '../../src/domain/person-search.js';

const people = (...names: string[]) => names.map((name) => ({ name }));
const names = (found: { shown: { name: string }[] }) => found.shown.map((p) => p.name);

describe('the person search', () => {
  it('ranks the whole name, then its start, then the start of a word, then anywhere', () => {
    const find = personFinder(people('Joanne', 'Hannah', 'Anna Smith', 'Mary Ann', 'Ann', 'Annika'));
    expect(names(find('ann'))).toEqual(['Ann', 'Anna Smith', 'Annika', 'Mary Ann', 'Joanne', 'Hannah']);
  });

  it('keeps the given order (most recent first) among equally good matches', () => {
    const find = personFinder(people('Bob Lee', 'Bobby', 'Bo', 'Bob'));
    expect(names(find('bo'))).toEqual(['Bo', 'Bob Lee', 'Bobby', 'Bob']);
  });

  it('finds a word start after a later occurrence inside a word', () => {
    const find = personFinder(people('Joanne Ann', 'Leanne'));
    expect(names(find('ann'))).toEqual(['Joanne Ann', 'Leanne']);
  });

  it('matches as names are compared elsewhere: case and compatibility forms', () => {
    const find = personFinder(people('Ｔａｎａｋａ', '田中さん', 'ALICE'));
    expect(names(find('tana'))).toEqual(['Ｔａｎａｋａ']);
    expect(names(find('田中'))).toEqual(['田中さん']);
    expect(find('alice')).toMatchObject({ exact: true, total: 1 });
    expect(find('ali')).toMatchObject({ exact: false, total: 1 });
  });

  it(`offers at most ${SHOWN_MATCHES}, the best ones, and counts all that matched`, () => {
    const many = people(...Array.from({ length: 1000 }, (_, i) => `Person ${i} Maria`), 'Mar', 'Marta');
    const found = personFinder(many)('mar');
    expect(found.total).toBe(1002);
    expect(found.shown).toHaveLength(SHOWN_MATCHES);
    expect(names(found).slice(0, 3)).toEqual(['Mar', 'Marta', 'Person 0 Maria']);
    expect(found.exact).toBe(true);
  });

  it('offers the first ones in the given order when nothing is typed', () => {
    const many = people(...Array.from({ length: 200 }, (_, i) => `P${i}`));
    const found = personFinder(many, 10)('  ');
    expect(names(found)).toEqual(Array.from({ length: 10 }, (_, i) => `P${i}`));
    expect(found).toMatchObject({ total: 200, exact: false });
  });

  it('reads each name once, and again only for a search typed with an honorific (the first key stays fast)', () => {
    let reads = 0;
    const counted = ['Alice', 'Bob', '田中さん', 'Dr. Chen'].map((name) => ({
      get name() {
        reads++;
        return name;
      },
    }));
    const find = personFinder(counted);
    expect(reads).toBe(4);
    expect(find('a').total).toBe(1);
    expect(find('田中').total).toBe(1);
    expect(reads).toBe(4);
    // Typed with another honorific, the stored one is found by its bare name: now the cores are needed.
    expect(find('田中部長')).toMatchObject({ total: 1, exact: false });
    expect(reads).toBe(8);
  });
});
