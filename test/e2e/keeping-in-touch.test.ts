/**
 * Keeping in touch in the weekly review: who has gone quiet is measured against each person's
 * rhythm, and a promise resolved with them counts as being in touch.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { tempDb, tempDir, trust, trustJson } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { journalFixture } from '../helpers/fixture.js';

process.env.TZ = 'Europe/Berlin';

const now = '2026-11-22T20:00:00';

/**
 * Alice (no rhythm) last logged with on 1 September; Bob too, but a promise to him was kept on
 * 10 November; Carol (every 2 weeks) last logged with on 31 October; Dan (every 3 months) on
 * 1 September; yourself long ago.
 */
const journal = journalFixture((db) => {
  const at = (when: string, ...args: string[]) => {
    const r = trust(args, { db, now: when });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  at('2026-01-05T09:00:00', 'log', 'Run 5k', '--to', 'Me', '--relation', 'self');
  at('2026-09-01T09:00:00', 'log', 'Send the deck', '--to', 'Alice', '--relation', 'work');
  at('2026-09-01T09:05:00', 'log', 'Lend the tent', '--to', 'Bob', '--relation', 'friend'); // #3
  at('2026-09-01T09:10:00', 'log', 'Visit the farm', '--to', 'Dan', '--relation', 'family');
  at('2026-10-31T09:00:00', 'log', 'Call about Christmas', '--to', 'Carol', '--relation', 'family');
  at('2026-11-10T18:00:00', 'kept', '3');
  at('2026-11-10T18:01:00', 'people', 'set', 'Carol', '--every', '2w');
  at('2026-11-10T18:02:00', 'people', 'set', 'Dan', '--every', '3m');
});

describe('who has gone quiet, in trust review', () => {
  it('measures each person against their rhythm, counts a kept promise as contact, and says the rhythm', () => {
    const db = journal();
    const r = trust(['review', '--no-prompts'], { db, now });
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('Gone quiet'));
    expect(section.split('\n').slice(0, 3)).toEqual([
      'Gone quiet: longer out of touch than you aim for',
      '  Alice: 11 weeks since you were last in touch (you aim for every 4 weeks)',
      '  Carol: 3 weeks since you were last in touch (you aim for every 2 weeks)',
    ]);
    // Bob: a promise kept 12 days ago. Dan: 82 days, within his three months. Yourself: never.
    expect(r.stdout).not.toMatch(/^ {2}(Bob|Dan|Me):/m);
  });

  it('lists the same in --json, with each rhythm, most overdue first', () => {
    const db = journal();
    expect(trustJson(['review'], { db, now }).quiet).toEqual([
      { name: 'Alice', days: 82, rhythmDays: 28, neverInTouch: false },
      { name: 'Carol', days: 22, rhythmDays: 14, neverInTouch: false },
    ]);
  });

  it('says it in Japanese', () => {
    const db = journal();
    const r = trust(['review', '--no-prompts'], { db, now, env: { TRUST_LANG: 'ja' } });
    expect(r.stdout).toContain('連絡が途絶えている相手（決めた間隔を過ぎています）');
    expect(r.stdout).toContain('  Carol：最後の連絡から3週間（目安は2週間ごと）');
  });

  it('asks about the most overdue person, saves the figures with the rhythms, and an export of them imports', async () => {
    const db = journal();
    const ctx = testContext(db, ['', '', '', '', ''], new Date(now));
    await review({}, ctx);
    ctx.close();
    expect(ctx.prompt.asked).toContain('You have not been in touch with Alice for 11 weeks, and you aim for every 4 weeks. Is it time to reach out, and how?');
    const saved = trustJson(['review', '--show', '2026-W47'], { db, now });
    expect(saved.figures.quiet[1]).toEqual({ name: 'Carol', days: 22, rhythmDays: 14, neverInTouch: false });
    const file = join(tempDir(), 'export.json');
    expect(trust(['export', '--out', file], { db, now }).code).toBe(0);
    const other = tempDb();
    const imported = trust(['import', file], { db: other, now });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(trustJson(['review', '--show', '2026-W47'], { db: other, now }).figures.quiet).toEqual(saved.figures.quiet);
    expect(trust(['review', '--show', '2026-W47'], { db: other, now }).stdout).toContain('  Carol: 3 weeks since you were last in touch (you aim for every 2 weeks)');
  });
});
