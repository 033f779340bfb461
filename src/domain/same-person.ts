/**
 * When two spellings of a name are one person. Honorifics are kept as written (田中さん stays
 * 田中さん) but ignored when matching, and so is the spacing inside a name written without
 * spaces (田中 さん, 田中　さん, 田中 太郎). Two rules keep people apart:
 * - "same": the spellings differ only in spacing, or one of them is the bare name (田中 and
 *   田中さん). That is how people type a name they already know; it may be used without asking.
 * - "alike": the same name under two different honorifics or titles (田中さん and 田中部長, Mr
 *   and Mrs Smith). Often one person, sometimes two (a father and a son): only the user can say.
 */
import { aliasesOf } from './name-match.js';
import { nameKey } from './promise.js';

export type Likeness = 'exact' | 'same' | 'alike' | null;

/** Letters of scripts written without spaces, between which a space is only layout. Made on first use, as in name-match.ts. */
let unspacedLetter: RegExp | undefined;
const unspaced = (ch: string) => (unspacedLetter ??= /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u).test(ch);

/** nameKey, with spacing as it matters: none beside a Japanese letter, one space elsewhere. */
export function spacedKey(name: string): string {
  return nameKey(name)
    .trim()
    .replace(/\s+/gu, (space, at: number, whole: string) => {
      const before = whole[at - 1] ?? '';
      const after = whole[at + space.length] ?? '';
      return unspaced(before) || unspaced(after) ? '' : ' ';
    });
}

/** The name without its honorific or title, spaced as above: 田中 さん and 田中部長 give 田中. */
export function coreKey(name: string): string {
  return spacedKey(aliasesOf(nameKey(name)).at(-1) ?? name);
}

export function likeness(typed: string, stored: string): Likeness {
  if (nameKey(typed.trim()) === nameKey(stored.trim())) return 'exact';
  const a = spacedKey(typed);
  const b = spacedKey(stored);
  if (a === b) return 'same';
  const core = coreKey(typed);
  if (core === '' || core !== coreKey(stored)) return null;
  return a === core || b === core ? 'same' : 'alike';
}

/** The people a typed name may stand for, "same" ones first, each group in the order given. */
export function lookalikes<P extends { name: string }>(typed: string, people: readonly P[]): { same: P[]; alike: P[] } {
  const same: P[] = [];
  const alike: P[] = [];
  for (const person of people) {
    const l = likeness(typed, person.name);
    if (l === 'same') same.push(person);
    else if (l === 'alike') alike.push(person);
  }
  return { same, alike };
}
