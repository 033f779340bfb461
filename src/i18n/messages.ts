/**
 * The words trust says, from one catalogue per language. Catalogues are written in ICU
 * MessageFormat (src/i18n/<language>/) and compiled to functions when trust is built
 * (scripts/messages.mjs), so that no message is parsed at run time; only the catalogue of the
 * language in use is loaded.
 *
 *   t().list.more({ count: 3, total: 20 })
 */
import type { Language } from './language.js';

// Generated from the English catalogue by scripts/messages.mjs: each message a function taking
// exactly the values it names ({name}, {count, plural, …}), so a missing or misspelt one fails tsc.
import type { Messages } from './compiled/messages.js';

export type { Messages };

let current: { language: Language; messages: Messages } | undefined;

/** Loads a language's catalogue; until one is loaded, t() refuses rather than print keys. */
export async function useLanguage(language: Language): Promise<void> {
  if (current?.language === language) return;
  // Separate imports, not one with a variable: the bundler keeps each catalogue apart and lazy.
  const compiled = language === 'ja' ? await import('./compiled/ja.js') : await import('./compiled/en.js');
  current = { language, messages: compiled.default as unknown as Messages };
}

export function t(): Messages {
  if (!current) throw new Error('No message catalogue is loaded: call useLanguage() first.');
  return current.messages;
}

/** Items as a sentence lists them: "A", "A and B", "A, B or C" (A、BかC), in the language in use. */
export function listOf(items: readonly string[], conjunction: 'and' | 'or'): string {
  const m = t().words;
  if (items.length <= 1) return items.join('');
  return m[conjunction]({ rest: items.slice(0, -1).join(m.separator()), last: items.at(-1)! });
}

/** The language of the loaded catalogue (English before any is loaded). */
export const currentLanguage = (): Language => current?.language ?? 'en';
