/**
 * Calibration through the binary: the one line `trust log` says when a due date is sooner than
 * the user usually delivers, and the figures of `trust stats` and `trust person`, as text (at 50
 * and 80 columns) and as JSON, on a small history worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { isLate } from '../../src/domain/promise.js';
import { openJournal } from '../../src/store/open.js';
import { insertPerson } from '../../src/store/people.js';
import { insertPromise, resolvePromise } from '../../src/store/promises.js';
import { writeTx } from '../../src/store/tx.js';
import { displayWidth } from '../../src/ui/width.js';
import { trust, trustJson } from '../helpers/cli.js';
import { journalFixture } from '../helpers/fixture.js';

// The binary runs in Berlin (test/helpers/cli.ts): the history is written in the same zone.
process.env.TZ = 'Europe/Berlin';

/**
 * Dave, in August (the 12 weeks before the last 12): 5 keeps, 4 on time, 1 two days late.
 * Alice, in November: due 3, 4, 5, 6, 7 Nov, kept 3 (on time), 7, 8, 7, 12 Nov: 0 3 3 1 5 days.
 * Carol, in November: 3 keeps, 0 2 2 days late: too few of her own.
 *
 * Alice: 0 1 3 3 5. On time 1 of 5 (20%). Median of all: 3rd, 3. Late 1 3 3 5: median 2nd, 3;
 * 80th ⌈3.2⌉ = 4th, 5.
 * Overall (13): 0×6 1 2 2 2 3 3 5. On time 6 of 13 (46%). Median of all: 7th, 1. Late 1 2 2 2 3 3 5:
 * median 4th, 2; 80th ⌈5.6⌉ = 6th, 3. Last 12 weeks: 2 of 8 on time (25%); the 12 before: 4 of 5 (80%).
 */
const journal = journalFixture((path) => {
  const db = openJournal(path, { create: true });
  writeTx(db, () => {
    const keep = (personId: number, made: string, due: string, kept: string, cue: string | null = null) => {
      const at = new Date(kept);
      const day = { date: due, time: null };
      const id = insertPromise(db, { personId, conversationId: null, text: `Promise due ${due}`, note: null, due: day, cue }, new Date(made));
      resolvePromise(db, id, 'kept', at, isLate(day, at), null, at);
    };
    const dave = insertPerson(db, 'Dave', 'friend', new Date('2026-08-01T10:00:00'));
    for (const [due, kept] of [['08-04', '08-04T09:00'], ['08-05', '08-05T09:00'], ['08-06', '08-05T09:00'], ['08-07', '08-07T09:00'], ['08-08', '08-10T09:00']]) {
      keep(dave.id, '2026-08-03T10:00:00', `2026-${due}`, `2026-${kept}:00`);
    }
    const alice = insertPerson(db, 'Alice', 'work', new Date('2026-11-01T10:00:00'));
    keep(alice.id, '2026-11-02T10:00:00', '2026-11-03', '2026-11-03T09:00:00');
    keep(alice.id, '2026-11-02T10:00:00', '2026-11-04', '2026-11-07T10:00:00', 'after lunch');
    keep(alice.id, '2026-11-02T10:00:00', '2026-11-05', '2026-11-08T10:00:00');
    keep(alice.id, '2026-11-02T10:00:00', '2026-11-06', '2026-11-07T11:00:00');
    keep(alice.id, '2026-11-02T10:00:00', '2026-11-07', '2026-11-12T10:00:00');
    const carol = insertPerson(db, 'Carol', 'family', new Date('2026-11-01T10:00:00'));
    keep(carol.id, '2026-11-09T10:00:00', '2026-11-10', '2026-11-10T10:00:00');
    keep(carol.id, '2026-11-09T10:00:00', '2026-11-11', '2026-11-13T10:00:00');
    keep(carol.id, '2026-11-09T10:00:00', '2026-11-12', '2026-11-14T10:00:00');
  });
  db.close();
});

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('trust log says when a due date is sooner than usual', () => {
  it('from the history with that person, naming a later date', () => {
    const db = journal();
    const r = trust(['log', 'Send the deck', '--to', 'Alice', '--due', '2026-11-27', '--json'], { db });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('With Alice you were a median of 3 days late over the last 5 promises you kept; Fri 27 Nov → Mon 30 Nov?');
    // Only said: the promise keeps the date given.
    expect(JSON.parse(r.stdout).created[0].due).toBe('2026-11-27');
  });

  it('from everyone’s history while the one with that person is too short, and for someone new', () => {
    const db = journal();
    for (const to of ['Carol', 'Erin']) {
      const r = trust(['log', 'Call back', '--to', to, '--due', '2026-11-27'], { db });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('You were a median of 1 day late over the last 13 promises you kept; Fri 27 Nov → Sat 28 Nov?');
    }
  });

  it('says nothing when the usual keep is on time, or without a due date', () => {
    const db = journal();
    expect(trust(['log', 'Call back', '--to', 'Dave', '--due', '2026-11-27'], { db }).stderr).not.toMatch(/median/);
    expect(trust(['log', 'Call back', '--to', 'Alice'], { db }).stderr).not.toMatch(/median/);
  });

  it('in Japanese', () => {
    const db = journal();
    const r = trust(['log', 'Send the deck', '--to', 'Alice', '--due', '2026-11-27'], { db, env: { TRUST_LANG: 'ja' } });
    expect(r.stderr).toContain('Aliceとの約束は、最近守った5件で中央値3日遅れています。11月27日(金) → 11月30日(月) にしますか？');
  });
});

describe('trust stats and trust person show calibration', () => {
  it('stats: overall, the change over 12 weeks, and per person, as worked out by hand', () => {
    const db = journal();
    const out = trust(['stats'], { db, env: { COLUMNS: '80' } }).stdout;
    expect(out).toContain('Calibration\n');
    expect(out).toContain('  On time: 6 of the last 13 promises kept that had a due date (46%)');
    expect(out).toContain('  When late: a median of 2 days, 80% within 3 days');
    expect(out).toContain('  Last 12 weeks: 25% on time, against 80% in the 12 weeks before');
    expect(out).toMatch(/│ Alice +│ +20% │ +3 days │ +5 days │/);
    expect(out).toMatch(/│ Dave +│ +80% │ +2 days │ +2 days │/);
    expect(out).not.toMatch(/│ Carol .*days/);
  });

  it('stats --json carries the figures', () => {
    const { calibration } = trustJson(['stats', '--json'], { db: journal() });
    expect(calibration.overall).toEqual({
      keeps: 13, onTime: 6, onTimeRate: 6 / 13, medianDaysLate: 1, lateMedianDays: 2, late80Days: 3,
      last12Weeks: { keeps: 8, onTime: 2, onTimeRate: 0.25 }, previous12Weeks: { keeps: 5, onTime: 4, onTimeRate: 0.8 },
    });
    expect(calibration.people).toContainEqual({ name: 'Alice', keeps: 5, onTime: 1, onTimeRate: 0.2, medianDaysLate: 3, lateMedianDays: 3, late80Days: 5 });
    expect(calibration.people.map((p: { name: string }) => p.name).sort()).toEqual(['Alice', 'Dave']);
    expect(calibration.cue).toEqual({ withCue: { keeps: 1, onTime: 0, onTimeRate: 0 }, withoutCue: { keeps: 12, onTime: 6, onTimeRate: 0.5 } });
    expect(calibration).toMatchObject({ window: { person: 20, overall: 50 }, minKeeps: 5, cueMinKeeps: 10, trendWeeks: 12 });
  });

  it('person: that person’s figures, in text and JSON', () => {
    const db = journal();
    const out = trust(['person', 'Alice'], { db, env: { COLUMNS: '80' } }).stdout;
    expect(out).toContain('Calibration\n  On time: 1 of the last 5 promises kept that had a due date (20%)\n  When late: a median of 3 days, 80% within 5 days\n');
    expect(trustJson(['person', 'Alice', '--json'], { db }).calibration).toEqual({
      keeps: 5, onTime: 1, onTimeRate: 0.2, medianDaysLate: 3, lateMedianDays: 3, late80Days: 5,
      last12Weeks: { keeps: 5, onTime: 1, onTimeRate: 0.2 }, previous12Weeks: { keeps: 0, onTime: 0, onTimeRate: null },
    });
    // Too little history with Carol: no calibration lines.
    expect(trust(['person', 'Carol'], { db }).stdout).not.toContain('Calibration');
  });

  it('in Japanese', () => {
    const out = trust(['stats'], { db: journal(), env: { TRUST_LANG: 'ja', COLUMNS: '80' } }).stdout;
    expect(out).toContain('見積もりの精度');
    expect(out).toContain('  期限どおり：期限のある約束で最近守った13件のうち6件（46%）');
    expect(out).toContain('  直近12週：期限どおり25%（その前の12週は80%）');
  });

  for (const columns of [50, 80]) {
    it(`fits ${columns} columns`, () => {
      const db = journal();
      for (const args of [['stats'], ['person', 'Alice']]) {
        for (const lang of ['en', 'ja']) {
          const out = trust(args, { db, env: { COLUMNS: String(columns), TRUST_LANG: lang } }).stdout;
          expect(out).toMatch(/Calibration|見積もりの精度/);
          expect(widest(out), `${args.join(' ')} ${lang}`).toBeLessThanOrEqual(columns);
        }
      }
    });
  }
});
