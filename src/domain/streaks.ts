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
  let current = 0;
  let currentLate = 0;
  let best = 0;
  for (const r of resolutions) {
    if (r.status === 'kept') {
      current += 1;
      if (r.late) currentLate += 1;
      best = Math.max(best, current);
    } else if (r.status === 'broken') {
      current = 0;
      currentLate = 0;
    }
  }
  return { current, best, currentLate };
}

export interface Tally {
  kept: number;
  keptLate: number;
  broken: number;
  released: number;
  open: number;
}

/** Share of resolved promises that were kept; released ones are left out. Null when nothing counts yet. */
export function keepRate(t: Pick<Tally, 'kept' | 'broken'>): number | null {
  const counted = t.kept + t.broken;
  return counted === 0 ? null : t.kept / counted;
}
