import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IdSet, UuidSet, UuidMap } from '../../src/domain/compact-sets.js';

describe('compact sets of what an import has seen', () => {
  it('a UUID set answers as a Set does, through many growths', () => {
    const set = new UuidSet();
    const seen: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const uuid = randomUUID();
      expect(set.add(uuid)).toBe(true);
      seen.push(uuid);
    }
    for (const uuid of seen) expect(set.has(uuid)).toBe(true);
    expect(set.add(seen[123]!)).toBe(false);
    expect(set.add(seen[123]!.toUpperCase())).toBe(false);
    expect(set.has(randomUUID())).toBe(false);
    // Differing only in the last digit, or only in the first: still told apart.
    expect(set.has(`${seen[0]!.slice(0, 35)}${seen[0]!.endsWith('0') ? '1' : '0'}`)).toBe(false);
    expect(set.has(`${seen[0]!.startsWith('0') ? '1' : '0'}${seen[0]!.slice(1)}`)).toBe(false);
  });

  it('a UUID map keeps each UUID\'s number through many growths', () => {
    const map = new UuidMap();
    const seen: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const uuid = randomUUID();
      expect(map.addWith(uuid, i * 1_000_003)).toBe(true);
      seen.push(uuid);
    }
    seen.forEach((uuid, i) => expect(map.get(uuid)).toBe(i * 1_000_003));
    expect(map.addWith(seen[7]!, 999_999_999_999)).toBe(false);
    expect(map.get(seen[7]!)).toBe(7 * 1_000_003);
    expect(map.addWith('00000000-0000-4000-8000-000000000000', 999_999_999_999)).toBe(true);
    expect(map.get('00000000-0000-4000-8000-000000000000')).toBe(999_999_999_999);
    expect(map.get(seen[8]!)).toBe(8 * 1_000_003);
    expect(map.get(randomUUID())).toBeUndefined();
    expect(map.has(seen[9]!)).toBe(true);
  });

  it('an id set keeps runs, and ids out of order apart', () => {
    const set = new IdSet();
    for (let id = 1; id <= 1000; id++) expect(set.add(id)).toBe(true);
    expect(set.add(5000)).toBe(true);
    expect(set.add(17)).toBe(false);
    expect(set.add(1000)).toBe(false);
    expect(set.add(2000)).toBe(true);
    expect(set.add(2000)).toBe(false);
    expect(set.add(5001)).toBe(true);
    for (const id of [1, 500, 1000, 2000, 5000, 5001]) expect(set.has(id)).toBe(true);
    for (const id of [0, 1001, 1999, 2001, 4999, 5002, 999_999_999_999]) expect(set.has(id)).toBe(false);
  });
});
