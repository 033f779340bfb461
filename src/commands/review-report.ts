/**
 * Gathers a week's report: the store supplies the facts, the domain judges them.
 */
import { addDays, instantOf, localDate } from '../domain/dates.js';
import { isOverdue } from '../domain/promise.js';
import { compareKeepRate, perPerson, rateSeries, streaksNow, weekCounts, type PromiseFact, type RateComparison, type Streaks, type WeekCounts, type PersonWeek } from '../domain/review.js';
import { weekOf, type Week } from '../domain/weeks.js';
import type { DB } from '../store/open.js';
import { quietPeopleNow } from '../store/contact.js';
import type { QuietPerson } from '../domain/contact.js';
import { isEmpty } from '../store/promises.js';
import { listRepairs } from '../store/repairs.js';
import { factsAround, openDueBefore, renegotiationsBetween, reviewedWeeks } from '../store/reviews.js';
import { readJournalStats, readWeekStats } from '../store/stats.js';
import { standings } from './repair-load.js';

export interface ReviewReport {
  week: Week;
  current: boolean;
  empty: boolean;
  counts: WeekCounts;
  keepRate: RateComparison;
  streaks: Streaks;
  people: PersonWeek[];
  repairs: Array<{ id: number; person: string; progress: string; nextStep: string | null }>;
  /** Gone quiet against their rhythm, most overdue first. */
  quiet: QuietPerson[];
  series: Array<{ week: string; rate: number | null }>;
  /** For choosing prompts: not part of the saved figures. */
  brokenThisWeek: PromiseFact[];
  /** The oldest overdue promise from earlier weeks, and the overdue ones due this week. */
  overdue: PromiseFact[];
}

export function buildReport(db: DB, week: Week, now: Date): ReviewReport {
  // A day of margin either side: the store filters by UTC instants, the domain by local days.
  const from = instantOf({ date: addDays(week.start, -2), time: null }).toISOString();
  const to = instantOf({ date: addDays(week.end, 1), time: null }).toISOString();
  const facts = factsAround(db, from, to, week.start, week.end);
  const carried = openDueBefore(db, week.start);
  const byWeek = readWeekStats(db);
  const inWeek = (d: Date | null) => d !== null && localDate(d) >= week.start && localDate(d) <= week.end;
  return {
    week,
    current: weekOf(localDate(now)).key === week.key,
    empty: isEmpty(db),
    counts: weekCounts(facts, renegotiationsBetween(db, from, to), week, now, carried.count),
    keepRate: compareKeepRate(byWeek, week),
    streaks: streaksNow(readJournalStats(db).streak, byWeek, reviewedWeeks(db), now),
    people: perPerson(facts, week),
    repairs: repairLines(db),
    quiet: quietPeopleNow(db, now, -1).items,
    series: rateSeries(byWeek, week),
    brokenThisWeek: facts.filter((p) => p.status === 'broken' && inWeek(p.resolvedAt)),
    // The oldest overdue promise is the one the prompts ask about.
    overdue: [...(carried.oldest ? [carried.oldest] : []), ...facts.filter((p) => isOverdue(p, now))],
  };
}

function repairLines(db: DB): ReviewReport['repairs'] {
  const open = listRepairs(db, { includeClosed: false, limit: 20 });
  const standing = standings(db, open);
  return open.map((r) => {
    const { progress, next } = standing.get(r.id)!;
    return { id: r.id, person: r.person, progress: `${progress.done}/${progress.total}`, nextStep: next?.title ?? null };
  });
}

/** What a review saves as "the figures as they stood", and what --json prints. */
export function figuresOf(r: ReviewReport) {
  return {
    week: r.week.key,
    weekStart: r.week.start,
    weekEnd: r.week.end,
    counts: r.counts,
    keepRate: r.keepRate,
    streaks: r.streaks,
    people: r.people,
    repairs: r.repairs,
    // rhythmDays and neverInTouch came with rhythms: a review saved before them has name and days.
    quiet: r.quiet.map(({ name, days, rhythmDays, neverInTouch }) => ({ name, days, rhythmDays, neverInTouch })),
    series: r.series,
  };
}
