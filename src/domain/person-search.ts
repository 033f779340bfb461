/**
 * Finding someone by typing part of their name, as the person search asks at each keystroke.
 * A journal may hold thousands of people, and the terminal redraws every choice it is given on
 * every key: so the search offers only the best few, best first, and says how many it left out.
 * Each name's key is computed once per search, not once per name per keystroke.
 */
import { coreKey, spacedKey } from './same-person.js';

/** How many matches a search offers: a screenful or four to scroll through, fast to redraw. */
export const SHOWN_MATCHES = 50;

export interface Found<P> {
  /** The best matches, best first, at most `limit` of them. */
  shown: P[];
  /** How many matched in all (more than shown.length when some were left out). */
  total: number;
  /** Whether someone's name is exactly what was typed (so it is no one new). */
  exact: boolean;
}

/**
 * Ranks, best first: the whole name, the start of the name, the start of a word in it, anywhere
 * in it, then the name found only without its honorific (田中部長 for 田中さん). Spacing inside a
 * Japanese name and honorifics are ignored (see same-person.ts). Within a rank the given order
 * stands (trust passes people by how recently they were logged with). Nothing typed offers the
 * first `limit` in the given order.
 */
export function personFinder<P extends { name: string }>(people: readonly P[], limit = SHOWN_MATCHES): (typed: string) => Found<P> {
  const keys = people.map((p) => spacedKey(p.name));
  let cores: string[] | undefined;
  return (typed) => {
    const term = spacedKey(typed);
    if (term === '') return { shown: people.slice(0, limit), total: people.length, exact: false };
    const core = coreKey(typed);
    // One list per rank, each kept only as long as it can still reach the first `limit`.
    const ranks: P[][] = [[], [], [], [], []];
    let total = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const at = key.indexOf(term);
      if (at < 0) {
        // A name's core is part of its key, so it can hold the term only when the typed text had
        // an honorific of its own (田中部長 typed, 田中さん stored). Worked out on the first such search.
        if (core === '' || core === term || !(cores ??= people.map((p) => coreKey(p.name)))[i]!.includes(core)) continue;
        total++;
        if (ranks[4]!.length < limit) ranks[4]!.push(people[i]!);
        continue;
      }
      total++;
      const rank = key.length === term.length ? 0 : at === 0 ? 1 : startsWord(key, term, at) ? 2 : 3;
      if (ranks[rank]!.length < limit) ranks[rank]!.push(people[i]!);
    }
    return { shown: ranks.flat().slice(0, limit), total, exact: ranks[0]!.length > 0 };
  };
}

/** What may stand before a word inside a name: a space, a hyphen, an apostrophe, a dot, 「・」. */
const WORD_BREAK = /[\s\-'’.(（・]/;

/** Whether the term begins a word of the name somewhere ("smith" in "anna smith", "ann" in "joanne ann"). */
function startsWord(key: string, term: string, from: number): boolean {
  for (let at = from; at >= 0; at = key.indexOf(term, at + 1)) {
    if (at > 0 && WORD_BREAK.test(key[at - 1]!)) return true;
  }
  return false;
}
