import { describe, expect, it } from 'vitest';
import { chooseLanguage, langFlag, parseLanguage } from '../../src/i18n/language.js';

describe('chooseLanguage', () => {
  const cases: Array<[string, string | undefined, NodeJS.ProcessEnv, ReturnType<typeof chooseLanguage>]> = [
    ['nothing set', undefined, {}, { language: 'en' }],
    ['LANG Japanese', undefined, { LANG: 'ja_JP.UTF-8' }, { language: 'ja' }],
    ['LANG C', undefined, { LANG: 'C' }, { language: 'en' }],
    ['LANG C.UTF-8', undefined, { LANG: 'C.UTF-8' }, { language: 'en' }],
    ['LANG POSIX', undefined, { LANG: 'POSIX' }, { language: 'en' }],
    ['LANG French falls to English', undefined, { LANG: 'fr_FR.UTF-8' }, { language: 'en' }],
    ['LC_ALL over LANG', undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' }, { language: 'en' }],
    ['LC_MESSAGES over LANG', undefined, { LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_GB.UTF-8' }, { language: 'ja' }],
    ['LC_ALL over LC_MESSAGES', undefined, { LC_ALL: 'ja_JP', LC_MESSAGES: 'en_US' }, { language: 'ja' }],
    ['empty LC_ALL is unset', undefined, { LC_ALL: '', LANG: 'ja_JP.UTF-8' }, { language: 'ja' }],
    ['LANGUAGE first when the locale is set', undefined, { LANGUAGE: 'ja:en', LANG: 'en_US.UTF-8' }, { language: 'ja' }],
    ['LANGUAGE ignored under C', undefined, { LANGUAGE: 'ja', LANG: 'C' }, { language: 'en' }],
    ['LANGUAGE skips what trust does not speak', undefined, { LANGUAGE: 'fr:ja', LANG: 'fr_FR.UTF-8' }, { language: 'ja' }],
    ['LANGUAGE alone', undefined, { LANGUAGE: 'ja' }, { language: 'ja' }],
    ['TRUST_LANG over the locale', undefined, { TRUST_LANG: 'en', LANG: 'ja_JP.UTF-8' }, { language: 'en' }],
    ['--lang over TRUST_LANG', 'ja', { TRUST_LANG: 'en' }, { language: 'ja' }],
    ['--lang unknown', 'fr', {}, { unknown: 'fr', from: '--lang' }],
    ['TRUST_LANG unknown', undefined, { TRUST_LANG: 'klingon' }, { unknown: 'klingon', from: 'TRUST_LANG' }],
    ['empty TRUST_LANG is unset', undefined, { TRUST_LANG: '', LANG: 'ja_JP.UTF-8' }, { language: 'ja' }],
  ];
  it.each(cases)('%s', (_name, flag, env, expected) => {
    expect(chooseLanguage(flag, env)).toEqual(expected);
  });
});

describe('parseLanguage', () => {
  it.each([
    ['ja', 'ja'],
    ['JA', 'ja'],
    ['ja_JP.UTF-8', 'ja'],
    ['ja-JP', 'ja'],
    ['日本語', 'ja'],
    ['Japanese', 'ja'],
    ['en', 'en'],
    ['en_GB', 'en'],
    ['English', 'en'],
    ['fr', undefined],
    ['', undefined],
  ])('%s → %s', (typed, expected) => {
    expect(parseLanguage(typed)).toBe(expected);
  });
});

describe('langFlag', () => {
  it.each<[string[], string | undefined]>([
    [[], undefined],
    [['--lang', 'ja', 'list'], 'ja'],
    [['list', '--lang=ja'], 'ja'],
    [['log', '--', '--lang', 'ja'], undefined],
    [['--lang', 'en', '--lang', 'ja'], 'ja'],
    [['--lang'], ''],
  ])('%j → %s', (args, expected) => {
    expect(langFlag(args)).toBe(expected);
  });
});
