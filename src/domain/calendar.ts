/**
 * Calendar arithmetic on day strings ("2026-11-27") and instants, by dayjs, in the system's time
 * zone. Pure: "now" is always a parameter. Days go in and out as YYYY-MM-DD text because that is
 * how the journal stores them and how they sort.
 */
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';

dayjs.extend(isoWeek);

export { dayjs };

/** The format of a calendar day, as stored. */
export const DAY = 'YYYY-MM-DD';

export interface Day {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, or null for "some time that day" */
  time: string | null;
}

/** The local start of a calendar day. */
export const dayOf = (date: string) => dayjs(date);

// Commands ask for today's date over and over with the same "now" (every isOverdue does): one
// remembered answer spares dayjs's formatter thousands of identical calls.
let lastInstant = NaN;
let lastMoment = ['', ''];

function moment(d: Date): string[] {
  const t = d.getTime();
  if (t !== lastInstant) {
    lastInstant = t;
    lastMoment = dayjs(d).format('YYYY-MM-DD HH:mm').split(' ');
  }
  return lastMoment;
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export const localDate = (d: Date): string => moment(d)[0]!;

/** The local time of an instant, as HH:mm. */
export const localTime = (d: Date): string => moment(d)[1]!;

export const addDays = (date: string, days: number): string => dayOf(date).add(days, 'day').format(DAY);

/** One month after 31 January is the end of February, not early March (dayjs clamps). */
export const addMonths = (date: string, months: number): string => dayOf(date).add(months, 'month').format(DAY);

/** 0 = Sunday … 6 = Saturday */
export const weekday = (date: string): number => dayOf(date).day();

/**
 * Whole calendar days from a to b (b later gives a positive number). dayjs takes the change of
 * offset into account; rounding, not flooring, absorbs the odd minutes of old local mean times.
 */
export const daysBetween = (a: string, b: string): number => Math.round(dayOf(b).diff(dayOf(a), 'day', true));

/** Monday of the ISO week holding this day. */
export const weekStart = (date: string): string => dayOf(date).startOf('isoWeek').format(DAY);

/** Sunday of the ISO week holding this day ("eow"). */
export const weekEnd = (date: string): string => dayOf(date).endOf('isoWeek').format(DAY);

export const monthEnd = (date: string): string => dayOf(date).endOf('month').format(DAY);

/** The instant a day (and optional time) stands for: the given time, or the very end of the day. */
export function instantOf(day: Day): Date {
  return (day.time === null ? dayOf(day.date).endOf('day') : dayjs(`${day.date}T${day.time}`)).toDate();
}

/** A real calendar day: dayjs, like Date, would roll 30 February over into March. */
export function isRealDate(y: number, m: number, d: number): boolean {
  const day = dayjs(new Date(y, m - 1, d));
  return day.year() === y && day.month() === m - 1 && day.date() === d;
}
