/**
 * Tables by cli-table3, fitted to a width: columns line up whatever script a name is written
 * in, a table never exceeds its width, and piped output carries no escape codes.
 */
import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { displayWidth } from '../../src/ui/width.js';
import { renderTable, type Column } from '../../src/ui/table.js';
import { cellLines } from '../../src/ui/table-cells.js';
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

const widest = (table: string) => Math.max(...table.split('\n').map(displayWidth));

describe('renderTable', () => {
  it('pads every column to its widest cell, counting wide characters twice, numbers to the right, a rule under the header', () => {
    expect(renderTable([['Name', 'wrap'], ['Made', 'number']], [['山田', '3'], ['Alice', '12']], plain)).toBe(
      ['┌───────┬──────┐', '│ Name  │ Made │', '├───────┼──────┤', '│ 山田  │    3 │', '│ Alice │   12 │', '└───────┴──────┘'].join('\n'),
    );
  });

  it('lines up emoji sequences by what the terminal draws', () => {
    const lines = renderTable([['Name', 'wrap']], [['👨‍👩‍👧'], ['🇯🇵 x'], ['ab']], plain).split('\n');
    expect(lines.map(displayWidth)).toEqual(lines.map(() => 8));
    expect(lines[3]).toBe('│ 👨‍👩‍👧   │');
  });

  it('makes a row taller for a cell with line breaks, and fills missing cells', () => {
    expect(renderTable([['A', 'wrap'], ['B', 'wrap']], [['one\ntwo'], ['x', 'y']], plain)).toBe(
      ['┌─────┬───┐', '│ A   │ B │', '├─────┼───┤', '│ one │   │', '│ two │   │', '│ x   │ y │', '└─────┴───┘'].join('\n'),
    );
  });

  const promise = 'Write up the quarterly planning notes for the whole team, including the budget figures, the hiring plan and the open risks';
  const columns: Column[] = [
    ['#', 'id'],
    ['Promise', 'wrap'],
    ['To', 'wrap'],
    ['Due', 'date'],
    ['Status', 'date'],
  ];
  const rows = [
    ['1', promise, 'Alexandra Konstantinopoulou', 'Fri 27 Nov (in 6 days)', 'open'],
    ['12345', '田中さんに金曜日までに見積書と契約書の控えを郵送で送る', '田中さん', 'Sun 29 Nov (in 8 days)', ['kept late', 'Sat 21 Nov 10:00']],
  ];

  it.each([200, 80, 50, 30])('never exceeds %i columns', (width) => {
    expect(widest(renderTable(columns, rows, plain, width))).toBeLessThanOrEqual(width);
  });

  it('wraps free text at word boundaries and keeps dates, ids and numbers whole while it can', () => {
    const table = renderTable(columns, rows, plain, 80);
    expect(table).toContain('│ Write up the');
    expect(table).toContain('Fri 27 Nov');
    expect(table).toContain('12345');
    // Every word of the promise is there, none broken or cut.
    const promiseColumn = table.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│')[2]!.trim());
    const words = promiseColumn.join(' ').split(/\s+/);
    for (const word of promise.split(' ')) expect(words).toContain(word);
  });

  it('wraps Japanese between characters rather than cutting it', () => {
    const table = renderTable(columns, rows, plain, 60);
    const promiseColumn = table.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│')[2]!.trim());
    expect(promiseColumn.join('')).toContain(rows[1]![1]);
  });

  it('cuts text of a cut column with …', () => {
    const table = renderTable([['Next step', 'cut'], ['#', 'id']], [['Write down what happened, plainly, without interpretation', '7']], plain, 24);
    expect(widest(table)).toBe(24);
    expect(table).toContain('…');
  });

  it('is as wide as its contents when piped (no width)', () => {
    expect(renderTable(columns, rows, plain)).toContain(promise);
  });

  it('draws a table longer than a spread of arguments can hold', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => [String(i)]);
    const lines = renderTable([['#', 'id']], many, plain).split('\n');
    expect(lines).toHaveLength(2_004);
    expect(lines[1]).toBe('│    # │');
  });

  it('writes escape codes only with colour, and they do not shift the columns', () => {
    const bare = renderTable([['Name', 'wrap']], [['Bob']], plain);
    const coloured = renderTable([['Name', 'wrap']], [['Bob']], new Chalk({ level: 1 }));
    expect(bare).not.toContain('\u001b');
    expect(coloured).toContain('\u001b[1mName');
    expect(coloured).toContain('\u001b[90m┌');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(bare);
  });
});

describe('renderTable at length', () => {
  it('draws 100,000 rows in time that grows with the rows, not their square', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => [String(i), `Promise number ${i}`, 'Sat 21 Nov']);
    const started = Date.now();
    const lines = renderTable([['#', 'id'], ['Promise', 'wrap'], ['Due', 'date']], many, plain, 80).split('\n');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lines).toHaveLength(100_004);
    // Stitched as one table: one top border, one rule under the header, one bottom border.
    expect(lines.filter((l) => /^[┌├└]/.test(l))).toHaveLength(3);
    expect(lines[100_002]).toBe('│ 99999 │ Promise number 99999 │ Sat 21 Nov │');
  });
});

describe('fitting', () => {
  const columns: Column[] = [
    ['#', 'id'],
    ['Note', 'wrap'],
    ['When', 'date'],
    ['Made', 'number'],
  ];
  const rows = [['1234', 'a few words that will have to wrap somewhere along the way', 'Fri 27 Nov (in 6 days)', '12']];

  it('keeps ids, dates and numbers on one line while free text can wrap', () => {
    const lines = renderTable(columns, rows, plain, 44).split('\n');
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(44);
    expect(lines.some((l) => l.includes('│ 1234 │'))).toBe(true);
    expect(lines.filter((l) => l.includes('1234'))).toHaveLength(1);
    expect(lines.some((l) => /│ +12 │$/.test(l))).toBe(true);
  });

  it('puts a date in brackets on its own line before it wraps a word of it', () => {
    const table = renderTable(columns, rows, plain, 44);
    expect(widest(table)).toBeLessThanOrEqual(44);
    expect(table).toMatch(/│ Fri 27 Nov +│/);
    expect(table).toMatch(/│ \(in 6 days\) +│/);
  });

  it('cuts a word wider than its column with … rather than breaking it across lines', () => {
    const table = renderTable([['Note', 'wrap'], ['When', 'date']], [['to Konstantinopoulou by then', 'Fri 27 Nov']], plain, 29);
    expect(widest(table)).toBeLessThanOrEqual(29);
    expect(table).toContain('│ Konstantino… │');
    expect(table).not.toMatch(/│ poulou/);
  });

  it('cuts the one column left with … when even it is wider than the width, never mid-emoji', () => {
    const id = renderTable([['#', 'id']], [['123456789']], plain, 8);
    expect(widest(id)).toBeLessThanOrEqual(8);
    expect(id).toContain('│ 123… │');
    const who = renderTable([['Who', 'cut']], [['👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧 family']], plain, 9);
    expect(widest(who)).toBeLessThanOrEqual(9);
    expect(who).toContain('…');
    expect(who).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

/** The headers of a drawn table, each column's header lines joined by a space. */
function headersOf(table: string): string[] {
  const lines = table.split('\n');
  const rule = lines.findIndex((l) => l.startsWith('├'));
  const cells = lines.slice(1, rule === -1 ? -1 : rule).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
  return cells[0]!.map((_, i) => cells.map((line) => line[i]).filter(Boolean).join(' '));
}

describe('narrow tables leave columns out by priority', () => {
  const people: Column[] = [
    ['Name', 'name', { priority: 1 }],
    ['Relation', 'label', { priority: 6 }],
    ['Made', 'number', { priority: 3 }],
    ['Kept', 'number', { priority: 4 }],
    ['Broken', 'number', { priority: 5 }],
    ['Keep rate', 'number', { priority: 2 }],
    ['Last logged', 'date', { priority: 7 }],
  ];
  const rows = [
    ['Person 004', 'friend', '202', '165 (18 late)', '19', '90%', '2 weeks ago (Sat 7 Nov)'],
    ['Alexandra Konstantinopoulou', 'customer', '56', '48 (7 late)', '3', '94%', 'yesterday (Fri 20 Nov)'],
    ['田中さん', 'work', '4', '3', '1', '75%', '–'],
  ];

  it.each([
    [40, ['Name', 'Made', 'Keep rate']],
    [50, ['Name', 'Made', 'Kept', 'Keep rate']],
    [60, ['Name', 'Made', 'Kept', 'Broken', 'Keep rate']],
    [80, ['Name', 'Relation', 'Made', 'Kept', 'Broken', 'Keep rate', 'Last logged']],
  ])('at %i columns: %j, in their own order', (width, shown) => {
    const table = renderTable(people, rows, plain, width);
    expect(widest(table)).toBeLessThanOrEqual(width);
    expect(headersOf(table)).toEqual(shown);
  });

  it('a wider terminal only adds columns, never trades one for another', () => {
    let before: string[] = [];
    for (let width = 30; width <= 120; width++) {
      const now = headersOf(renderTable(people, rows, plain, width));
      for (const head of before) expect(now, `at ${width}`).toContain(head);
      before = now;
    }
  });

  it('keeps the numbers it shows whole and wraps a name at its words', () => {
    const table = renderTable(people, rows, plain, 50);
    expect(table).toContain('165 (18 late)');
    expect(table).toMatch(/│ +90% │/);
    // The name wraps at its words; the Japanese one is whole.
    expect(table).toMatch(/│ Alexandra +│/);
    expect(table).toContain('田中さん');
  });

  it('names the columns left out under the table, in one dim line, fitted to the width', () => {
    const table = renderTable(people, rows, plain, 50);
    expect(table.split('\n').slice(-2).join(' ')).toBe('Narrow terminal: Relation, Broken and Last logged left out; widen it or use --json.');
    expect(renderTable(people, rows, new Chalk({ level: 1 }), 80)).not.toContain('Narrow terminal');
    expect(renderTable(people, rows, new Chalk({ level: 1 }), 60)).toContain('\u001b[2mNarrow terminal: Relation and Last logged left out');
  });

  it('leaves a quiet column out without a word: what it says is on the screen already', () => {
    const table = renderTable(
      [
        ['#', 'id'],
        ['Promise', 'wrap'],
        ['Due', 'date'],
        ['Status', 'label', { priority: 9, quiet: true }],
      ],
      [['12', 'Send the invoice', 'Sat 26 Nov 2016 (10 years overdue)', 'overdue']],
      plain,
      40,
    );
    expect(headersOf(table)).toEqual(['#', 'Promise', 'Due']);
    expect(table).not.toContain('Narrow terminal');
  });

  it('a header raises its column to its longest word, and a header with spaces wraps only between words', () => {
    const table = renderTable(
      [
        ['Person', 'name'],
        ['Unchanged', 'number'],
        ['Next check-in', 'date'],
      ],
      [['Sam', '1', 'Wed 25 Nov (in 3 days)']],
      plain,
      36,
    );
    expect(widest(table)).toBeLessThanOrEqual(36);
    expect(headersOf(table)).toEqual(['Person', 'Unchanged', 'Next check-in']);
    expect(table).toMatch(/│ check-in +│/);
  });

  it('never breaks a header inside a word, English or Japanese, at any width from 40', () => {
    const heads = ['Name', 'Relation', 'Made', 'Kept', 'Broken', 'Keep rate', 'Last logged'];
    const japanese: Column[] = [
      ['名前', 'name'],
      ['守った率', 'number'],
      ['最後の記録', 'date'],
      ['約束', 'wrap'],
    ];
    for (let width = 40; width <= 120; width++) {
      for (const head of headersOf(renderTable(people, rows, plain, width))) expect(heads, `at ${width}`).toContain(head);
      const table = renderTable(japanese, [['田中さん', '75%', '2週間前 (11月7日)', '金曜日までに見積書と契約書の控えを郵送で送る']], plain, width);
      expect(widest(table)).toBeLessThanOrEqual(width);
      for (const head of headersOf(table)) expect(['名前', '守った率', '最後の記録', '約束'], `at ${width}`).toContain(head);
    }
  });

  it('breaks a date only before its bracket, and cuts the bracket with … when it does not fit', () => {
    const table = renderTable(
      [
        ['#', 'id'],
        ['Promise', 'wrap'],
        ['Due', 'date'],
      ],
      [['8', 'Visit the cake shop with the children', 'Sat 26 Nov 2016 (10 years overdue)']],
      plain,
      38,
    );
    expect(widest(table)).toBeLessThanOrEqual(38);
    expect(table).toMatch(/│ Sat 26 Nov 2016 │/);
    expect(table).toMatch(/│ \(10 years ov\S*… │/);
    expect(table).not.toMatch(/│ years/);
  });

  it('cuts a long name on its second line with … rather than one word a line', () => {
    const table = renderTable(
      [
        ['Name', 'name'],
        ['Notes', 'wrap'],
      ],
      [['Maria de la Cruz Fernández Ortega', 'She asked for the appendix too, with the customer interviews']],
      plain,
      34,
    );
    const names = table.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│')[1]!.trim()).filter(Boolean);
    expect(names.slice(1)).toHaveLength(2);
    expect(names[2]).toMatch(/…$/);
  });
});

describe('cellLines, a date squeezed', () => {
  it.each([
    ['3 days ago (Wed 18 Nov)', ['3 days ago', '(Wed 18 Nov)']],
    ['3日前（11月18日(水)）', ['3日前', '（11月18日(水)）']],
    // A bracket of the day itself is no place to break.
    ['11月18日(水)', ['11月18日(水)']],
  ])('breaks %s before its bracket, full-width ones too', (text, lines) => {
    expect(cellLines(text, 'date', 16)).toEqual(lines);
  });
});
