/**
 * How many terminal columns a string takes: colour codes take none, combining marks and
 * zero-width joiners none, East Asian wide characters and emoji two. Names and promises may be
 * written in any script, and a table whose columns drift is hard to read.
 */

// Only trust's own colour codes (chalk's SGR sequences) reach a table: user text refuses control characters.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Unicode property classes take a while to compile: only text beyond ASCII needs them.
let zeroWidth: RegExp | undefined;
let emoji: RegExp | undefined;

/** East Asian Wide and Fullwidth blocks (Hangul, CJK, kana, fullwidth forms …). */
function isWide(cp: number): boolean {
  return (
    cp >= 0x1100 &&
    (cp <= 0x115f ||
      cp === 0x2329 ||
      cp === 0x232a ||
      (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
      (cp >= 0x3250 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0xa4c6) ||
      (cp >= 0xa960 && cp <= 0xa97c) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe10 && cp <= 0xfe19) ||
      (cp >= 0xfe30 && cp <= 0xfe6b) ||
      (cp >= 0xff01 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1b000 && cp <= 0x1b001) ||
      (cp >= 0x1f200 && cp <= 0x1f251) ||
      (cp >= 0x20000 && cp <= 0x3fffd))
  );
}

export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = 0;
  zeroWidth ??= /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;
  emoji ??= /\p{Emoji_Presentation}/u;
  for (const ch of plain) {
    if (zeroWidth.test(ch)) continue;
    width += isWide(ch.codePointAt(0)!) || emoji.test(ch) ? 2 : 1;
  }
  return width;
}
