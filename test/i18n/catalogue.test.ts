/**
 * Every language says everything: the same keys in each catalogue, and each message takes the
 * same arguments, so that no screen falls back to a key or prints "undefined".
 */
// @ts-expect-error: a build script of plain JavaScript, without types
import { valuesOf } from '../../scripts/message-values.mjs';
import { describe, expect, it } from 'vitest';
import english from '../../src/i18n/en/index.js';
import japanese from '../../src/i18n/ja/index.js';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

/** Names of the values a message uses, at any depth of its plurals and selects. */
const argumentsOf = (message: string): string[] => [...valuesOf(message).keys()].sort();

const catalogues = { en: leaves(english as unknown as Tree), ja: leaves(japanese as unknown as Tree) };

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const en = [...catalogues.en.keys()].sort();
    const ja = [...catalogues.ja.keys()].sort();
    expect(ja.filter((k) => !catalogues.en.has(k)), 'keys only in Japanese').toEqual([]);
    expect(en.filter((k) => !catalogues.ja.has(k)), 'keys missing from Japanese').toEqual([]);
  });

  it('give each message the same arguments in every language', () => {
    const differ: string[] = [];
    for (const [key, en] of catalogues.en) {
      const ja = catalogues.ja.get(key);
      if (ja === undefined) continue;
      const a = argumentsOf(en);
      const b = argumentsOf(ja);
      if (a.join() !== b.join()) differ.push(`${key}: en {${a}} ja {${b}}`);
    }
    expect(differ).toEqual([]);
  });

  it('leave no message empty', () => {
    for (const [language, messages] of Object.entries(catalogues)) {
      for (const [key, text] of messages) expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });
});
