/**
 * ISO weeks (Monday to Sunday) in the system's time zone, named like "2026-W47", by dayjs's isoWeek.
 */
import { usageError } from '../errors.js';
import { t } from '../i18n/messages.js';
import type { Dayjs } from 'dayjs';
import { addDays, dayOf, dayString, localDate } from './calendar.js';
import { parseDay } from './dates.js';

export interface Week {
  /** "2026-W47" */
  key: string;
  /** Monday, YYYY-MM-DD */
  start: string;
  /** Sunday, YYYY-MM-DD */
  end: string;
}

// Weeks already met, by day asked about and by Monday: a review folds thousands of resolutions
// into weeks, there are only a few thousand distinct days in ten years of journal, and dayjs's
// isoWeek builds several dates for each answer.
const known = new Map<string, Week>();
const byStart = new Map<string, Week>();

function remember(week: Week): Week {
  byStart.set(week.start, week);
  return week;
}

/** The ISO week holding a calendar day. Its year is the year of its Thursday. */
export function weekOf(date: string): Week {
  let week = known.get(date);
  if (!week) {
    const start = dayOf(date).startOf('isoWeek');
    week = byStart.get(dayString(start)) ?? remember(computeWeek(start));
    known.set(date, week);
  }
  return week;
}

function computeWeek(start: Dayjs): Week {
  return { key: `${start.isoWeekYear()}-W${pad(start.isoWeek())}`, start: dayString(start), end: dayString(start.add(6, 'day')) };
}

const pad = (n: number) => String(n).padStart(2, '0');

export const weekOfInstant = (at: Date) => weekOf(localDate(at));

/**
 * The week `weeks` after (or before) a week. Its key is counted on from the week's own, using
 * only the length of each year crossed: the review steps through a dozen weeks each time.
 */
export function shiftWeek(week: Week, weeks: number): Week {
  if (weeks === 0) return week;
  const start = addDays(week.start, weeks * 7);
  const found = byStart.get(start);
  if (found) return found;
  let year = Number(week.key.slice(0, 4));
  let number = Number(week.key.slice(6)) + weeks;
  while (number > isoWeeksInYear(year)) number -= isoWeeksInYear(year++);
  while (number < 1) number += isoWeeksInYear(--year);
  return remember({ key: `${year}-W${pad(number)}`, start, end: addDays(start, 6) });
}

/** The Monday of an ISO week key, or null if there is no such week. */
export function weekFromKey(key: string): Week | null {
  const m = /^(\d{4})-W(\d{2})$/i.exec(key.trim());
  if (!m) return null;
  const [year, number] = [Number(m[1]), Number(m[2])];
  if (number < 1 || number > isoWeeksInYear(year)) return null;
  // 4 January is always in week 1.
  return shiftWeek(weekOf(`${year}-01-04`), number - 1);
}

/** What --week accepts: this, last, an ISO week (2026-W46) or any date inside the week. */
export function parseWeek(input: string | undefined, now: Date): Week {
  const text = (input ?? 'this').trim().toLowerCase();
  const current = weekOf(localDate(now));
  if (text === 'this' || text === 'current') return current;
  if (text === 'last' || text === 'previous') return shiftWeek(current, -1);
  const byKey = weekFromKey(text.toUpperCase());
  if (byKey) return byKey;
  const day = parseDay(text, now, 'past');
  if (day) return weekOf(day.date);
  throw usageError(t().review.notAWeek({ input: input ?? '' }), t().review.notAWeekHint());
}

/**
 * A week to review must have begun: a review of a week to come would save figures of nothing
 * and answers about days not lived yet.
 */
export function checkWeekBegun(week: Week, now: Date): void {
  const current = weekOf(localDate(now));
  if (week.start > current.start) {
    throw usageError(t().review.notBegun({ week: week.key, start: week.start }), t().review.notBegunHint({ current: current.key }));
  }
}

const weeksInYear = new Map<number, number>();

/**
 * 52 or 53: a year has 53 ISO weeks when it begins or ends on a Thursday. (Asking isoWeek of 28
 * December gives the same answer, but builds a dozen dates: streaks ask this of every year.)
 */
export function isoWeeksInYear(year: number): number {
  let weeks = weeksInYear.get(year);
  if (weeks === undefined) {
    weeks = dayOf(`${year}-01-01`).day() === 4 || dayOf(`${year}-12-31`).day() === 4 ? 53 : 52;
    weeksInYear.set(year, weeks);
  }
  return weeks;
}

/** The key of the week after a week key: string arithmetic, cheap enough to walk ten years of weeks. */
export function nextWeekKey(key: string): string {
  const year = Number(key.slice(0, 4));
  const number = Number(key.slice(6));
  // Every year has at least 52 weeks: only the last ones need the year's length.
  return number < 52 || number < isoWeeksInYear(year) ? `${year}-W${pad(number + 1)}` : `${year + 1}-W01`;
}

/** The n weeks ending with `last`, oldest first. */
export function weeksEnding(last: Week, n: number): Week[] {
  return Array.from({ length: n }, (_, i) => shiftWeek(last, i - n + 1));
}
