/**
 * The words trust says, from one catalogue per language. Catalogues are written in ICU
 * MessageFormat (src/i18n/<language>/) and compiled to functions when trust is built
 * (scripts/messages.mjs), so that no message is parsed at run time; only the catalogue of the
 * language in use is loaded.
 *
 *   t().list.more({ count: 3, total: 20 })
 */
import type english from './en/index.js';
import type { Language } from './language.js';

/** Text before the first C, or all of it. */
type Before<S extends string, C extends string> = S extends `${infer Head}${C}${string}` ? Head : S;
/** What follows a `{`: an argument's name when it is one word (`{name}`, `{count, plural, …}`), else nothing. */
type NameAfterBrace<Body extends string> = Before<Before<Body, '}'>, ','> extends infer Name extends string
  ? Name extends '' | `${string}${' ' | '{' | '#' | '`' | "'"}${string}`
    ? never
    : Name
  : never;
/** The names of a message's arguments, read from its text at compile time, at any depth. */
type Arguments<S extends string, Found extends string = never> = S extends `${string}{${infer Body}` ? Arguments<Body, Found | NameAfterBrace<Body>> : Found;

type Message<S extends string> = [Arguments<S>] extends [never] ? () => string : (values: Record<Arguments<S>, string | number>) => string;

type Compiled<T> = { readonly [K in keyof T]: T[K] extends string ? Message<T[K]> : Compiled<T[K]> };

export type Messages = Compiled<typeof english>;

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

/** The language of the loaded catalogue (English before any is loaded). */
export const currentLanguage = (): Language => current?.language ?? 'en';
