/**
 * Points out excuse and blame phrasing in "own it" answers and apologies. Each language brings
 * its own list; the lists that run are chosen by the script the answer is written in (a Japanese
 * answer gets the Japanese list whatever the interface speaks; mixed text gets both). Matches
 * are quoted back as written.
 *
 * A phrase's text is a small pattern, because a language written without spaces cannot rely on
 * whole words:
 *   a space  any run of white space.
 *   〜 (～)  first in a phrase: the word just before, as written: up to 10 characters, stopping at
 *           punctuation, white space and the particles を が は に で と も へ や, so that
 *           〜つもりはなかった quotes 傷つけるつもりはなかった from あなたを傷つけるつもりはなかった.
 *           Anywhere else: up to 20 characters of the same clause (あなたが〜べきだった).
 *   ^        first in a phrase: only where a sentence or clause starts, so でも the conjunction is
 *           found and the でも of 誰でも or 仕事でも is not.
 *   、       any comma: 、 ， or ,
 */
import { JAPANESE } from './excuses-ja.js';

export type PhraseKind = 'excuse' | 'blame' | 'conditional apology';

export interface Phrase {
  /** Words as a user would type them, in the pattern syntax above. */
  text: string;
  kind: PhraseKind;
}

export interface PhraseList {
  language: string;
  phrases: Phrase[];
  /** How a word boundary looks in this language (English: \b; languages without spaces: none). */
  wordBoundary: boolean;
  /**
   * Phrases that hold a listed phrase but own the whole of it ("nobody but me", 私のせいです).
   * A flag inside one of them is dropped; a flag that runs on past its end is a different
   * phrase and stays (私のせいではない: "not my fault").
   */
  owning?: string[];
  /** Text this list applies to, by its letters. Without it, the list runs only when asked for by name. */
  script?: RegExp;
}

const p = (kind: PhraseKind, ...texts: string[]): Phrase[] => texts.map((text) => ({ text, kind }));

export const ENGLISH: PhraseList = {
  language: 'en',
  wordBoundary: true,
  script: /\p{Script=Latin}/u,
  owning: ['nobody but me', 'no one but me', 'nobody but myself', 'no one but myself', 'nobody else but me', 'no one else but me'],
  phrases: [
    ...p('conditional apology', 'if you were offended', 'if you were hurt', 'if anyone was hurt', 'if i upset you', 'sorry if', 'sorry you feel', "i'm sorry you feel", 'mistakes were made'),
    ...p('excuse', 'but', 'however', 'i had no choice', 'i had to', 'it was not my fault', "it wasn't my fault", 'not my fault', 'i was just', 'i only', 'i was too busy', 'i was busy', 'everyone does', "didn't mean to", 'did not mean to', 'to be fair', 'in my defence', 'in my defense', 'anyway'),
    ...p('blame', 'you should have', 'you made me', 'because you', "if you hadn't", 'if you had not', 'you never', 'you always', 'they should have', 'nobody told me', 'no one told me'),
    // The same blame, shifted to a third person or a thing.
    ...p('blame', 'he should have', 'she should have', "he should've", "she should've", "they should've", "you should've", 'it should have been', 'someone should have', 'somebody should have', 'nobody reminded me', 'no one reminded me'),
  ],
};

const LISTS = new Map<string, PhraseList>([
  ['en', ENGLISH],
  ['ja', JAPANESE],
]);

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

const WORD_BEFORE = '[^\\s\\p{P}\\p{S}をがはにでともへや]{1,10}';
const WITHIN_CLAUSE = '[^\\n\\r\\p{P}\\p{S}]{0,20}';
const CLAUSE_START = '(?<=^|[\\s。．.！!？?、，,「『（(…‥・:：;；])';
const COMMA = '[、，,]';

const compiled = new Map<string, RegExp>();

function compile(text: string, wordBoundary: boolean): RegExp {
  const cacheKey = `${wordBoundary ? 'w' : 'n'}${text}`;
  const known = compiled.get(cacheKey);
  if (known) return known;
  const atClauseStart = text.startsWith('^');
  const chars = [...(atClauseStart ? text.slice(1) : text)];
  let body = '';
  chars.forEach((ch, i) => {
    if (ch === '〜' || ch === '～') body += i === 0 ? WORD_BEFORE : WITHIN_CLAUSE;
    else if (ch === '、') body += COMMA;
    else if (ch === ' ') body += chars[i - 1] === ' ' ? '' : '\\s+';
    else body += escape(ch);
  });
  if (wordBoundary) body = `(?<![\\p{L}\\p{N}'])${body}(?![\\p{L}\\p{N}'])`;
  const re = new RegExp(`${atClauseStart ? CLAUSE_START : ''}${body}`, 'giu');
  compiled.set(cacheKey, re);
  return re;
}

interface Span {
  index: number;
  end: number;
}

function spans(re: RegExp, text: string): Span[] {
  return [...text.matchAll(re)].filter((m) => m[0] !== '').map((m) => ({ index: m.index!, end: m.index! + m[0].length }));
}

/** The lists for an answer: those named, or else those whose script the answer is written in. */
function listsFor(answer: string, languages?: string | string[]): PhraseList[] {
  if (languages !== undefined) return [languages].flat().map((code) => LISTS.get(code) ?? ENGLISH);
  return [...LISTS.values()].filter((list) => list.script?.test(answer));
}

export function findExcuses(answer: string, languages?: string | string[]): Flag[] {
  const text = answer.replace(/[’‘]/g, "'");
  const lists = listsFor(text, languages);
  const owned = lists.flatMap((list) => (list.owning ?? []).flatMap((words) => spans(compile(words, list.wordBoundary), text)));
  const candidates = lists
    .flatMap((list) => list.phrases.flatMap((phrase) => spans(compile(phrase.text, list.wordBoundary), text).map((s) => ({ ...s, kind: phrase.kind }))))
    .filter((c) => !owned.some((o) => c.index < o.end && o.index < c.end && c.end <= o.end));
  // Longest first, so "i'm sorry you feel" is flagged once rather than again as "sorry you feel".
  candidates.sort((a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index);
  const flags: Array<Flag & Span> = [];
  for (const c of candidates) {
    if (flags.some((f) => c.index < f.end && f.index < c.end)) continue;
    flags.push({ quote: answer.slice(c.index, c.end), kind: c.kind, index: c.index, end: c.end });
  }
  return flags.sort((a, b) => a.index - b.index).map(({ quote, kind, index }) => ({ quote, kind, index }));
}
