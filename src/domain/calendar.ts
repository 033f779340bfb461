/**
 * Calendar arithmetic on day strings ("2026-11-27") and instants, by dayjs, in the system's time
 * zone. Pure: "now" is always a parameter. Days go in and out as YYYY-MM-DD text because that is
 * how the journal stores them and how they sort.
 */
import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';

dayjs.extend(isoWeek);

export { dayjs };

/**
 * A calendar day as stored, YYYY-MM-DD, from dayjs's fields. Not dayjs's format(): that runs a
 * regular expression over the pattern on every call, some 10 µs each (half a millisecond the
 * first time) in a process that lives 30 ms, and the journal's days are built by the thousand.
 * format() is for what people read (src/ui/format.ts).
 */
export const dayString = (d: Dayjs): string => `${String(d.year()).padStart(4, '0')}-${pad(d.month() + 1)}-${pad(d.date())}`;

const pad = (n: number) => (n < 10 ? '0' : '') + n;

export interface Day {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, or null for "some time that day" */
  time: string | null;
}

/**
 * The local start of a calendar day. Each day is read once per run and kept (dayjs objects never
 * change): a dashboard at 100,000 promises asks how far a thousand check-ins are from today, and
 * reading "2026-11-21" again each time was most of its cost. A day's start depends on the time
 * zone, which tests change within one process: the kept days go when TZ does.
 */
export function dayOf(date: string): Dayjs {
  if (process.env.TZ !== daysReadIn) {
    readDays.clear();
    daysReadIn = process.env.TZ;
  }
  let day = readDays.get(date);
  if (day === undefined) readDays.set(date, (day = dayjs(date)));
  return day;
}
const readDays = new Map<string, Dayjs>();
let daysReadIn: string | undefined;

// "now" is asked about over and over (every isOverdue, every row of a list): the last instant's
// day and time are kept, sparing a date for each question.
// The offset is part of the key because tests move TZ within one process.
let lastInstant = NaN;
let lastOffset = NaN;
let lastMoment: [string, string] = ['', ''];

function moment(d: Date): [string, string] {
  if (d.getTime() !== lastInstant || d.getTimezoneOffset() !== lastOffset) {
    const at = dayjs(d);
    lastInstant = d.getTime();
    lastOffset = d.getTimezoneOffset();
    lastMoment = [dayString(at), `${pad(at.hour())}:${pad(at.minute())}`];
  }
  return lastMoment;
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export const localDate = (d: Date): string => moment(d)[0];

/** The local time of an instant, as HH:mm. */
export const localTime = (d: Date): string => moment(d)[1];

export const addDays = (date: string, days: number): string => dayString(dayOf(date).add(days, 'day'));

/** One month after 31 January is the end of February, not early March (dayjs clamps). */
export const addMonths = (date: string, months: number): string => dayString(dayOf(date).add(months, 'month'));

/** 0 = Sunday … 6 = Saturday */
export const weekday = (date: string): number => dayOf(date).day();

/**
 * Whole calendar days from a to b (b later gives a positive number). dayjs takes the change of
 * offset into account; rounding, not flooring, absorbs the odd minutes of old local mean times.
 */
export const daysBetween = (a: string, b: string): number => Math.round(dayOf(b).diff(dayOf(a), 'day', true));

/** Monday of the ISO week holding this day. */
export const weekStart = (date: string): string => dayString(dayOf(date).startOf('isoWeek'));

/** Sunday of the ISO week holding this day ("eow"). */
export const weekEnd = (date: string): string => dayString(dayOf(date).endOf('isoWeek'));

export const monthEnd = (date: string): string => dayString(dayOf(date).endOf('month'));

/** The instant a day (and optional time) stands for: the given time, or the very end of the day. */
export function instantOf(day: Day): Date {
  return (day.time === null ? dayOf(day.date).endOf('day') : dayjs(`${day.date}T${day.time}`)).toDate();
}

/** A real calendar day: dayjs, like Date, would roll 30 February over into March. */
export function isRealDate(y: number, m: number, d: number): boolean {
  const day = dayjs(new Date(y, m - 1, d));
  return day.year() === y && day.month() === m - 1 && day.date() === d;
}
