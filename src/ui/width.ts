/**
 * How many terminal columns a string takes, counted the way terminals draw it: one grapheme
 * (what a reader sees as one character: 👨‍👩‍👧, 👍🏽, 🇯🇵, ❤️, a decomposed 한) at a time, two
 * columns for East Asian wide and fullwidth characters and for emoji, none for colour codes,
 * lone combining marks and invisible formatting. Unicode's own tables (get-east-asian-width)
 * decide what is wide: names and promises may be written in any script, and a table whose
 * columns drift is hard to read.
 */
import { eastAsianWidth } from 'get-east-asian-width';

// Only trust's own colour codes (chalk's SGR sequences) reach a table: user text refuses control characters.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Built on first use by text beyond ASCII: most runs print ASCII only, and a segmenter costs
// about half a millisecond to build (Unicode property classes take a while to compile too).
let graphemes: Intl.Segmenter | undefined;
let invisible: RegExp | undefined;
let joiners: RegExp | undefined;

const VARIATION_SELECTOR_16 = '\ufe0f'; // "draw the character before me as an emoji"
const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isHalfOrFullwidthForm = (cp: number) => cp >= 0xff00 && cp <= 0xffef;

function graphemeWidth(grapheme: string): number {
  invisible ??= /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Mark}\p{Surrogate}]+$/u;
  if (invisible.test(grapheme)) return 0;
  const first = grapheme.codePointAt(0)!;
  // A flag (two regional indicators) and an emoji made so by VS16 (❤️, ☺️) are drawn two wide.
  if (isRegionalIndicator(first) || grapheme.includes(VARIATION_SELECTOR_16)) return 2;
  // The first character decides (a ZWJ family, a skin tone, a Hangul syllable spelled in jamo),
  // except halfwidth/fullwidth marks that follow it, such as ﾞ after ｶ, drawn in their own column.
  let width = eastAsianWidth(first);
  for (const ch of grapheme.slice(first > 0xffff ? 2 : 1)) {
    const cp = ch.codePointAt(0)!;
    if (isHalfOrFullwidthForm(cp)) width += eastAsianWidth(cp);
  }
  return width;
}

export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  // Walking graphemes costs about 1.5 µs each: only text holding a character that joins
  // graphemes (marks, ZWJ, variation selectors, skin tones, flags, jamo, tags) needs it;
  // elsewhere each character is its own grapheme.
  joiners ??= /[\p{M}\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{1f1e6}-\u{1f1ff}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{e0020}-\u{e007f}]/u;
  let width = 0;
  if (joiners.test(plain)) {
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of graphemes.segment(plain)) width += graphemeWidth(segment);
  } else {
    for (const ch of plain) width += graphemeWidth(ch);
  }
  return width;
}
