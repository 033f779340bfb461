/**
 * Consistency figures from resolved promises. See PRODUCT.md "Streaks" for the definitions.
 */
import type { Outcome } from './promise.js';

export interface Resolution {
  status: Outcome;
  late: boolean;
}

export interface KeepStreak {
  current: number;
  best: number;
  /** Late keeps inside the current run: they count, and they are flagged. */
  currentLate: number;
}

/**
 * Keep streak: consecutive resolved promises, in order of resolution, that were kept (late keeps
 * count). A break resets it to 0; released promises are neutral.
 */
export function keepStreak(resolutions: Iterable<Resolution>): KeepStreak {
  let streak: KeepStreak = { current: 0, best: 0, currentLate: 0 };
  for (const r of resolutions) streak = stepKeepStreak(streak, r);
  return streak;
}

/** One more resolution, in order: lets the store keep the streak up to date as promises resolve. */
export function stepKeepStreak(s: KeepStreak, r: Resolution): KeepStreak {
  if (r.status === 'kept') {
    const current = s.current + 1;
    return { current, best: Math.max(s.best, current), currentLate: s.currentLate + (r.late ? 1 : 0) };
  }
  if (r.status === 'broken') return { current: 0, best: s.best, currentLate: 0 };
  return s;
}

/** How the promises made to someone stand: the figures `trust people` shows. */
export interface Tally {
  made: number;
  open: number;
  kept: number;
  keptLate: number;
  broken: number;
  released: number;
}

/** Share of resolved promises that were kept; released ones are left out. Null when nothing counts yet. */
export function keepRate(t: Pick<Tally, 'kept' | 'broken'>): number | null {
  const counted = t.kept + t.broken;
  return counted === 0 ? null : t.kept / counted;
}

export interface Streak {
  current: number;
  best: number;
}

export interface WeekTally {
  kept: number;
  broken: number;
}

/**
 * Clean weeks: consecutive ISO weeks with at least one kept promise and no broken one. A week
 * with nothing kept or broken (nothing resolved, or only releases) is neutral: it neither
 * counts nor breaks the run. `weeks` is in order, oldest first, and ends with the current week.
 */
export function cleanWeeks(weeks: WeekTally[]): Streak {
  let current = 0;
  let best = 0;
  for (const w of weeks) {
    if (w.broken > 0) current = 0;
    else if (w.kept > 0) best = Math.max(best, ++current);
  }
  return { current, best };
}

/**
 * Review streak: consecutive ISO weeks with a completed review. `reviewed` holds one flag per
 * week, oldest first, ending with the current week, which only breaks the run once it is over.
 */
export function reviewStreak(reviewed: boolean[]): Streak {
  let best = 0;
  let run = 0;
  for (const r of reviewed) {
    run = r ? run + 1 : 0;
    best = Math.max(best, run);
  }
  const last = reviewed.length - 1;
  let current = 0;
  // This week not reviewed (yet) does not break the run: count from last week back.
  for (let i = reviewed[last] ? last : last - 1; i >= 0 && reviewed[i]; i--) current++;
  return { current, best };
}

/**
 * How much each resolution counts towards the reliability score: kept on time 1, kept late
 * half, broken 0. Released promises leave the score as it was.
 */
export const LATE_CREDIT = 0.5;

/**
 * The smoothing factor m ≈ 0.933. The newest resolution gets weight (1 − m), the one before it
 * (1 − m)·m, and so on: the weight halves every RELIABILITY_HALF_LIFE resolutions. In plain
 * words: a promise kept or broken ten promises ago counts half as much as the latest one.
 */
export const RELIABILITY_HALF_LIFE = 10;
export const RELIABILITY_M = 0.5 ** (1 / RELIABILITY_HALF_LIFE);

/**
 * Recency-weighted reliability by exponential smoothing, the same family of formula as Loop
 * Habit Tracker's habit strength: score = previous × m + outcome × (1 − m), from 0. This raw
 * score is what the store keeps up to date (person_stats.score, journal_stats.score); people
 * see it through `strength`, which takes away the pull of that starting 0.
 */
export function reliabilityScore(resolutions: Iterable<Resolution>, m = RELIABILITY_M): number {
  let score = 0;
  for (const r of resolutions) score = stepScore(score, r, m);
  return score;
}

/** One more resolution, in order, folded into the score. */
export function stepScore(score: number, r: Resolution, m = RELIABILITY_M): number {
  if (r.status === 'released') return score;
  const outcome = r.status === 'broken' ? 0 : r.late ? LATE_CREDIT : 1;
  return score * m + outcome * (1 - m);
}

/**
 * Strength is shown once this many promises were kept or broken. Before that the keep rate says
 * all there is to say, and a recency weighting of two or three outcomes means nothing more.
 */
export const STRENGTH_AFTER = 5;

/**
 * Strength, as people see it: the recency-weighted share of promises kept. The raw score starts
 * from 0, so on its own 3 keeps out of 3 would read 19%, a failing grade for a perfect record.
 * After n outcomes (kept or broken; releases are no step) the weights of those outcomes add up
 * to exactly 1 − mⁿ, the rest still sitting on the starting 0; dividing by 1 − mⁿ leaves the
 * weighted average of the outcomes themselves (the bias correction of an exponential moving
 * average). So all kept on time reads 100% at any count, and each break pulls it down, the
 * recent ones the most. Worked out when shown, from the stored score and count: the stored
 * figures and their recomputation stay as they were, and old journals need no upgrade.
 * Null until STRENGTH_AFTER outcomes.
 */
export function strength(score: number, counted: number, m = RELIABILITY_M): number | null {
  if (counted < STRENGTH_AFTER) return null;
  return Math.min(1, score / (1 - m ** counted));
}
