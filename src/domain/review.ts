/**
 * The weekly review's figures, computed from plain facts about promises. Pure: the week, the
 * facts and "now" are all parameters, so every figure can be tested against a hand-made history.
 */
import { instantOf, localDate, type Day } from './dates.js';
import { isOverdue, type Status } from './promise.js';
import { cleanWeeks, keepRate, reviewStreak, type Streak, type KeepStreak, type WeekTally } from './streaks.js';
import { nextWeekKey, shiftWeek, weekOf, weekOfInstant, weeksEnding, type Week } from './weeks.js';

export interface PromiseFact {
  id: number;
  personId: number;
  person: string;
  text: string;
  status: Status;
  late: boolean;
  madeAt: Date;
  due: Day | null;
  resolvedAt: Date | null;
  /** The ISO week the resolution counts in, stored with it (see countInWeek). */
  resolvedWeek?: string | null;
}

export interface WeekCounts {
  made: number;
  due: number;
  keptOnTime: number;
  keptLate: number;
  broken: number;
  released: number;
  renegotiated: number;
  /** Due this week, still open and not yet past due. */
  stillOpen: number;
  /** Still open and past due: due this week or carried over from before. */
  overdue: number;
}

const inWeek = (week: Week, date: string) => date >= week.start && date <= week.end;
/**
 * The ISO week a resolution counts in: the one stored with it, or, for a resolution from before
 * journal version 5 that has none, its local week now.
 */
export const resolutionWeek = (resolvedAt: Date, resolvedWeek: string | null | undefined) => resolvedWeek || weekOfInstant(resolvedAt).key;

const resolvedIn = (week: Week, p: PromiseFact) => p.resolvedAt !== null && resolutionWeek(p.resolvedAt, p.resolvedWeek) === week.key;

/**
 * The week's counts. `facts` holds what was made, resolved or due in the week; `carriedOver` is
 * how many promises due before the week are still open (overdue from earlier weeks).
 */
export function weekCounts(facts: PromiseFact[], renegotiations: Array<{ promiseId: number; at: Date }>, week: Week, now: Date, carriedOver = 0): WeekCounts {
  // A past week is judged as of its last moment; the current week as of now.
  const weekOver = instantOf({ date: week.end, time: null });
  const asOf = now.getTime() < weekOver.getTime() ? now : weekOver;
  const dueThisWeek = facts.filter((p) => p.due && inWeek(week, p.due.date));
  const resolved = facts.filter((p) => resolvedIn(week, p));
  return {
    made: facts.filter((p) => inWeek(week, localDate(p.madeAt))).length,
    due: dueThisWeek.length,
    keptOnTime: resolved.filter((p) => p.status === 'kept' && !p.late).length,
    keptLate: resolved.filter((p) => p.status === 'kept' && p.late).length,
    broken: resolved.filter((p) => p.status === 'broken').length,
    released: resolved.filter((p) => p.status === 'released').length,
    renegotiated: new Set(renegotiations.filter((r) => inWeek(week, localDate(r.at))).map((r) => r.promiseId)).size,
    stillOpen: dueThisWeek.filter((p) => p.status === 'open' && !isOverdue(p, asOf)).length,
    // Overdue ones carry over: anything due by the week's end and still open past its date.
    overdue: dueThisWeek.filter((p) => isOverdue(p, asOf)).length + carriedOver,
  };
}

/**
 * Counts one resolution in its week; releases count in no week. The week is the one the
 * resolution was stored with (its local week in the time zone of that moment), so a later
 * move to another time zone never moves it.
 */
export function countInWeek(byWeek: Map<string, WeekTally>, status: Status, week: string): void {
  if (status !== 'kept' && status !== 'broken') return;
  const t = byWeek.get(week) ?? { kept: 0, broken: 0 };
  t[status]++;
  byWeek.set(week, t);
}

/** Kept and broken per week, keyed by week. */
export function tallies(facts: PromiseFact[]): Map<string, WeekTally> {
  const byWeek = new Map<string, WeekTally>();
  for (const p of facts) if (p.resolvedAt) countInWeek(byWeek, p.status, resolutionWeek(p.resolvedAt, p.resolvedWeek));
  return byWeek;
}

export const tallyRate = (t: WeekTally | undefined) => (t ? keepRate(t) : null);

/** Several weeks taken together: all their keeps over all their keeps and breaks. */
function pooledRate(list: Array<WeekTally | undefined>): number | null {
  const sum = list.reduce<WeekTally>((acc, t) => ({ kept: acc.kept + (t?.kept ?? 0), broken: acc.broken + (t?.broken ?? 0) }), { kept: 0, broken: 0 });
  return keepRate(sum);
}

export interface RateComparison {
  thisWeek: number | null;
  fourWeeksBefore: number | null;
  /** Percentage points, when both are known. */
  change: number | null;
}

export function compareKeepRate(byWeek: Map<string, WeekTally>, week: Week): RateComparison {
  const thisWeek = tallyRate(byWeek.get(week.key));
  const before = pooledRate([1, 2, 3, 4].map((n) => byWeek.get(shiftWeek(week, -n).key)));
  return { thisWeek, fourWeeksBefore: before, change: thisWeek !== null && before !== null ? Math.round((thisWeek - before) * 100) : null };
}

/** The keep rate of each of the n weeks ending with `week`, oldest first. */
export function rateSeries(byWeek: Map<string, WeekTally>, week: Week, n = 12): Array<{ week: string; rate: number | null }> {
  return weeksEnding(week, n).map((w) => ({ week: w.key, rate: tallyRate(byWeek.get(w.key)) }));
}

export interface Streaks {
  keep: KeepStreak;
  cleanWeeks: Streak;
  reviews: Streak;
}

/**
 * All three streaks as of now, from the keep streak, kept/broken per week (keyed "2026-W47")
 * and the weeks that have a review.
 */
export function streaksNow(keep: KeepStreak, byWeek: Map<string, WeekTally>, reviewedWeeks: Set<string>, now: Date): Streaks {
  const current = weekOf(localDate(now)).key;
  // Week keys sort in time order ("2026-W05" < "2026-W47" < "2027-W01").
  const upToNow = (keys: Iterable<string>) => [...keys].filter((k) => k <= current).sort();
  // Every week from the first review to this one: a week without a review breaks the run.
  const reviewed: boolean[] = [];
  const [first] = upToNow(reviewedWeeks);
  for (let k = first; k !== undefined && k <= current; k = nextWeekKey(k)) reviewed.push(reviewedWeeks.has(k));
  return {
    keep,
    // Weeks with nothing kept or broken are neutral for clean weeks: the weeks with figures are enough.
    cleanWeeks: cleanWeeks(upToNow(byWeek.keys()).map((k) => byWeek.get(k)!)),
    reviews: reviewStreak(reviewed),
  };
}

export interface PersonWeek {
  person: string;
  made: number;
  kept: number;
  broken: number;
  released: number;
  open: number;
}

/**
 * Plain code-unit order. localeCompare's first call loads ICU's collation data, about 5 ms of a
 * run, for a tie-break that SQL sorts the same way elsewhere (by name key).
 */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One row per person with anything made, resolved or due in the week. */
export function perPerson(facts: PromiseFact[], week: Week): PersonWeek[] {
  const rows = new Map<string, PersonWeek>();
  const row = (p: PromiseFact) => {
    const r = rows.get(p.person) ?? { person: p.person, made: 0, kept: 0, broken: 0, released: 0, open: 0 };
    rows.set(p.person, r);
    return r;
  };
  for (const p of facts) {
    if (inWeek(week, localDate(p.madeAt))) row(p).made++;
    if (resolvedIn(week, p) && p.status !== 'open') row(p)[p.status]++;
    if (p.status === 'open' && p.due && inWeek(week, p.due.date)) row(p).open++;
  }
  return [...rows.values()].sort((a, b) => b.made + b.kept + b.broken - (a.made + a.kept + a.broken) || byText(a.person, b.person));
}
