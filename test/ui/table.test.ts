/**
 * trust draws its own tables: columns must line up whatever script a name is written in, and
 * piped output must carry no escape codes.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/width.js';
import { renderTable } from '../../src/ui/table.js';

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
    ['Mum 👍', 6],
    ['👩‍👧', 4], // two emoji joined: two columns each, the joiner none (as most terminals draw it)
    ['\u001b[1mbold\u001b[22m', 4],
    ['\u001b[31m山\u001b[39m', 2],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('renderTable', () => {
  it('pads every column to its widest cell, counting wide characters twice', () => {
    expect(renderTable(['Name', 'Made'], [['山田', '3'], ['Alice', '12']], false)).toBe(
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
    expect(renderTable(['A', 'B'], [['one\ntwo'], ['x', 'y']], false)).toBe(
      ['┌─────┬───┐', '│ A   │ B │', '│ one │   │', '│ two │   │', '│ x   │ y │', '└─────┴───┘'].join('\n'),
    );
  });

  it('writes escape codes only with colour, and they do not shift the columns', () => {
    const plain = renderTable(['Name'], [['Bob']], false);
    const coloured = renderTable(['Name'], [['Bob']], true);
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[1mName');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });
});
