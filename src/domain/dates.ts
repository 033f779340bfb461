/**
 * Calendar arithmetic in the system's time zone. Pure: "now" is always a parameter.
 *
 * A due date is a calendar day with an optional time ("2026-11-27", "15:00"). It is stored that
 * way, not as an instant, so that "Friday" stays Friday whatever the clocks do; without a time it
 * means the end of that day.
 */
import { usageError } from '../errors.js';

export interface Day {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, or null for "some time that day" */
  time: string | null;
}

/** Due dates lean to the future ("fri" is the coming Friday); dates of things that happened lean to the past. */
export type Lean = 'future' | 'past';

export const DATE_FORMS =
  'today, tomorrow, a weekday (fri), next week, in 3 days, +3d, eow (end of Sunday), eom (end of the month) or 2026-12-01, with an optional time (17:00, 5pm)';
export const PAST_DATE_FORMS =
  'today, yesterday, a weekday (mon), 3 days ago, -3d or 2026-11-20, with an optional time (17:00, 5pm)';

const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0,
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localTime(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Calendar arithmetic on day strings runs in UTC: a calendar has no time zone, and UTC dates
 * are several times faster than local ones (a review walks ten years of weeks).
 */
function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const utcDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return utcDate(d);
}

export function addMonths(date: string, months: number): string {
  const d = utc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // Clamp: one month after 31 January is the end of February, not early March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return utcDate(d);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  return utc(date).getUTCDay();
}

/** Whole calendar days from a to b (b later gives a positive number), immune to DST. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/** Monday of the ISO week holding this day. */
export function weekStart(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Sunday of the ISO week holding this day ("eow"). */
export function weekEnd(date: string): string {
  return addDays(weekStart(date), 6);
}

export function monthEnd(date: string): string {
  const d = utc(date);
  return utcDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** The instant a day (and optional time) stands for: the given time, or the very end of the day. */
export function instantOf(day: Day): Date {
  const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
  if (day.time === null) return new Date(y, m - 1, d, 23, 59, 59, 999);
  const [hh, mm] = day.time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm);
}

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const TIME_RE = /^(?:(\d{1,2}):(\d{2})\s*(am|pm)?|(\d{1,2})\s*(am|pm)|(noon|midnight))$/;

function parseTime(text: string): string | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  if (m[6]) return m[6] === 'noon' ? '12:00' : '00:00';
  let hours = Number(m[1] ?? m[4]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const meridiem = m[3] ?? m[5];
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

const UNIT_DAYS: Record<string, number> = { d: 1, day: 1, days: 1, w: 7, week: 7, weeks: 7 };
const MONTH_UNITS = new Set(['m', 'month', 'months']);

function shift(today: string, amount: number, unit: string): string | null {
  if (MONTH_UNITS.has(unit)) return addMonths(today, amount);
  const perUnit = UNIT_DAYS[unit];
  return perUnit === undefined ? null : addDays(today, amount * perUnit);
}

/** The day part alone: "fri", "in 3 days", "2026-12-01" … */
function parseDayWord(word: string, today: string, lean: Lean): string | null {
  switch (word) {
    case '':
    case 'today':
    case 'now':
      return today;
    case 'tomorrow':
    case 'tmrw':
    case 'tom':
      return addDays(today, 1);
    case 'yesterday':
      return addDays(today, -1);
    case 'eow':
      return weekEnd(today);
    case 'eom':
      return monthEnd(today);
    case 'next week':
      return addDays(weekEnd(today), 7);
    case 'last week':
      return addDays(weekStart(today), -7);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isRealDate(y, m, d) ? word : null;
  }
  const target = WEEKDAYS[word.replace(/^this /, '')];
  if (target !== undefined) {
    // A weekday name never means today: "fri" said on a Friday is next week's (or last week's).
    const current = weekday(today);
    if (lean === 'future') return addDays(today, (target - current + 7) % 7 || 7);
    return addDays(today, -((current - target + 7) % 7 || 7));
  }
  const forward = /^(?:in\s+(\d{1,4})\s*([a-z]+)|\+(\d{1,4})\s*([a-z]+))$/.exec(word);
  if (forward) return shift(today, Number(forward[1] ?? forward[3]), (forward[2] ?? forward[4])!);
  const back = /^(?:(\d{1,4})\s*([a-z]+)\s+ago|-(\d{1,4})\s*([a-z]+))$/.exec(word);
  if (back) return shift(today, -Number(back[1] ?? back[3]), (back[2] ?? back[4])!);
  return null;
}

/**
 * Reads a date the way people type it. Returns null when the text is not a date we understand;
 * see DATE_FORMS for what is.
 */
export function parseDay(input: string, now: Date, lean: Lean): Day | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return null;
  const today = localDate(now);

  // "2026-12-01T14:30" is ISO's way of writing a date with a time.
  const isoWithTime = /^(\d{4}-\d{2}-\d{2})t(.+)$/.exec(text);
  const candidates: Array<[string, string | null]> = isoWithTime
    ? [[isoWithTime[1]!, isoWithTime[2]!]]
    : [[text, null]];
  // Otherwise try the last one or two words as a time: "fri 5pm", "tomorrow 9:30 am", "17:00".
  const words = text.split(' ');
  for (const n of [1, 2]) {
    if (words.length >= n) candidates.push([words.slice(0, -n).join(' '), words.slice(-n).join(' ')]);
  }
  for (const [dayWord, timeWord] of candidates) {
    const time = timeWord === null ? null : parseTime(timeWord);
    if (timeWord !== null && time === null) continue;
    if (dayWord === '' && time === null) continue;
    const date = parseDayWord(dayWord, today, lean);
    // Past 9999 a date has five digits of year and no longer sorts as text: none is that far.
    if (date !== null) return date.length === 10 ? { date, time } : null;
  }
  return null;
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 moment ("2026-11-21", "2026-11-21T09:30", "2026-11-21T09:30:00.000Z",
 * "2026-11-21T09:30+09:00"), or null for anything else. Without a zone it is local time (a bare
 * day is its start). Stricter than Date's parser, which takes "0", "-1", "Sat Nov 21 2026" and
 * rolls 30 February over into March.
 */
export function parseIsoMoment(text: string): Date | null {
  const m = ISO_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  if (!isRealDate(y!, mo!, d!) || h > 23 || mi > 59 || s > 59) return null;
  const zone = m[8];
  if (zone === undefined) return new Date(y!, mo! - 1, d!, h, mi, s, ms);
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return new Date(Date.UTC(y!, mo! - 1, d!, h, mi, s, ms) - offset * 60_000);
}

/** parseDay for user input: a clear usage error naming the forms that work. */
export function parseDayOrThrow(input: string, now: Date, lean: Lean, what: string): Day {
  const day = parseDay(input, now, lean);
  if (day) return day;
  throw usageError(
    `"${input}" is not a date trust understands for ${what}.`,
    `Try ${lean === 'future' ? DATE_FORMS : PAST_DATE_FORMS}.`,
  );
}

/** When something happened ("--at"): a day without a time is the end of that day, or now if that is today. */
export function happenedAt(day: Day, now: Date): Date {
  if (day.time === null && day.date === localDate(now)) return now;
  return instantOf(day);
}

/**
 * When something happened, as typed: the moment it stands for, and, for a past day given without
 * a time ("thu"), that day: it only says "some time that day", so whatever depends on the hour
 * (was it late?) is judged by the day.
 */
export interface Happened {
  at: Date;
  wholeDay: string | null;
}

/** A moment something happened, as typed: it leans to the past and may not lie in the future. */
export function parseHappenedWhen(input: string, now: Date, what: string): Happened {
  const day = parseDayOrThrow(input, now, 'past', what);
  const at = happenedAt(day, now);
  if (day.date > localDate(now) || at.getTime() > now.getTime()) {
    throw usageError(`${what} ${input} is in the future.`, 'Give the moment it happened, for example "yesterday" or "today 9:00".');
  }
  return { at, wholeDay: day.time === null && day.date !== localDate(now) ? day.date : null };
}

export function parseHappened(input: string, now: Date, what: string): Date {
  return parseHappenedWhen(input, now, what).at;
}
