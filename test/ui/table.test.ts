/**
 * trust draws its own tables: columns must line up whatever script a name is written in, and
 * piped output must carry no escape codes.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/width.js';
import { Chalk } from 'chalk';
import { renderTable } from '../../src/ui/table.js';
import { plain } from '../../src/ui/colour.js';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['Alice', 5],
    ['Zoë', 3], // precomposed
    ['Zoe\u0308', 3], // e + combining diaeresis
    ['山田', 4],
    ['ｶﾀｶﾅ', 4], // halfwidth katakana stay narrow
    ['Ｗ', 2], // fullwidth Latin
    ['김민준', 6],
    ['\u1112\u1161\u11ab', 2], // 한 spelled in jamo: one syllable, drawn two wide
    ['Mum 👍', 6],
    ['👍🏽', 2], // with a skin tone: one emoji
    ['👨‍👩‍👧', 2], // a ZWJ family: one emoji, as terminals draw it
    ['🇯🇵', 2], // a flag
    ['❤️', 2], // VS16 makes it an emoji
    ['❤', 1], // without it, text
    ['a\u200bb', 2], // zero-width space
    ['\u001b[1mbold\u001b[22m', 4],
    ['\u001b[31m山\u001b[39m', 2],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('plain, the painter without colour', () => {
  it('leaves text as it is, however the styles are chained, and joins arguments as chalk does', () => {
    expect(plain('x')).toBe('x');
    expect(plain.bold.red('x')).toBe('x');
    expect(plain.dim('a', 1, 'b')).toBe(new Chalk({ level: 0 }).dim('a', 1, 'b'));
  });
  it('can be awaited, being no promise', async () => {
    expect(await Promise.resolve(plain)).toBe(plain);
  });
});

describe('renderTable', () => {
  it('pads every column to its widest cell, counting wide characters twice', () => {
    expect(renderTable(['Name', 'Made'], [['山田', '3'], ['Alice', '12']], plain)).toBe(
      [
        '┌───────┬──────┐',
        '│ Name  │ Made │',
        '│ 山田  │ 3    │',
        '│ Alice │ 12   │',
        '└───────┴──────┘',
      ].join('\n'),
    );
  });

  it('makes a row taller for a cell with line breaks, and fills missing cells', () => {
    expect(renderTable(['A', 'B'], [['one\ntwo'], ['x', 'y']], plain)).toBe(
      ['┌─────┬───┐', '│ A   │ B │', '│ one │   │', '│ two │   │', '│ x   │ y │', '└─────┴───┘'].join('\n'),
    );
  });

  it('draws a table longer than a spread of arguments can hold', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i)]);
    const lines = renderTable(['#'], rows, plain).split('\n');
    expect(lines).toHaveLength(200_003);
    expect(lines[1]).toBe('│ #      │');
  });

  it('writes escape codes only with colour, and they do not shift the columns', () => {
    const bare = renderTable(['Name'], [['Bob']], plain);
    const coloured = renderTable(['Name'], [['Bob']], new Chalk({ level: 1 }));
    expect(bare).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[1mName');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(bare);
  });
});
