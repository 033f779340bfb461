/**
 * Finding people's names in free text, for --anonymize. Two rules pull against each other:
 * Japanese (and other scripts written without spaces) glues particles and honorifics straight
 * onto a name (伊藤さん、 / 山田に), so such a name must match wherever it stands; Latin names need
 * whole words, or "Al" would eat "Alice". Each edge of a name follows the script of the letter
 * at that edge.
 */

import { nameKey } from './promise.js';

/** Scripts written without spaces between words (Hangul has spaces, but particles attach: 민수에게). */
const UNSPACED = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';
// Made on first use: a set of Unicode scripts costs a compile that most runs of trust never need.
let unspacedLetter: RegExp | undefined;
const unspaced = (ch: string) => (unspacedLetter ??= new RegExp(`[${UNSPACED}]`, 'v')).test(ch);
/** A letter or digit that continues a word in a spaced script. */
const WORDISH = `[[\\p{L}\\p{M}\\p{N}]--[${UNSPACED}]]`;

const APOSTROPHES = "'’‘ʼ＇";
const apostrophe = new RegExp(`[${APOSTROPHES}]`, 'g');

/** Honorifics and titles that a stored name may carry and text may leave off (田中さん → 田中). */
const SUFFIXES = ['さん', 'さま', '様', 'くん', '君', 'ちゃん', '先生', '先輩', '部長', '課長', '係長', '社長', '会長', '専務', '常務', '主任', '店長', '氏', '殿', '-san', '-sama', '-kun', '-chan', '-sensei'];
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+/i;

/** What two spellings of one name have in common: Unicode compatibility form, case, and one apostrophe. */
export const matchKey = (s: string) => nameKey(s).replace(apostrophe, "'");

/** The name as written, and without its honorific or title: 田中さん gives 田中さん and 田中. */
export function aliasesOf(name: string): string[] {
  const aliases = [name.trim()];
  let core = name.trim().replace(TITLES, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (core.length > suffix.length && core.toLowerCase().endsWith(suffix)) {
        core = core.slice(0, -suffix.length).trim();
        changed = true;
      }
    }
  }
  if (core !== '' && core !== aliases[0]) aliases.push(core);
  return aliases.filter((a) => a !== '');
}

/** Ｂｏｂ for Bob: Japanese input methods often type Latin letters full-width. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One name as a pattern: any apostrophe for an apostrophe, whole words only at a spaced-script edge. */
function patternOf(alias: string): string {
  const chars = [...alias];
  const body = chars.map((ch) => (APOSTROPHES.includes(ch) ? `[${APOSTROPHES}]` : escape(ch))).join('');
  const before = unspaced(chars[0]!) ? '' : `(?<!${WORDISH})`;
  const after = unspaced(chars.at(-1)!) ? '' : `(?!${WORDISH})`;
  return `${before}${body}${after}`;
}

/**
 * A function that replaces every alias in a text with what it stands for. Aliases that share a
 * matchKey are one alias. Longest first, so "Alice Smith" goes whole before "Alice" is tried.
 */
export function nameReplacer(aliases: ReadonlyArray<{ alias: string; to: string }>): (text: string) => string {
  if (aliases.length === 0) return (text) => text;
  const to = new Map(aliases.map((a) => [matchKey(a.alias), a.to]));
  // Composed, decomposed and compatibility spellings of one name (Café, Ｔａｎａｋａ) are different strings to a regex.
  const spellings = new Set<string>();
  for (const { alias } of aliases) {
    for (const form of ['NFC', 'NFD', 'NFKC'] as const) spellings.add(alias.normalize(form));
    spellings.add(fullWidth(alias.normalize('NFKC')));
  }
  const sorted = [...spellings].sort((a, b) => [...b].length - [...a].length);
  const re = new RegExp(sorted.map(patternOf).join('|'), 'giv');
  return (text) => text.replace(re, (found) => to.get(matchKey(found)) ?? found);
}
