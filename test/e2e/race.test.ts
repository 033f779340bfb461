/**
 * Several trust processes at once, as when two terminals (or a script and a person) log at the
 * same moment. Each must either do its work or say why; none may fail inside trust.
 */
import { describe, expect, it } from 'vitest';
import { tempDb, trustAsync, trustJson } from '../helpers/cli.js';

describe('writers racing', () => {
  it('adds the same new person once when several logs name them at the same moment', async () => {
    const db = tempDb();
    const rounds = 12;
    const writers = 8;
    const failures: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Everyone in a round names someone the journal does not know yet.
      const runs = await Promise.all(
        Array.from({ length: writers }, (_, i) => trustAsync(['log', `promise ${round}.${i}`, '--to', `Newcomer ${round}`], { db })),
      );
      for (const r of runs) if (r.code !== 0) failures.push(r.stderr.trim());
    }
    expect(failures).toEqual([]);
    const people = trustJson<Array<{ name: string; made: number }>>(['people'], { db });
    expect(people).toHaveLength(rounds);
    for (const p of people) expect(p.made).toBe(writers);
  });

  it('sets up a journal that does not exist yet once, when several first logs start at the same moment', async () => {
    const failures: string[] = [];
    for (let round = 1; round <= 10; round++) {
      const db = tempDb(); // a new journal each round: the race is in making it
      const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => trustAsync(['log', `first ${i}`, '--to', 'Alice'], { db })));
      for (const r of runs) if (r.code !== 0) failures.push(r.stderr.trim());
      expect(trustJson<Array<{ made: number }>>(['people'], { db })).toMatchObject([{ made: 8 }]);
    }
    expect(failures).toEqual([]);
  });
});
