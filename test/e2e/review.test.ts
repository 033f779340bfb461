import { describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { tempDb, trust, trustJson } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { journalFixture } from '../helpers/fixture.js';

process.env.TZ = 'Europe/Berlin';

/** Three weeks of history, filled through the CLI with TRUST_NOW (once; each test gets a copy). Today: Sunday 22 Nov 2026, evening. */
const historyJournal = journalFixture((db) => {
  const at = (now: string, ...args: string[]) => {
    const r = trust(args, { db, now });
    if (r.code !== 0) throw new Error(r.stderr);
  };
  at('2026-11-02T09:00:00', 'log', 'Old report', '--to', 'Alice', '--due', 'wed', '--relation', 'work'); // #1
  at('2026-11-04T18:00:00', 'kept', '1');
  at('2026-11-09T09:00:00', 'log', 'Fix the bike', '--to', 'Bob', '--due', 'tue', '--relation', 'friend'); // #2
  at('2026-11-12T09:00:00', 'kept', '2'); // kept late
  at('2026-11-16T09:00:00', 'log', 'Send the deck', '--to', 'Alice', '--due', 'tue'); // #3
  at('2026-11-16T09:05:00', 'log', 'Call the bank', '--to', 'Bob', '--due', 'wed'); // #4
  at('2026-11-16T09:10:00', 'log', 'Water plants', '--to', 'Carol', '--due', 'thu'); // #5
  at('2026-11-17T10:00:00', 'kept', '3');
  at('2026-11-19T10:00:00', 'broken', '4');
  at('2026-11-19T11:00:00', 'release', '5');
  at('2026-11-20T09:00:00', 'log', 'Bring the cake', '--to', 'Alice', '--due', 'fri'); // #6
  at('2026-11-20T09:30:00', 'renegotiate', '6', '--due', 'sat');
});

function history() {
  return { db: historyJournal(), now: '2026-11-22T20:00:00' };
}

describe('trust review without prompts', () => {
  it('prints the report: counts, keep rate against the four weeks before, streaks, people, the 12-week picture', () => {
    const { db, now } = history();
    const r = trust(['review', '--no-prompts'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Week 2026-W47: Mon 16 Nov to Sun 22 Nov');
    expect(r.stdout).toContain('Made 4 · due 4 · kept 1 (1 on time, 0 late) · broken 1 · released 1');
    expect(r.stdout).toContain('Renegotiated 1 · still open 0 · overdue 1'); // the cake, moved to Saturday
    expect(r.stdout).toContain('Keep rate: 50% this week, 100% in the four weeks before (-50 points)');
    expect(r.stdout).toContain('Keep streak: 0 kept in a row (best 3)');
    expect(r.stdout).toContain('Clean weeks: 0 weeks (best 2)');
    expect(r.stdout).toMatch(/W36 W37 W38 W39 W40 W41 W42 W43 W44 W45 W46 W47\n.*█   █   ▅\n.*100 100  50/);
    expect(r.stdout).toMatch(/Bob\s+│\s+1 │\s+0 │\s+1 │/);
  });

  it('says "1 week", not "1 weeks"', () => {
    const db = tempDb();
    expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db, now: '2026-11-16T09:00:00' }).code).toBe(0);
    expect(trust(['kept', '1'], { db, now: '2026-11-17T09:00:00' }).code).toBe(0);
    const r = trust(['review', '--no-prompts'], { db, now: '2026-11-22T19:00:00' });
    expect(r.stdout).toContain('Clean weeks: 1 week (best 1)');
    expect(r.stdout).toContain('Reviews:     0 weeks (best 0)');
  });

  it('prints only the report when there is no terminal, and saves nothing', () => {
    const { db, now } = history();
    const r = trust(['review'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Week 2026-W47');
    // One line says why nothing was saved, and how to answer the questions.
    expect(r.stderr.trim()).toBe('This review was not saved: its questions need a terminal. Run `trust review` in a terminal to answer them (`trust review --no-prompts` prints the report alone).');
    expect(trustJson(['review', '--history'], { db, now })).toEqual([]);
    expect(trust(['review', '--no-prompts'], { db, now }).stderr).toBe('');
  });

  it('gives the report as JSON', () => {
    const { db, now } = history();
    const j = trustJson(['review'], { db, now });
    expect(j.week).toBe('2026-W47');
    expect(j.counts).toEqual({ made: 4, due: 4, keptOnTime: 1, keptLate: 0, broken: 1, released: 1, renegotiated: 1, stillOpen: 0, overdue: 1 });
    expect(j.keepRate).toEqual({ thisWeek: 0.5, fourWeeksBefore: 1, change: -50 });
    expect(j.streaks.keep).toEqual({ current: 0, best: 3, currentLate: 0 });
    expect(j.series).toHaveLength(12);
    expect(j.reviewed).toBe(false);
  });

  it('reviews last week on Monday morning', () => {
    const { db } = history();
    const j = trustJson(['review', '--week', 'last'], { db, now: '2026-11-23T07:30:00' });
    expect(j.week).toBe('2026-W47');
    expect(j.counts.broken).toBe(1);
    expect(trust(['review', '--no-prompts'], { db, now: '2026-11-23T07:30:00' }).stdout).toContain('Last week (2026-W47) has no review yet');
  });

  it('takes --week as an ISO week or a date, and refuses nonsense with exit 2', () => {
    const { db, now } = history();
    expect(trustJson(['review', '--week', '2026-W46'], { db, now }).counts).toMatchObject({ made: 1, keptLate: 1 });
    expect(trustJson(['review', '--week', '2026-11-04'], { db, now }).week).toBe('2026-W45');
    expect(trust(['review', '--week', 'W99'], { db, now })).toMatchObject({ code: 2, stderr: expect.stringContaining('not a week') });
  });

  it('refuses a week that has not begun, pointing at this week; --show of one simply finds no review', async () => {
    const { db, now } = history();
    const future = trust(['review', '--week', '2027-W10'], { db, now });
    expect(future).toMatchObject({ code: 2, stdout: '' });
    expect(future.stderr).toBe('trust: 2027-W10 has not started yet: it begins on Monday 2027-03-08.\nThis week is 2026-W47: review it with `trust review`.\n');
    expect(trust(['review', '--week', '2026-11-23', '--json'], { db, now }).code).toBe(2); // next Monday
    // At a terminal it would ask and save: refused before any question.
    const ctx = testContext(db, [], new Date(now));
    await expect(review({ week: '2027-W10' }, ctx)).rejects.toThrow('has not started yet');
    ctx.close();
    expect(trustJson(['review', '--history'], { db, now })).toEqual([]);
    expect(trust(['review', '--show', '2027-W10'], { db, now })).toMatchObject({ code: 1, stderr: expect.stringContaining('no review of 2027-W10') });
  });

  it('greets an empty journal kindly, without dividing by zero', () => {
    const db = tempDb();
    trust(['log', 'x', '--to', 'A'], { db });
    trust(['delete', '1', '--yes'], { db });
    const empty = tempDb();
    trust(['log', 'x', '--to', 'A'], { db: empty });
    expect(trustJson(['review'], { db }).keepRate).toEqual({ thisWeek: null, fourWeeksBefore: null, change: null });
    const fresh = tempDb();
    expect(trust(['review'], { db: fresh })).toMatchObject({ code: 1, stderr: expect.stringContaining('no journal') });
    const r = trust(['review', '--no-prompts'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });
});

describe('saved reviews', () => {
  async function reviewed() {
    const h = history();
    // Four prompts: the break, the overdue cake (left undecided, and not carried), two
    // reflections. No question about over-promising: nothing open can still be renegotiated.
    const ctx = testContext(h.db, ['Forgot to set one', true, 'Set a reminder for every promise', null, false, 'Lunch with Alice', ''], new Date(h.now));
    await review({}, ctx);
    ctx.close();
    return h;
  }

  it('--history lists past reviews with keep rate, streaks then and number of answers', async () => {
    const { db, now } = await reviewed();
    const [row] = trustJson(['review', '--history'], { db, now });
    expect(row).toMatchObject({ week: '2026-W47', keepRate: 0.5, answers: 2, intentions: 1 });
    expect(row.streaks.reviews).toEqual({ current: 0, best: 0 }); // as they stood, before this review
    expect(trust(['review', '--history'], { db, now }).stdout).toMatch(/2026-W47 │\s+50% │/);
  });

  it('--show prints a saved review as it stood, with its answers', async () => {
    const { db, now } = await reviewed();
    trust(['kept', '6'], { db, now }); // later changes do not rewrite the saved figures
    const r = trust(['review', '--show', '2026-W47'], { db, now: '2026-12-01T10:00:00' });
    expect(r.stdout).toContain('Made 4 · due 4 · kept 1');
    expect(r.stdout).toContain('Set a reminder for every promise [intention]');
    const j = trustJson(['review', '--show', 'last'], { db, now: '2026-11-25T10:00:00' });
    expect(j.answers[0]).toMatchObject({ promptKey: 'broken:4', answer: 'Forgot to set one', intention: false });
    expect(j.answers[1]).toMatchObject({ promptKey: 'intention:broken:4', answer: 'Set a reminder for every promise', intention: true, followed: null });
    expect(trust(['review', '--show', '2026-W40'], { db, now })).toMatchObject({ code: 1, stderr: expect.stringContaining('no review of 2026-W40') });
  });

  it('counts toward the review streak, which this week only breaks once it is over', async () => {
    const { db } = await reviewed();
    expect(trustJson(['stats'], { db, now: '2026-11-25T10:00:00' }).streaks.reviews).toEqual({ current: 1, best: 1 });
    expect(trust(['stats'], { db, now: '2026-11-25T10:00:00' }).stdout).toMatch(/Reviews: +1 week \(best 1\)/);
    expect(trustJson(['stats'], { db, now: '2026-12-02T10:00:00' }).streaks.reviews).toEqual({ current: 0, best: 1 });
  });
});

describe('trust stats', () => {
  it('prints streaks and reliability overall and per person', () => {
    const { db, now } = history();
    const j = trustJson(['stats'], { db, now });
    expect(j.overall).toMatchObject({ kept: 3, broken: 1, keepRate: 0.75 });
    expect(j.overall.score).toBeGreaterThan(0);
    expect(j.people.map((p: any) => [p.name, p.kept, p.broken])).toEqual([
      ['Alice', 2, 0],
      ['Bob', 1, 1],
    ]);
    const text = trust(['streak'], { db, now });
    expect(text.stdout).toContain('Kept 3 of 4 kept or broken: 75%');
    expect(text.stdout).toContain('Clean weeks: 0 (best 2)');
  });

  it('shows strength only once it means something, and a perfect record as 100%', () => {
    const db = tempDb();
    const keep = (n: number) => {
      for (let i = 0; i < n; i++) {
        const made = trustJson(['log', `Task ${i}`, '--to', 'Alice', '--json'], { db });
        expect(trust(['kept', String(made.created[0].id)], { db }).code).toBe(0);
      }
    };
    keep(3);
    const early = trust(['stats'], { db });
    expect(early.stdout).toMatch(/Strength: – \(builds after 5 kept or broken; 3 so far\)/);
    expect(early.stdout).not.toMatch(/Strength: \d+%/);
    expect(trustJson(['stats'], { db }).overall.strength).toBeNull();
    keep(2);
    expect(trust(['stats'], { db }).stdout).toMatch(/Strength: 100% \(the share kept, with recent promises weighing more: the latest counts fully, the one 10 promises before it half as much\)/);
    expect(trustJson(['stats'], { db }).people[0]).toMatchObject({ name: 'Alice', strength: 1 });
  });

  it('is calm on a journal with nothing resolved', () => {
    const db = tempDb();
    trust(['log', 'x', '--to', 'A'], { db });
    const r = trust(['stats'], { db });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing kept or broken yet');
    expect(r.stdout).not.toMatch(/NaN/);
  });
});

describe('in Japanese (TRUST_LANG=ja)', () => {
  const ja = { TRUST_LANG: 'ja' };

  it('trust review --week last prints the report in Japanese, and says why nothing was saved', () => {
    const { db } = history();
    const r = trust(['review', '--week', 'last'], { db, now: '2026-11-23T07:30:00', env: ja });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-W47：');
    expect(r.stdout).toContain('新しい約束 4件、今週が期限 4件、守った 1件（期限内 1件、遅れて 0件）、破った 1件、取り下げた 1件');
    expect(r.stdout).toContain('結び直した 1件、期限前で進行中 0件、期限切れ 1件');
    expect(r.stdout).toContain('守れた割合：今週 50%、その前の4週間 100%（50ポイント低下）');
    expect(r.stdout).toContain('  守り続けた約束：0件連続（最長3件）');
    expect(r.stdout).toContain('  約束を破らなかった週：0週連続（最長2週）');
    expect(r.stdout).toContain('今週の相手ごとの内訳');
    expect(r.stdout).toContain('守れた割合（直近12週）  · は守った約束も破った約束もない週');
    expect(r.stderr.trim()).toBe(
      'この振り返りは保存されていません。質問に答えるには端末が必要です。端末で `trust review` を実行してください（レポートだけなら `trust review --no-prompts`）。',
    );
    expect(trust(['review', '--no-prompts'], { db, now: '2026-11-23T07:30:00', env: ja }).stdout).toContain('先週（2026-W47）はまだ振り返っていません：trust review --week last');
  });

  it('trust stats and the review history speak Japanese; a missing review says what to do next', () => {
    const { db, now } = history();
    const s = trust(['stats'], { db, now, env: ja });
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('連続記録\n  守り続けた約束：0件連続（最長3件）\n  約束を破らなかった週：0週連続（最長2週）\n  振り返り：0週連続（最長0週）');
    expect(s.stdout).toContain('  守ったか破ったかが決まった4件のうち、守ったのは3件：75%');
    expect(s.stdout).toContain('強さの「–」：守った・破った約束が5件になると表示されます。');
    expect(trust(['review', '--history'], { db, now, env: ja }).stdout).toBe('振り返りはまだありません。週の終わりに `trust review` を実行すると始められます。\n');
    expect(trust(['review', '--show', '2026-W40'], { db, now, env: ja })).toMatchObject({
      code: 1,
      stderr: 'trust: 2026-W40の振り返りはありません。\n振り返った週の一覧は `trust review --history` で見られます。\n',
    });
  });
});

describe('a week refused in Japanese', () => {
  it('says what --week takes, and that a week to come has not begun', () => {
    const { db, now } = history();
    const env = { TRUST_LANG: 'ja' };
    expect(trust(['review', '--week', 'W99'], { db, now, env })).toMatchObject({ code: 2, stderr: expect.stringContaining('「W99」は週として読み取れません。') });
    expect(trust(['review', '--week', '2027-W10'], { db, now, env })).toMatchObject({
      code: 2,
      stderr: 'trust: 2027-W10はまだ始まっていません。2027-03-08（月曜）から始まる週です。\n今週は2026-W47です。今週の振り返りは `trust review` でできます。\n',
    });
  });
});
