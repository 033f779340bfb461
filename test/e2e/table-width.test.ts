/**
 * Every screen with a table stays within the width it is given (COLUMNS for the binary), at
 * 50, 80 and 200 columns, with long promises, long names, Japanese and emoji in the cells.
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertRepair } from '../../src/store/repairs.js';
import { saveReview } from '../../src/store/reviews.js';
import { displayWidth } from '../../src/ui/width.js';
import { tempDb, tempDir, trust, trustJson } from '../helpers/cli.js';
import { journalFixture } from '../helpers/fixture.js';

const LONG = 'Write up the quarterly planning notes for the whole team, including the budget figures, the hiring plan and the open risks';

const exported = join(tempDir(), 'export.json');
const journal = journalFixture((db) => {
  const run = (...args: string[]) => expect(trust(args, { db }).code).toBe(0);
  run('log', LONG, '--to', 'Alexandra Konstantinopoulou', '--due', 'fri', '--relation', 'work');
  run('log', '田中さんに金曜日までに見積書と契約書の控えを郵送で送る', '--to', '田中さん', '--due', 'next week', '--relation', 'customer');
  run('log', 'Bring 👨‍👩‍👧 photos 🇯🇵 ❤️', '--to', 'Mum 👍🏽', '--due', 'tomorrow', '--relation', 'family');
  run('kept', '3');
  run('log', 'Call back about the contract renewal and the new prices', '--to', 'Alexandra Konstantinopoulou', '--due', 'today');
  run('broken', '4');
  run('edit', '1', '--text', `${LONG}, and send them round`);
  writeFileSync(exported, trust(['export'], { db }).stdout);
  const sqlite = new Database(db);
  insertRepair(sqlite, { personId: 1, promiseId: 4, cause: 'miscommunication', checklistVersion: 1 }, new Date('2026-11-21T10:00:00'));
  const figures = trustJson(['review', '--no-prompts'], { db });
  saveReview(sqlite, '2026-W47', figures, [], [], new Date('2026-11-21T10:00:00'));
  sqlite.close();
});

/** The widest line of the output, tables and the prose around them. */
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('tables fit the width', () => {
  const db = journal();
  const screens = [
    ['list', '--status', 'all'],
    ['people'],
    ['person', 'Alexandra Konstantinopoulou'],
    ['stats'],
    ['show', '1'],
    ['repair', '--list'],
    ['review', '--no-prompts'],
    ['review', '--history'],
  ];
  for (const columns of [50, 80, 200]) {
    it.each(screens)(`%s at ${columns} columns`, (...args) => {
      const r = trust(args, { db, env: { COLUMNS: String(columns) } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('┌');
      expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
    });
    it(`the import report at ${columns} columns`, () => {
      const r = trust(['import', exported], { db: join(tempDir(), 'new.db'), env: { COLUMNS: String(columns) } });
      expect(r.code, r.stderr).toBe(0);
      expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
    });
  }

  // The screens without a table: every line of them, prose included, within the width.
  const proseScreens = [[], ['--help'], ['list', '--help'], ['repair', '--show', '1']];
  for (const columns of [50, 80, 200]) {
    it.each(proseScreens)(`trust %s at ${columns} columns`, (...args) => {
      const r = trust(args, { db, env: { COLUMNS: String(columns) } });
      expect(r.code, r.stderr).toBe(0);
      expect(Math.max(...r.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(columns);
    });
  }

  it('a 120-character promise at 80 columns wraps at words, every word whole, beside its date', () => {
    const out = trust(['list'], { db, env: { COLUMNS: '80' } }).stdout;
    const promise = out.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│')[2]!.trim());
    expect(promise.slice(1).join(' ')).toContain(`${LONG}, and send them round`);
    // A few lines each, not one word a line (the header, six lines, two for the Japanese one).
    expect(promise.filter(Boolean).length).toBeLessThanOrEqual(9);
    expect(out).toMatch(/│ Fri 27 Nov\s+│/);
  });

  // Every header of every table, as written: a header drawn is one of these, whole.
  const HEADERS = [
    ...['#', 'Promise', 'To', 'Due', 'Status', 'Name', 'Relation', 'Made', 'Kept', 'Broken', 'Keep rate', 'Last logged'],
    ...['Person', 'Strength', 'When', 'What', 'Details', 'With', 'Cause', 'State', 'Steps', 'Next step', 'Next check-in'],
    ...['Week', 'Streaks then (keep / clean weeks / reviews)', 'Answers', 'Intentions', 'Released', 'Open due', 'Added', 'Updated', 'Unchanged'],
  ];
  /** The headers of each table in the output, each column's header lines joined by a space. */
  const headersOf = (out: string) => {
    const lines = out.split('\n');
    const heads: string[] = [];
    lines.forEach((line, top) => {
      if (!line.startsWith('┌')) return;
      const rule = lines.findIndex((l, i) => i > top && /^[├└]/.test(l));
      const cells = lines.slice(top + 1, rule).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
      heads.push(...cells[0]!.map((_, i) => cells.map((cell) => cell[i]).filter(Boolean).join(' ')).filter(Boolean));
    });
    return heads;
  };

  it.each(screens)('%s at 50 columns: no header is broken inside a word', (...args) => {
    const r = trust(args, { db, env: { COLUMNS: '50' } });
    const heads = headersOf(r.stdout);
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) expect(HEADERS).toContain(head);
  });

  it('people at 50 columns shows Name, Made, Kept and Keep rate whole, and says what it left out', () => {
    const out = trust(['people'], { db, env: { COLUMNS: '50' } }).stdout;
    const heads = headersOf(out);
    expect(heads).toEqual(expect.arrayContaining(['Name', 'Made', 'Kept', 'Keep rate']));
    expect(heads).not.toContain('Last logged');
    expect(out).toMatch(/│ Alexandra +│ +2 │ +0 │.*│ +0% │/);
    expect(out).toMatch(/│ Mum 👍🏽 +│ +1 │ +1 │.*│ +100% │/);
    expect(out).toContain('田中さん');
    expect(out.replace(/\s+/g, ' ')).toContain('Narrow terminal: Relation and Last logged left out; widen it or use --json.');
  });

  it('list at 50 columns keeps a due date on one line and its bracket on the next, never a word a line', () => {
    const out = trust(['list'], { db, env: { COLUMNS: '50' } }).stdout;
    expect(out).toMatch(/│ Fri 27 Nov +│/);
    expect(out).toMatch(/│ \(in 6 days\) +│/);
    // Every promise listed is open, so the due dates say which are overdue: the status goes quietly.
    expect(headersOf(out)).not.toContain('Status');
    expect(out).not.toMatch(/Narrow terminal:.*Status/);
  });

  it('list at 50 columns in Japanese keeps the same columns as in English, the due date over two lines', () => {
    const english = headersOf(trust(['list'], { db, env: { COLUMNS: '50' } }).stdout);
    const out = trust(['list'], { db, env: { COLUMNS: '50', TRUST_LANG: 'ja' } }).stdout;
    expect(headersOf(out)).toHaveLength(english.length);
    expect(headersOf(out)).toContain('期限');
    expect(out).toMatch(/│ 11月27日\(金\) +│/);
    expect(out).toMatch(/│ 6日後 +│/);
    expect(widest(out)).toBeLessThanOrEqual(50);
  });

  it.each([['people'], ['stats'], ['repair', '--list'], ['list', '--status', 'all']])('%s at 50 columns in Japanese keeps as many columns as in English', (...args) => {
    const english = headersOf(trust(args, { db, env: { COLUMNS: '50' } }).stdout);
    const japanese = headersOf(trust(args, { db, env: { COLUMNS: '50', TRUST_LANG: 'ja' } }).stdout);
    expect(japanese).toHaveLength(english.length);
  });

  it('people at 50 columns in Japanese keeps the kept column when some were kept late', () => {
    const late = tempDb();
    expect(trust(['log', 'Send the deck', '--to', 'Alexandra Konstantinopoulou', '--due', '2026-11-11'], { db: late, now: '2026-11-10T10:00:00' }).code).toBe(0);
    expect(trust(['kept', '1'], { db: late }).code).toBe(0);
    const english = headersOf(trust(['people'], { db: late, env: { COLUMNS: '50' } }).stdout);
    const out = trust(['people'], { db: late, env: { COLUMNS: '50', TRUST_LANG: 'ja' } }).stdout;
    expect(english).toContain('Kept');
    expect(headersOf(out)).toContain('守った');
    expect(out).toContain('1（遅れ1）');
  });

  it('the story with one person, narrow, leaves its To column out without a word', () => {
    const out = trust(['person', 'Alexandra Konstantinopoulou'], { db, env: { COLUMNS: '60' } }).stdout;
    expect(headersOf(out)).toEqual(['#', 'Promise', 'Due', 'Status']);
    expect(out).not.toContain('Narrow terminal');
  });

  it('piped without COLUMNS, lines are whole', () => {
    expect(trust(['list'], { db }).stdout).toContain(LONG);
  });
});
