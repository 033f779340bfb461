/**
 * Calibration: how the dates the user promises compare with the days they delivered, from their
 * own history, so that a new promise can be given a date they are likely to meet (the planning
 * fallacy: an estimate tied to one's own record loses its optimism). Pure: "now" is a parameter.
 *
 * What counts: promises KEPT that had a due date. A broken promise was never delivered, so it
 * has no "days late" (the keep rate already counts it); a released one was let off, not kept; a
 * promise without a due date promised no day. Deleted promises never count.
 *
 * On time: kept by the due moment, as everywhere in trust (the `late` stored with a keep). Days
 * late: whole calendar days from the due date to the local day kept, at least 1 for a late keep
 * (a keep past its due hour on the due day is a day late: the dates suggested are whole days).
 *
 * Percentiles are nearest-rank: the p-th percentile of n values sorted ascending is the value
 * at rank ⌈p/100 × n⌉ (1-based). The median is the 50th: of 4 values, the 2nd. Always one of the
 * values, and easy to check by hand.
 *
 * The reference set is recent: with a person, the last PERSON_WINDOW promises kept to them that
 * had a due date; overall, the last OVERALL_WINDOW. A figure is used only from MIN_KEEPS keeps
 * on; with less history with a person, the overall figure stands in; with less overall, nothing
 * is said.
 *
 * The change: the share on time among keeps in the last TREND_WEEKS ISO weeks (this week and
 * the 11 before, by the week each resolution was stored in) against the TREND_WEEKS weeks
 * before those, shown once each holds MIN_KEEPS keeps. Promises logged with an if-then cue
 * (--when) are compared with those without over the whole journal, once each side holds
 * CUE_MIN_KEEPS keeps.
 */
import type { Day } from './dates.js';
import { nextWeekKey, shiftWeek, weekOfInstant } from './weeks.js';

export const PERSON_WINDOW = 20;
export const OVERALL_WINDOW = 50;
export const MIN_KEEPS = 5;
export const TREND_WEEKS = 12;
export const CUE_MIN_KEEPS = 10;

const DAY_MS = 86_400_000;

/** A promise kept with a due date, as calibration reads it. */
export interface Keep {
  /** The due date, YYYY-MM-DD. */
  due: string;
  keptAt: Date;
  /** Kept after its due moment. */
  late: boolean;
}

export interface Calibration {
  /** Keeps in the reference set. */
  keeps: number;
  onTime: number;
  onTimeRate: number | null;
  /** Over every keep of the set, an on-time keep counting 0: what a suggested date adds. */
  medianDaysLate: number;
  /** Among the late keeps only; null when none was late. */
  lateMedianDays: number | null;
  late80Days: number | null;
}

export interface Period {
  keeps: number;
  onTime: number;
  onTimeRate: number | null;
}

/** Days since 1970-01-01 of a calendar day, so that two days subtract without time zones. */
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;

/** 0 for a keep on time; else whole calendar days from the due date to the local day kept, at least 1. */
export function daysLate(k: Keep): number {
  if (!k.late) return 0;
  const dueDay = dayNumber(Number(k.due.slice(0, 4)), Number(k.due.slice(5, 7)), Number(k.due.slice(8, 10)));
  const keptDay = dayNumber(k.keptAt.getFullYear(), k.keptAt.getMonth() + 1, k.keptAt.getDate());
  return Math.max(1, keptDay - dueDay);
}

/** Nearest-rank percentile of values sorted ascending; null for none. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The figures of one reference set. */
export function calibrate(keeps: readonly Keep[]): Calibration {
  const days = keeps.map(daysLate).sort((a, b) => a - b);
  const late = days.filter((d) => d > 0);
  const onTime = days.length - late.length;
  return {
    keeps: days.length,
    onTime,
    onTimeRate: rate(onTime, days.length),
    medianDaysLate: nearestRank(days, 50) ?? 0,
    lateMedianDays: nearestRank(late, 50),
    late80Days: nearestRank(late, 80),
  };
}

export const enough = (c: { keeps: number } | null): boolean => c !== null && c.keeps >= MIN_KEEPS;

/** Keeps with a due date in one ISO week (or any span): how many, how many late, and of those with a cue. */
export interface KeepTally {
  keeps: number;
  late: number;
  cued: number;
  cuedLate: number;
}

export const emptyTally = (): KeepTally => ({ keeps: 0, late: 0, cued: 0, cuedLate: 0 });

/** Counts one keep with a due date into a tally. */
export function countKeep(t: KeepTally, late: boolean, cued: boolean): void {
  t.keeps++;
  if (late) t.late++;
  if (cued) t.cued++;
  if (cued && late) t.cuedLate++;
}

const period = (keeps: number, late: number): Period => ({ keeps, onTime: keeps - late, onTimeRate: rate(keeps - late, keeps) });

export interface Trend {
  last12Weeks: Period;
  previous12Weeks: Period;
}

/** The ISO weeks the change is read over, oldest first: the previous TREND_WEEKS, then the last. */
export function trendWeeks(now: Date): string[] {
  // One date computed, the rest counted on by key: a cold start pays for dayjs once, not 24 times.
  const keys = [shiftWeek(weekOfInstant(now), 1 - 2 * TREND_WEEKS).key];
  while (keys.length < 2 * TREND_WEEKS) keys.push(nextWeekKey(keys[keys.length - 1]!));
  return keys;
}

/** On time in the last TREND_WEEKS weeks (this one included) against the TREND_WEEKS before. */
export function trend(byWeek: ReadonlyMap<string, KeepTally>, now: Date): Trend {
  const weeks = trendWeeks(now);
  const sum = (keys: string[]) => {
    const t = emptyTally();
    for (const key of keys) {
      const w = byWeek.get(key);
      if (w) (t.keeps += w.keeps), (t.late += w.late);
    }
    return period(t.keeps, t.late);
  };
  return { previous12Weeks: sum(weeks.slice(0, TREND_WEEKS)), last12Weeks: sum(weeks.slice(TREND_WEEKS)) };
}

export const trendShown = (t: Trend): boolean => enough(t.last12Weeks) && enough(t.previous12Weeks);

export interface CueComparison {
  withCue: Period;
  withoutCue: Period;
}

/** Do promises logged with an if-then cue slip less? From the tally of every keep with a due date. */
export function cueComparison(all: KeepTally): CueComparison {
  return { withCue: period(all.cued, all.cuedLate), withoutCue: period(all.keeps - all.cued, all.late - all.cuedLate) };
}

export const cueShown = (c: CueComparison): boolean => c.withCue.keeps >= CUE_MIN_KEEPS && c.withoutCue.keeps >= CUE_MIN_KEEPS;

export interface Suggestion {
  /** Whose history it comes from: the person's own, or everyone's when theirs is too short. */
  from: 'person' | 'overall';
  figure: Calibration;
  due: Day;
}

/**
 * A later due date when the user usually delivers later than they promise: the date typed, moved
 * by the median days late (the time of day kept). Null when the history is too short or the
 * median keep is on time.
 */
export function suggestDue(due: Day, person: Calibration | null, overall: Calibration | null): Suggestion | null {
  const [from, figure] = enough(person) ? (['person', person!] as const) : enough(overall) ? (['overall', overall!] as const) : [null, null];
  if (from === null || figure.medianDaysLate === 0) return null;
  const [y, m, d] = due.date.split('-').map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(y, m - 1, d + figure.medianDaysLate));
  return { from, figure, due: { date: moved.toISOString().slice(0, 10), time: due.time } };
}
