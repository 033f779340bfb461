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
import { tempDir, trust, trustJson } from '../helpers/cli.js';
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

  it('piped without COLUMNS, lines are whole', () => {
    expect(trust(['list'], { db }).stdout).toContain(LONG);
  });
});
