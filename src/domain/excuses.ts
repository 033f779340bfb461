/**
 * Points out excuse and blame phrasing in "own it" answers. Each language brings its own list;
 * a phrase is matched as whole words, without regard to case, and quoted back as written.
 */

export type PhraseKind = 'excuse' | 'blame' | 'conditional apology';

export interface Phrase {
  /** Words as a user would type them; spaces match any run of white space. */
  text: string;
  kind: PhraseKind;
}

export interface PhraseList {
  language: string;
  phrases: Phrase[];
  /** How a word boundary looks in this language (English: \b; languages without spaces: none). */
  wordBoundary: boolean;
  /** Phrases that hold a listed word but own the whole of it ("nobody but me"): never flagged. */
  owning?: string[];
}

const p = (kind: PhraseKind, ...texts: string[]): Phrase[] => texts.map((text) => ({ text, kind }));

export const ENGLISH: PhraseList = {
  language: 'en',
  wordBoundary: true,
  owning: ['nobody but me', 'no one but me', 'nobody but myself', 'no one but myself', 'nobody else but me', 'no one else but me'],
  phrases: [
    ...p('conditional apology', 'if you were offended', 'if you were hurt', 'if anyone was hurt', 'if i upset you', 'sorry if', 'sorry you feel', "i'm sorry you feel", 'mistakes were made'),
    ...p('excuse', 'but', 'however', 'i had no choice', 'i had to', 'it was not my fault', "it wasn't my fault", 'not my fault', 'i was just', 'i only', 'i was too busy', 'i was busy', 'everyone does', "didn't mean to", 'did not mean to', 'to be fair', 'in my defence', 'in my defense', 'anyway'),
    ...p('blame', 'you should have', 'you made me', 'because you', "if you hadn't", 'if you had not', 'you never', 'you always', 'they should have', 'nobody told me', 'no one told me'),
    // The same blame, shifted to a third person or a thing.
    ...p('blame', 'he should have', 'she should have', "he should've", "she should've", "they should've", "you should've", 'it should have been', 'someone should have', 'somebody should have', 'nobody reminded me', 'no one reminded me'),
  ],
};

const LISTS = new Map<string, PhraseList>([['en', ENGLISH]]);

/** Lets another language add its own list (and replaces one with the same code). */
export function addPhraseList(list: PhraseList): void {
  LISTS.set(list.language, list);
}

export interface Flag {
  /** The words as the user wrote them. */
  quote: string;
  kind: PhraseKind;
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findExcuses(answer: string, language = 'en'): Flag[] {
  const list = LISTS.get(language) ?? ENGLISH;
  const text = answer.replace(/[’‘]/g, "'");
  const pattern = (words: string) => {
    const body = words.split(' ').map(escape).join('\\s+');
    return new RegExp(list.wordBoundary ? `(?<![\\p{L}\\p{N}'])${body}(?![\\p{L}\\p{N}'])` : body, 'giu');
  };
  // Words already accounted for: owning phrases first, then each flag as it is found.
  const taken: Array<{ index: number; length: number }> = (list.owning ?? []).flatMap((words) =>
    [...text.matchAll(pattern(words))].map((m) => ({ index: m.index!, length: m[0].length })),
  );
  const flags: Flag[] = [];
  // Longest first, so "i'm sorry you feel" is flagged once rather than again as "sorry you feel".
  const phrases = [...list.phrases].sort((a, b) => b.text.length - a.text.length);
  for (const phrase of phrases) {
    for (const m of text.matchAll(pattern(phrase.text))) {
      if (taken.some((t) => m.index! < t.index + t.length && t.index < m.index! + m[0].length)) continue;
      flags.push({ quote: answer.slice(m.index, m.index! + m[0].length), kind: phrase.kind, index: m.index! });
      taken.push({ index: m.index!, length: m[0].length });
    }
  }
  return flags.sort((a, b) => a.index - b.index);
}
