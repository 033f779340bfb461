/**
 * Issue 15's data through the real binary: a promise's if-then cue (log --when, edit --when,
 * show) and a person's rhythm (people set --every, person).
 */
import { describe, expect, it } from 'vitest';
import { tempDb, trust, trustJson } from '../helpers/cli.js';

const now = '2026-11-21T10:00:00';

describe('the if-then cue of a promise', () => {
  it('trust log --when stores it, show and --json show it, edit --when changes it and keeps the old one in history', () => {
    const db = tempDb();
    const logged = trustJson(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri', '--when', '  after the Monday\nstand-up ', '--json'], { db, now });
    expect(logged.created[0].cue).toBe('after the Monday stand-up');
    expect(trust(['show', '1'], { db, now }).stdout).toContain('When:    after the Monday stand-up');
    expect(trustJson(['show', '1', '--json'], { db, now }).cue).toBe('after the Monday stand-up');

    expect(trust(['edit', '1', '--when', 'after lunch'], { db, now }).code).toBe(0);
    const shown = trust(['show', '1'], { db, now }).stdout;
    expect(shown).toContain('When:    after lunch');
    expect(shown).toContain('when: "after the Monday stand-up" → "after lunch"');
    expect(trustJson(['edit', '1', '--when', '-', '--json'], { db, now }).cue).toBeNull();
    expect(trust(['show', '1'], { db, now }).stdout).not.toContain('When:  ');
  });

  it('a promise without one has none; a cue alone, or one too long, is refused with exit 2', () => {
    const db = tempDb();
    expect(trustJson(['log', 'Call back', '--to', 'Bob', '--json'], { db, now }).created[0].cue).toBeNull();
    const alone = trust(['log', '--to', 'Bob', '--when', 'after lunch'], { db, now });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--due, --note and --when belong to a promise');
    const long = trust(['log', 'Call back', '--to', 'Bob', '--when', 'x'.repeat(201)], { db, now });
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('The cue is 201 characters long; the most is 200.');
  });

  it('is shown in Japanese too', () => {
    const db = tempDb();
    trust(['log', '資料を送る', '--to', '田中さん', '--when', '月曜の朝会のあと'], { db, now });
    expect(trust(['show', '1'], { db, now, env: { TRUST_LANG: 'ja' } }).stdout).toContain('きっかけ：月曜の朝会のあと');
  });
});

describe("a person's rhythm", () => {
  it('trust people set --every sets it, person shows it, --every none goes back to four weeks', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db, now });
    expect(trust(['person', 'Alice'], { db, now }).stdout).toContain('Keeping in touch: every four weeks (the default)');
    const set = trust(['people', 'set', 'alice', '--every', '2w'], { db, now });
    expect(set).toMatchObject({ code: 0, stdout: '✓ You want to be in touch with Alice every 2 weeks.\n' });
    expect(trust(['person', 'Alice'], { db, now }).stdout).toContain('Keeping in touch: every 2 weeks');
    expect(trustJson(['person', 'Alice', '--json'], { db, now }).rhythmDays).toBe(14);
    expect(trustJson(['people', '--json'], { db, now })[0]).toMatchObject({ name: 'Alice', rhythmDays: 14 });
    expect(trust(['people', 'set', 'Alice', '--every', '2w'], { db, now }).stdout).toBe('You already want to be in touch with Alice every 2 weeks; nothing changed.\n');

    // Both at once, in one write.
    expect(trustJson(['people', 'set', 'Alice', '--every', 'none', '--relation', 'work', '--json'], { db, now })).toEqual({
      name: 'Alice', relation: 'work', previousRelation: 'other', rhythmDays: null, previousRhythmDays: 14,
    });
    expect(trust(['person', 'Alice'], { db, now }).stdout).toContain('Keeping in touch: every four weeks (the default)');
  });

  it('a rhythm trust cannot read changes nothing, not even the relation given with it (exit 2)', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db, now });
    const r = trust(['people', 'set', 'Alice', '--relation', 'work', '--every', 'fortnightly'], { db, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"fortnightly" is not a rhythm trust understands.');
    expect(r.stderr).toContain('3d, 2w or 1m');
    expect(trustJson(['person', 'Alice', '--json'], { db, now })).toMatchObject({ relation: 'other', rhythmDays: null });
    expect(trust(['people', 'set', 'Alice'], { db, now }).stderr).toContain('--relation or --every');
  });

  it('in Japanese', () => {
    const db = tempDb();
    trust(['log', '資料を送る', '--to', '田中さん'], { db, now });
    const env = { TRUST_LANG: 'ja' };
    expect(trust(['people', 'set', '田中', '--every', '1か月'], { db, now, env }).stdout).toContain('田中さんとは1か月ごとに連絡を取ることにしました。');
    expect(trust(['person', '田中さん'], { db, now, env }).stdout).toContain('連絡の間隔：1か月ごと');
  });
});
