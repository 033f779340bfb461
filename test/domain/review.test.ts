import { describe, expect, it, vi } from 'vitest';
import { choosePrompts, intentionsHeading, leavesSomethingToDo, REFLECTIONS } from '../../src/domain/prompts.js';
import { compareKeepRate, perPerson, rateSeries, streaksNow, tallies, weekCounts, type PromiseFact } from '../../src/domain/review.js';
import { checkWeekBegun, isoWeeksInYear, nextWeekKey, parseWeek, shiftWeek, weekFromKey, weekOf } from '../../src/domain/weeks.js';
import { addDays } from '../../src/domain/dates.js';
import { keepStreak } from '../../src/domain/streaks.js';

// Berlin: clocks go back on Sunday 25 October 2026, inside ISO week 2026-W43.
process.env.TZ = 'Europe/Berlin';

let nextId = 1;
/** A hand-made promise: made, due and resolved given as local times. */
function fact(o: { made: string; due?: string; status?: PromiseFact['status']; resolved?: string; late?: boolean; person?: string; text?: string }): PromiseFact {
  return {
    id: nextId++,
    personId: o.person === 'Bob' ? 2 : 1,
    person: o.person ?? 'Alice',
    text: o.text ?? 'a promise',
    status: o.status ?? 'open',
    late: o.late ?? false,
    madeAt: new Date(o.made),
    due: o.due ? { date: o.due, time: null } : null,
    resolvedAt: o.resolved ? new Date(o.resolved) : null,
  };
}

describe('ISO weeks', () => {
  it('walks week keys exactly as the calendar does, 1990 to 2060', () => {
    for (let monday = weekOf('1990-01-01').start; monday < '2060-01-01'; monday = addDays(monday, 7)) {
      const week = weekOf(monday);
      expect(nextWeekKey(week.key)).toBe(weekOf(addDays(monday, 7)).key);
      if (week.key.endsWith('W01')) expect(isoWeeksInYear(Number(week.key.slice(0, 4)) - 1)).toBe(Number(weekOf(addDays(monday, -7)).key.slice(6)));
    }
  });

  it("counts weeks on and back by key as dayjs's isoWeek names them, 1990 to 2060", async () => {
    // A fresh module, so that every week comes from shiftWeek's own counting, not from a cache.
    vi.resetModules();
    const fresh = await import('../../src/domain/weeks.js');
    const { default: dayjs } = await import('dayjs');
    const first = fresh.weekOf('1990-01-01');
    const last = fresh.shiftWeek(first, 3652);
    for (let i = 0; i <= 3652; i += 1) {
      const week = i % 2 ? fresh.shiftWeek(first, i) : fresh.shiftWeek(last, i - 3652);
      const monday = dayjs(week.start);
      expect(week.key).toBe(`${monday.isoWeekYear()}-W${String(monday.isoWeek()).padStart(2, '0')}`);
      expect(week.end).toBe(monday.add(6, 'day').format('YYYY-MM-DD'));
    }
    expect(last.start).toBe('2059-12-29');
  });

  it.each([
    ['2026-11-21', '2026-W47', '2026-11-16', '2026-11-22'],
    ['2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
    ['2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2026-10-25', '2026-W43', '2026-10-19', '2026-10-25'],
  ])('%s is in %s (%s to %s)', (date, key, start, end) => {
    expect(weekOf(date)).toEqual({ key, start, end });
    expect(weekFromKey(key)).toEqual({ key, start, end });
  });

  it('refuses a week that does not exist', () => {
    expect(weekFromKey('2026-W54')).toBeNull();
    expect(weekFromKey('2025-W53')).toBeNull();
  });

  it('reads --week', () => {
    const saturday = new Date('2026-11-21T10:00:00');
    expect(parseWeek(undefined, saturday).key).toBe('2026-W47');
    expect(parseWeek('last', saturday).key).toBe('2026-W46');
    expect(parseWeek('2026-W40', saturday).key).toBe('2026-W40');
    expect(parseWeek('2026-11-12', saturday).key).toBe('2026-W46');
    expect(() => parseWeek('someday', saturday)).toThrow(/not a week/);
  });

  it('"last week" on Monday morning is the week a Sunday-evening review covered', () => {
    const sundayEvening = new Date('2026-11-22T21:30:00');
    const mondayMorning = new Date('2026-11-23T07:30:00');
    expect(parseWeek('this', sundayEvening).key).toBe('2026-W47');
    expect(parseWeek('last', mondayMorning).key).toBe('2026-W47');
  });
});

describe('week counts', () => {
  const w47 = weekOf('2026-11-16');
  const now = new Date('2026-11-21T10:00:00');

  it('counts made, due, kept on time and late, broken, released, renegotiated, still open, overdue', () => {
    const facts = [
      fact({ made: '2026-11-16T09:00', due: '2026-11-18', status: 'kept', resolved: '2026-11-17T10:00' }),
      fact({ made: '2026-11-10T09:00', due: '2026-11-12', status: 'kept', resolved: '2026-11-17T10:00', late: true }), // resolved this week, due last week
      fact({ made: '2026-11-17T09:00', due: '2026-11-19', status: 'broken', resolved: '2026-11-20T10:00' }),
      fact({ made: '2026-11-17T09:00', status: 'released', resolved: '2026-11-18T10:00' }),
      fact({ made: '2026-11-18T09:00', due: '2026-11-22' }), // still open
      fact({ made: '2026-11-18T09:00', due: '2026-11-20' }), // overdue
      fact({ made: '2026-11-18T09:00', due: '2026-11-30' }), // due later: not this week's
    ];
    const renegotiations = [{ promiseId: facts[4]!.id, at: new Date('2026-11-19T12:00') }];
    // One more overdue from an earlier week: the store counts those.
    expect(weekCounts(facts, renegotiations, w47, now, 1)).toEqual({
      made: 6, due: 4, keptOnTime: 1, keptLate: 1, broken: 1, released: 1, renegotiated: 1, stillOpen: 1, overdue: 2,
    });
  });

  it('puts a promise in the week it was resolved, not the week it was due', () => {
    const byWeek = tallies([fact({ made: '2026-11-02T09:00', due: '2026-11-06', status: 'kept', resolved: '2026-11-17T09:00', late: true })]);
    expect(byWeek.get('2026-W47')).toEqual({ kept: 1, broken: 0 });
    expect(byWeek.has('2026-W45')).toBe(false);
  });

  it('keeps a late-night resolution on the Sunday of a DST change inside its week', () => {
    const w43 = weekOf('2026-10-19');
    const facts = [fact({ made: '2026-10-19T09:00', due: '2026-10-25', status: 'kept', resolved: '2026-10-25T23:30' })];
    expect(weekCounts(facts, [], w43, new Date('2026-10-26T08:00')).keptOnTime).toBe(1);
    expect(tallies(facts).get('2026-W43')).toEqual({ kept: 1, broken: 0 });
  });

  it('gives zeros, and no rate, for an empty journal', () => {
    expect(weekCounts([], [], w47, now)).toEqual({ made: 0, due: 0, keptOnTime: 0, keptLate: 0, broken: 0, released: 0, renegotiated: 0, stillOpen: 0, overdue: 0 });
    expect(compareKeepRate(new Map(), w47)).toEqual({ thisWeek: null, fourWeeksBefore: null, change: null });
  });
});

describe('keep rate against the four weeks before', () => {
  const w47 = weekOf('2026-11-16');
  it('pools the four weeks before and gives the change in points', () => {
    const byWeek = new Map([
      ['2026-W47', { kept: 3, broken: 1 }],
      ['2026-W46', { kept: 1, broken: 1 }],
      ['2026-W44', { kept: 2, broken: 0 }],
      ['2026-W42', { kept: 0, broken: 5 }], // five weeks before: outside
    ]);
    expect(compareKeepRate(byWeek, w47)).toEqual({ thisWeek: 0.75, fourWeeksBefore: 0.75, change: 0 });
  });
  it('draws 12 weeks, oldest first, with gaps for weeks without keeps or breaks', () => {
    const series = rateSeries(new Map([['2026-W47', { kept: 1, broken: 1 }], ['2026-W36', { kept: 2, broken: 0 }]]), w47);
    expect(series).toHaveLength(12);
    expect(series[0]).toEqual({ week: '2026-W36', rate: 1 });
    expect(series[11]).toEqual({ week: '2026-W47', rate: 0.5 });
    expect(series.filter((s) => s.rate === null)).toHaveLength(10);
  });
});

describe('streaks as of now', () => {
  const now = new Date('2026-11-21T10:00:00');
  const resolved = [
    fact({ made: '2026-10-26T09:00', status: 'kept', resolved: '2026-10-27T09:00' }), // W44
    fact({ made: '2026-11-02T09:00', status: 'kept', resolved: '2026-11-03T09:00', late: true }), // W45
    fact({ made: '2026-11-02T09:00', status: 'released', resolved: '2026-11-04T09:00' }), // W45, neutral
    // W46: nothing resolved: neutral
    fact({ made: '2026-11-16T09:00', status: 'kept', resolved: '2026-11-17T09:00' }), // W47
  ];
  it('counts keep streak, clean weeks across a quiet week, and reviews with a gap', () => {
    const s = streaksNow(keepStreak(resolved.map((p) => ({ status: p.status as 'kept', late: p.late }))), tallies(resolved), new Set(['2026-W40', '2026-W41', '2026-W42', '2026-W45', '2026-W46']), now);
    expect(s.keep).toEqual({ current: 3, best: 3, currentLate: 1 });
    expect(s.cleanWeeks).toEqual({ current: 3, best: 3 });
    expect(s.reviews).toEqual({ current: 2, best: 3 }); // this week not reviewed yet: still 2
  });
  it('runs reviews on across the turn of a 53-week year, and a missed week in between breaks them', () => {
    const jan = new Date('2021-01-14T10:00:00'); // 2021-W02; 2020 had 53 weeks
    expect(streaksNow(keepStreak([]), new Map(), new Set(['2020-W52', '2020-W53', '2021-W01']), jan).reviews).toEqual({ current: 3, best: 3 });
    expect(streaksNow(keepStreak([]), new Map(), new Set(['2020-W51', '2020-W52', '2021-W01']), jan).reviews).toEqual({ current: 1, best: 2 });
  });
  it('counts only weeks up to now', () => {
    const s = streaksNow(keepStreak([]), new Map([['2099-W01', { kept: 0, broken: 3 }], ['2026-W46', { kept: 2, broken: 0 }]]), new Set(['2026-W46', '2099-W01']), now);
    expect(s.cleanWeeks).toEqual({ current: 1, best: 1 });
    expect(s.reviews).toEqual({ current: 1, best: 1 });
  });
  it('is all zeros for an empty journal', () => {
    expect(streaksNow(keepStreak([]), new Map(), new Set(), now)).toEqual({ keep: { current: 0, best: 0, currentLate: 0 }, cleanWeeks: { current: 0, best: 0 }, reviews: { current: 0, best: 0 } });
  });
});

describe('people', () => {
  const w47 = weekOf('2026-11-16');
  it('tables the week per person', () => {
    const rows = perPerson(
      [
        fact({ made: '2026-11-16T09:00', status: 'kept', resolved: '2026-11-17T09:00' }),
        fact({ made: '2026-11-16T09:00', due: '2026-11-20', person: 'Bob' }),
        fact({ made: '2026-10-01T09:00', person: 'Bob', status: 'broken', resolved: '2026-11-18T09:00' }),
      ],
      w47,
    );
    expect(rows).toEqual([
      { person: 'Alice', made: 1, kept: 1, broken: 0, released: 0, open: 0 },
      { person: 'Bob', made: 1, kept: 0, broken: 1, released: 0, open: 1 },
    ]);
  });
});

describe('prompt selection', () => {
  const w47 = weekOf('2026-11-16');
  const now = new Date('2026-11-21T10:00:00');
  const zero = { made: 0, due: 0, keptOnTime: 0, keptLate: 0, broken: 0, released: 0, renegotiated: 0, stillOpen: 0, overdue: 0 };
  const base = { week: w47, counts: zero, broken: [], overdue: [], quiet: [], renegotiable: 1, askedLastTime: [], now };

  it('asks three reflections in a quiet week', () => {
    const prompts = choosePrompts(base);
    expect(prompts).toHaveLength(3);
    expect(prompts.every((p) => p.kind === 'reflection')).toBe(true);
  });

  it('asks about a break, an overdue promise, over-promising and a quiet relationship, most pressing first, five at most', () => {
    const broken = fact({ made: '2026-11-16T09:00', status: 'broken', resolved: '2026-11-18T09:00', text: 'Send the deck' });
    const overdue = fact({ made: '2026-11-10T09:00', due: '2026-11-18', text: 'Call the bank', person: 'Bob' });
    const prompts = choosePrompts({
      ...base,
      counts: { ...zero, made: 4, keptOnTime: 1 },
      broken: [broken],
      overdue: [overdue],
      quiet: [{ id: 3, name: 'Carol', days: 35, rhythmDays: 28, neverInTouch: false }],
    });
    expect(prompts.map((p) => p.key)).toEqual([`broken:${broken.id}`, `overdue:${overdue.id}`, 'overpromised', expect.any(String), expect.any(String)]);
    expect(prompts[0]!.text).toBe('You broke "Send the deck" (to Alice). What got in the way, and what will you change?');
    expect(prompts[1]!.text).toMatch(/"Call the bank" \(to Bob\) is 3 days overdue/);
    expect(prompts[2]!.text).toMatch(/made 4 promises this week and kept 1. Which open one should you renegotiate now/);
  });

  it('counts in words with the singular for one: a friend gone quiet for a week, a promise a day overdue', () => {
    const overdue = fact({ made: '2026-11-10T09:00', due: '2026-11-20', text: 'Call the bank', person: 'Bob' });
    const prompts = choosePrompts({ ...base, overdue: [overdue], quiet: [{ id: 3, name: 'Carol', days: 9, rhythmDays: 7, neverInTouch: false }] });
    expect(prompts[0]!.text).toMatch(/is 1 day overdue\./);
    expect(prompts[1]!.text).toMatch(/with Carol for 1 week, and you aim for every week\. Is it time/);
    expect(intentionsHeading(weekOf('2026-11-02'), w47)).toBe('Intentions from your last review (2026-W45, 2 weeks ago)');
  });

  it('asks which promise to renegotiate only while one is still open and not past its date', () => {
    const busy = { ...base, counts: { ...zero, made: 4, keptOnTime: 1 } };
    expect(choosePrompts(busy).map((p) => p.key)).toContain('overpromised');
    expect(choosePrompts({ ...busy, renegotiable: 0 }).map((p) => p.key)).not.toContain('overpromised');
  });

  it('marks the questions that lead to an action, and lets the overdue one decide about its promise', () => {
    const broken = fact({ made: '2026-11-16T09:00', status: 'broken', resolved: '2026-11-18T09:00' });
    const overdue = fact({ made: '2026-11-10T09:00', due: '2026-11-18', text: 'Call the bank' });
    const data = choosePrompts({ ...base, counts: { ...zero, made: 4 }, broken: [broken], overdue: [overdue] }).filter((p) => p.kind === 'data');
    expect(data.map((p) => [p.key.split(':')[0], p.action])).toEqual([['broken', true], ['overdue', true], ['overpromised', true]]);
    expect(data[1]!.decide).toEqual({ promiseId: overdue.id });
    expect(choosePrompts({ ...base, quiet: [{ id: 3, name: 'Carol', days: 35, rhythmDays: 28, neverInTouch: false }] })[0]!.action).toBe(true);
    // Looking back at the best moment of the week asks for nothing to be done.
    expect(REFLECTIONS.filter((r) => !r.action).map((r) => r.key)).toEqual(['reasons', 'best-moment', 'intent']);
  });

  it('asks about a quiet relationship when there is room', () => {
    const prompts = choosePrompts({ ...base, quiet: [{ id: 3, name: 'Carol', days: 35, rhythmDays: 28, neverInTouch: false }] });
    expect(prompts[0]).toMatchObject({ key: 'quiet:3', text: expect.stringContaining('Carol for 5 weeks') });
  });

  it('never repeats the same set two weeks running, nor last week\'s reflections', () => {
    let asked: string[] = [];
    for (let i = 0; i < 20; i++) {
      const week = shiftWeek(w47, i);
      const keys = choosePrompts({ ...base, week, askedLastTime: asked }).map((p) => p.key);
      expect(keys.some((k) => asked.includes(k))).toBe(false);
      asked = keys;
    }
  });

  it('rotates through every reflection over a few weeks', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) choosePrompts({ ...base, week: shiftWeek(w47, i) }).forEach((p) => seen.add(p.key));
    expect(seen.size).toBe(REFLECTIONS.length);
  });

  it('introduces intentions from last week, or from an older review after a gap', () => {
    expect(intentionsHeading(weekOf('2026-11-09'), w47)).toBe("Last week's intentions");
    expect(intentionsHeading(weekOf('2026-10-19'), w47)).toBe('Intentions from your last review (2026-W43, 4 weeks ago)');
  });
});

describe('an answer that leaves something to do', () => {
  it.each(['', '  ', 'No', 'no.', 'Nope', 'none', 'Nothing!', 'N/A', 'na', '-', 'not really', 'なし', '特になし。'])('"%s" does not', (answer) => {
    expect(leavesSomethingToDo(answer)).toBe(false);
  });
  it.each(['No reminder for the bank call', 'Nobody told me the date moved', 'Nothing in my calendar', 'Thank Alice'])('"%s" does', (answer) => {
    expect(leavesSomethingToDo(answer)).toBe(true);
  });
});

describe('a week to review', () => {
  const sunday = new Date('2026-11-22T23:30:00');
  it('may be this week or any before it', () => {
    expect(() => checkWeekBegun(weekOf('2026-11-22'), sunday)).not.toThrow();
    expect(() => checkWeekBegun(weekOf('2020-01-01'), sunday)).not.toThrow();
  });
  it('may not be a week that has not begun, even tomorrow', () => {
    expect(() => checkWeekBegun(weekOf('2026-11-23'), sunday)).toThrow('2026-W48 has not started yet');
  });
});
