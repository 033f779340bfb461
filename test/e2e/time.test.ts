/**
 * The clock and the calendar as a traveller meets them: TRUST_NOW only as ISO 8601, and week
 * figures that stay in the week they were resolved in when the computer changes time zone.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDb, trust, trustJson } from '../helpers/cli.js';

describe('TRUST_NOW', () => {
  it.each(['0', '-1', 'Sat Nov 21 2026', '2026-02-30', '+010000-01-01T00:00:00Z'])('refuses %j with a usage error', (now) => {
    const r = trust(['list'], { db: tempDb(), now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not an ISO 8601 time');
    expect(r.stderr).not.toContain('Something went wrong');
  });
});

describe('weeks and time zones', () => {
  it('counts a resolution in the week it was made in, even after the computer moves to another zone', () => {
    const db = tempDb();
    const berlin = { db, tz: 'Europe/Berlin' };
    trust(['log', 'Send the deck', '--to', 'Alice', '--due', '+3d'], { ...berlin, now: '2026-11-22T09:00' });
    trust(['log', 'Typo', '--to', 'Alice'], { ...berlin, now: '2026-11-22T09:01' });
    // Sunday 23:30 in Berlin: week 47 there, Monday 07:30 (week 48) in Tokyo.
    expect(trust(['kept', '1'], { ...berlin, now: '2026-11-22T23:30' }).code).toBe(0);
    // In Tokyo, a deletion recomputes every figure from the promises themselves.
    const tokyo = { db, tz: 'Asia/Tokyo', now: '2026-11-24T12:00' };
    expect(trust(['delete', '2', '--yes'], tokyo).code).toBe(0);
    const raw = new Database(db, { readonly: true });
    const weeks = raw.prepare('SELECT week, kept, broken FROM week_stats ORDER BY week').all();
    raw.close();
    expect(weeks).toEqual([{ week: '2026-W47', kept: 1, broken: 0 }]);
    // The review of that week, read in Tokyo, agrees with the figures.
    const w47 = trustJson(['review', '--week', '2026-W47', '--no-prompts'], tokyo);
    expect(w47.counts.keptOnTime).toBe(1);
    expect(w47.keepRate.thisWeek).toBe(1);
    const w48 = trustJson(['review', '--week', '2026-W48', '--no-prompts'], tokyo);
    expect(w48.counts.keptOnTime).toBe(0);
  });
});

describe('dates as typed and as printed', () => {
  it.each(['Europe/Berlin', 'America/Los_Angeles'])('reads back in %s what trust prints, and the new forms', (tz) => {
    const o = { db: tempDb(), tz, now: '2026-11-21T10:00' }; // a Saturday
    expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'next fri at 5pm'], o).stdout).toContain('due Fri 27 Nov 17:00 (in 6 days)');
    // The date as printed, pasted back: a renegotiation to the same day prints it unchanged.
    expect(trust(['renegotiate', '1', '--due', 'Fri 4 Dec 17:00', '--note', 'ok'], o).code).toBe(0);
    expect(trustJson(['show', '1'], o)).toMatchObject({ due: '2026-12-04', dueTime: '17:00' });
    expect(trust(['log', 'Call Mum', '--to', 'Mum', '--due', 'tonight'], o).stdout).toContain('due Sat 21 Nov 20:00 (today at 20:00)');
    expect(trust(['log', 'Taxes', '--to', 'Me', '--due', 'Dec 1 2028'], o).stdout).toContain('due Fri 1 Dec 2028 (in 2 years)');
    expect(trust(['log', 'Plan', '--to', 'Me', '--due', 'next month'], o).stdout).toContain('due Thu 31 Dec (in 6 weeks)');
    // --at leans to the past: 20 Nov is yesterday, not next year's, and before the promise was made.
    expect(trust(['kept', '2', '--at', '20 Nov'], o)).toMatchObject({ code: 2, stderr: expect.stringContaining('was made on Sat 21 Nov') });
  });

  it('reads a due date typed in Japanese, whatever the interface language', () => {
    const o = { db: tempDb(), tz: 'Asia/Tokyo', now: '2026-11-21T10:00' }; // a Saturday
    // The Friday of next week, never this one.
    expect(trust(['log', '資料を送る', '--to', '田中さん', '--due', '来週の金曜'], o).stdout).toContain('due Fri 27 Nov (in 6 days)');
    expect(trustJson(['show', '1'], o)).toMatchObject({ due: '2026-11-27', dueTime: null });
  });

  it('reads when something happened typed in Japanese, leaning to the past', () => {
    const o = { db: tempDb(), tz: 'Asia/Tokyo' };
    expect(trust(['log', '資料を送る', '--to', '田中さん', '--due', '+3d'], { ...o, now: '2026-11-19T09:00' }).code).toBe(0);
    // A full-width time, as a Japanese keyboard types it.
    expect(trust(['kept', '1', '--at', '昨日 １７時'], { ...o, now: '2026-11-21T10:00' }).code).toBe(0);
    expect(trustJson(['show', '1'], { ...o, now: '2026-11-21T10:00' })).toMatchObject({ status: 'kept', resolvedAt: '2026-11-20T08:00:00.000Z' }); // 17:00 in Tokyo
    const r = trust(['kept', '1', '--at', '13月1日'], { ...o, now: '2026-11-21T10:00' });
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('"13月1日" is not a date trust understands for --at') });
  });
});
