/**
 * Which language trust speaks: --lang, else TRUST_LANG, else the locale as Unix programs read it,
 * else English. Pure: the arguments and the environment are parameters.
 */

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/** "ja_JP.UTF-8", "ja-JP", "JA" → "ja"; "C", "POSIX", "" → undefined. */
function languageOf(locale: string | undefined): string | undefined {
  const code = locale?.trim().toLowerCase().split(/[_.@-]/)[0];
  return code && code !== 'c' && code !== 'posix' ? code : undefined;
}

/** A language code as typed (en, ja, ja_JP.UTF-8, Japanese, 日本語), or undefined when trust does not speak it. */
export function parseLanguage(typed: string): Language | undefined {
  const word = typed.trim().toLowerCase();
  if (word === 'japanese' || word === '日本語') return 'ja';
  if (word === 'english' || word === '英語') return 'en';
  const code = languageOf(word);
  return code && isLanguage(code) ? code : undefined;
}

export type LanguageChoice = { language: Language } | { unknown: string; from: '--lang' | 'TRUST_LANG' };

/**
 * The locale follows GNU gettext: the first of LC_ALL, LC_MESSAGES and LANG that is set names it;
 * when that is C or POSIX the answer is English whatever LANGUAGE says; otherwise LANGUAGE, a
 * list of preferences (ja:en), comes first. A language trust does not speak falls through to the
 * next preference, then to English: only --lang and TRUST_LANG, which are trust's own, are held
 * to a language it speaks.
 */
export function chooseLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): LanguageChoice {
  for (const [value, from] of [
    [flag, '--lang'],
    [env.TRUST_LANG, 'TRUST_LANG'],
  ] as const) {
    if (value === undefined || value.trim() === '') continue;
    const language = parseLanguage(value);
    return language ? { language } : { unknown: value, from };
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (locale === undefined && !env.LANGUAGE) return { language: 'en' };
  if (locale !== undefined && languageOf(locale) === undefined) return { language: 'en' };
  const preferences = [...(env.LANGUAGE ?? '').split(':'), locale ?? ''];
  for (const preference of preferences) {
    const code = languageOf(preference);
    if (code && isLanguage(code)) return { language: code };
  }
  return { language: 'en' };
}

/**
 * The value of --lang in the arguments, read before commander parses them: the help it prints
 * is already in the chosen language. Options come before the command or after it; `--` ends them.
 */
export function langFlag(args: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg === '--lang') found = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}
