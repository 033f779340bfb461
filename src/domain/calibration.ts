/**
 * Calibration: how the dates the user promises compare with the days they delivered, from their
 * own history, so that a new promise can be given a date they are likely to meet (the planning
 * fallacy: an estimate tied to one's own record loses its optimism). Pure: "now" is a parameter.
 *
 * What counts: promises KEPT that had a due date. A broken promise was never delivered, so it
 * has no "days late" (the keep rate already counts it); a released one was let off, not kept; a
 * promise without a due date promised no day. Deleted promises never count.
 *
 * Days late: whole calendar days from the due date to the local day it was kept, never below 0.
 * A promise kept on or before its due day is ON TIME here, even after a due hour that day: the
 * dates suggested are whole days, and an hour is not what a person re-plans around. (The keep
 * streak, which flags a keep "late" past its due minute, is stricter on purpose.)
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
 * The change: the share on time among keeps made in the last TREND_WEEKS weeks (84 days back
 * from now) against the TREND_WEEKS weeks before that, shown once each holds MIN_KEEPS keeps.
 * The same two periods together compare promises logged with an if-then cue (--when) with those
 * without, once each side holds MIN_KEEPS keeps.
 */
import type { Day } from './dates.js';

export const PERSON_WINDOW = 20;
export const OVERALL_WINDOW = 50;
export const MIN_KEEPS = 5;
export const TREND_WEEKS = 12;

const DAY_MS = 86_400_000;

/** A promise kept with a due date, as calibration reads it. */
export interface Keep {
  /** The due date, YYYY-MM-DD. */
  due: string;
  keptAt: Date;
  /** Logged with an if-then cue. */
  cue: boolean;
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

/** Whole calendar days from the due date to the local day kept; 0 when kept on or before it. */
export function daysLate(due: string, keptAt: Date): number {
  const dueDay = dayNumber(Number(due.slice(0, 4)), Number(due.slice(5, 7)), Number(due.slice(8, 10)));
  const keptDay = dayNumber(keptAt.getFullYear(), keptAt.getMonth() + 1, keptAt.getDate());
  return Math.max(0, keptDay - dueDay);
}

/** Nearest-rank percentile of values sorted ascending; null for none. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The figures of one reference set. */
export function calibrate(keeps: readonly Keep[]): Calibration {
  const days = keeps.map((k) => daysLate(k.due, k.keptAt)).sort((a, b) => a - b);
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

function period(keeps: readonly Keep[]): Period {
  const onTime = keeps.filter((k) => daysLate(k.due, k.keptAt) === 0).length;
  return { keeps: keeps.length, onTime, onTimeRate: rate(onTime, keeps.length) };
}

/** The instant the last TREND_WEEKS weeks begin at, and the one the TREND_WEEKS before begin at. */
export function trendStarts(now: Date): { recent: Date; before: Date } {
  const span = TREND_WEEKS * 7 * DAY_MS;
  return { recent: new Date(now.getTime() - span), before: new Date(now.getTime() - 2 * span) };
}

export interface Trend {
  last12Weeks: Period;
  previous12Weeks: Period;
}

/** On time in the last TREND_WEEKS weeks against the TREND_WEEKS before; later keeps are left out. */
export function trend(keeps: readonly Keep[], now: Date): Trend {
  const { recent, before } = trendStarts(now);
  const at = (k: Keep) => k.keptAt.getTime();
  return {
    last12Weeks: period(keeps.filter((k) => at(k) >= recent.getTime() && at(k) <= now.getTime())),
    previous12Weeks: period(keeps.filter((k) => at(k) >= before.getTime() && at(k) < recent.getTime())),
  };
}

export const trendShown = (t: Trend): boolean => enough(t.last12Weeks) && enough(t.previous12Weeks);

export interface CueComparison {
  withCue: Period;
  withoutCue: Period;
}

/** Do promises logged with an if-then cue slip less? The keeps given, split by cue. */
export function cueComparison(keeps: readonly Keep[]): CueComparison {
  return { withCue: period(keeps.filter((k) => k.cue)), withoutCue: period(keeps.filter((k) => !k.cue)) };
}

export const cueShown = (c: CueComparison): boolean => enough(c.withCue) && enough(c.withoutCue);

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
