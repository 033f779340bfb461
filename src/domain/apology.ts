/**
 * The apology, built from its parts. Each part is asked as the end of a sentence that is already
 * begun ("I am sorry that …", 「今後は、…」), so the draft reads as one voice and every part is there.
 *
 * The draft is composed in the language of the interface, with that language's conventions (a
 * Japanese apology: お詫び, 原因, 責任, 再発防止, 今後の対応, then a closing apology). The user's own
 * sentences are never altered: only a missing full stop of their own script is added. When the
 * answers are written in another language than the interface's (Japanese answers in an English
 * interface, say), trust adds no words of its own: a draft is for the other person to read, and an
 * English opener glued to a Japanese sentence, or an English closing under a Japanese letter,
 * is something the user would only have to delete. The answers then stand as they were written,
 * in order, one after another.
 */
import { currentLanguage, t } from '../i18n/messages.js';
import type { Language } from '../i18n/language.js';

export const APOLOGY_PARTS = ['regret', 'explanation', 'responsibility', 'change', 'amends', 'forgiveness'] as const;
export type ApologyPart = (typeof APOLOGY_PARTS)[number];
export type ApologyParts = Record<ApologyPart, string>;

/** Kana, or Japanese punctuation: text written in Japanese (a name in kanji alone is not enough). */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}。、]/u;

/** The language some text is written in, as far as the apology needs to know: Japanese or not. */
export function writtenIn(text: string): Language {
  return JAPANESE.test(text) ? 'ja' : 'en';
}

/** Words a Japanese answer already says, so the sentence's own opener or apology is not said twice. */
const JAPANESE_SAID: Partial<Record<ApologyPart, RegExp>> = {
  regret: /申し訳|すみません|すいません|ごめん|お詫び|詫び|失礼いたしました|失礼しました/u,
  change: /^(今後|これから|以後|以降|次から|次回から|二度と)/u,
  amends: /^(つきましては|お詫びとして|埋め合わせ)/u,
};

/** "I missed it." → "I missed it"; 「遅れました。」→「遅れました」: so the sentence's own end can follow. */
function tidy(part: string): string {
  return part.trim().replace(/[.!。．]+$/u, '').trim();
}

/** The user's sentence as it stands, with a full stop of its own script if it has none. */
function asWritten(part: string): string {
  const text = part.trim();
  if (text === '' || /[.!?。．！？」』)）]$/u.test(text)) return text;
  return `${text}${writtenIn(text) === 'ja' ? '。' : '.'}`;
}

/** The words a draft sentence begins with before the answer: "From now on, I will", 「今後は、」. */
function leadOf(part: Exclude<ApologyPart, 'forgiveness'>): string {
  const marker = '\u0000';
  return t().checklist.draft[part]({ text: marker }).split(marker)[0]!;
}

/**
 * English: the lead and the part as one sentence. Someone may have typed the lead as well ("I am
 * sorry that I was late"), or its end ("I will …" after "From now on, I will", as a change named
 * under Prevention reads): the words are not said twice.
 */
function englishSentence(part: Exclude<ApologyPart, 'forgiveness'>, body: string): string {
  const lead = leadOf(part).trim();
  let text: string;
  if (body.toLowerCase().startsWith(lead.toLowerCase())) text = `${body}.`;
  else {
    text = t().checklist.draft[part]({ text: body });
    const words = lead.split(' ');
    for (let k = words.length - 1; k > 0; k--) {
      const end = words.slice(-k).join(' ').toLowerCase();
      if (body.toLowerCase().startsWith(`${end} `)) {
        text = t().checklist.draft[part]({ text: body.slice(end.length + 1) });
        break;
      }
    }
  }
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Japanese: the answer with the part's own words, unless the answer already says them. */
function japaneseSentence(part: Exclude<ApologyPart, 'forgiveness'>, body: string): string {
  const lead = leadOf(part).replace(/、$/u, '');
  const said = JAPANESE_SAID[part]?.test(body) || (lead !== '' && body.startsWith(lead));
  return said ? `${body}。` : t().checklist.draft[part]({ text: body });
}

/**
 * One part as a sentence of the draft, in the interface's language (the catalogue loaded). An
 * answer in another language stands as it was written.
 */
export function sentence(part: Exclude<ApologyPart, 'forgiveness'>, answer: string, language: Language = currentLanguage()): string {
  const body = tidy(answer);
  if (body === '') return '';
  if (writtenIn(body) !== language) return asWritten(answer);
  return language === 'ja' ? japaneseSentence(part, body) : englishSentence(part, body);
}

/** Sentences run on with a space in English, and without one in Japanese. */
const joiner = (language: Language) => (language === 'ja' ? '' : ' ');

/**
 * The draft, in the language of the interface, or, when the answers are written in another
 * language, the answers alone in theirs. The words come from t(): the language given is the one
 * whose catalogue is loaded, which is what it defaults to.
 */
export function assembleApology(parts: Partial<ApologyParts>, language: Language = currentLanguage()): string {
  const all = APOLOGY_PARTS.map((k) => parts[k] ?? '').join('\n');
  const answersIn = all.trim() === '' ? language : writtenIn(all);
  const sentences = APOLOGY_PARTS.filter((k) => k !== 'forgiveness').map((k) => sentence(k, parts[k] ?? '', language));
  const forgiveness = (parts.forgiveness ?? '').trim();
  const closing = forgiveness !== '' ? asWritten(forgiveness) : answersIn === language ? t().checklist.draft.forgiveness() : '';
  const said = [...sentences, closing].filter(Boolean);
  // Mixed scripts (a Japanese answer after an English one) join as the answers' own language does.
  return said.join(joiner(answersIn)).trim();
}
