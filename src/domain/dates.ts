/**
 * Dates as people type them, read on top of dayjs (./calendar.ts does the arithmetic). Pure:
 * "now" is always a parameter.
 *
 * A due date is a calendar day with an optional time ("2026-11-27", "15:00"). It is stored that
 * way, not as an instant, so that "Friday" stays Friday whatever the clocks do; without a time it
 * means the end of that day.
 */
import { usageError } from '../errors.js';
import { t } from '../i18n/messages.js';
import { addDays, addMonths, dayjs, dayOf, dayString, type Day, instantOf, isRealDate, localDate, localTime, monthEnd, weekday, weekEnd, weekStart } from './calendar.js';
import { fromJapanese } from './dates-ja.js';

export { addDays, addMonths, daysBetween, instantOf, localDate, localTime, monthEnd, weekday, weekEnd, weekStart, type Day } from './calendar.js';

/** Due dates lean to the future ("fri" is the coming Friday); dates of things that happened lean to the past. */
export type Lean = 'future' | 'past';

/** What "tonight" means when no time is given (for a due date given later than that: the end of today). */
export const TONIGHT = '20:00';

/** The date forms trust reads, for help and errors, in the language in use. */
export const dateForms = () => t().dateInput.forms();
export const pastDateForms = () => t().dateInput.pastForms();

const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0,
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
};

const MONTHS: Record<string, number> = {};
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach((name, i) => {
  MONTHS[name] = MONTHS[name.slice(0, 3)] = i + 1;
});
MONTHS.sept = 9;

const pad = (n: number) => String(n).padStart(2, '0');

const TIME_RE = /^(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?|(\d{1,2})\s*(am|pm)|(noon|midnight))$/;

function parseTime(text: string): string | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  if (m[7]) return m[7] === 'noon' ? '12:00' : '00:00';
  let hours = Number(m[1] ?? m[5]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  // Seconds are read and let go: a due time is to the minute.
  if (m[3] !== undefined && Number(m[3]) > 59) return null;
  const meridiem = m[4] ?? m[6];
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

const UNITS: Record<string, 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute'> = {
  d: 'day', day: 'day', days: 'day',
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week',
  m: 'month', mo: 'month', month: 'month', months: 'month',
  y: 'year', yr: 'year', yrs: 'year', year: 'year', years: 'year',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
};

const AMOUNT = '(\\d{1,4}|an?|one)';
const FORWARD = new RegExp(`^(?:in\\s+${AMOUNT}\\s*([a-z]+)|\\+(\\d{1,4})\\s*([a-z]+))$`);
const BACK = new RegExp(`^(?:${AMOUNT}\\s*([a-z]+)\\s+ago|-(\\d{1,4})\\s*([a-z]+))$`);

/** "in 3 days", "a week ago", "+2h": a day, or a day and time when the unit is hours or minutes. */
function shift(now: Date, amount: string, unitWord: string, sign: 1 | -1): Day | null {
  const unit = UNITS[unitWord];
  if (unit === undefined) return null;
  const n = sign * (/^\d/.test(amount) ? Number(amount) : 1);
  if (unit === 'hour' || unit === 'minute') {
    const at = dayjs(now).add(n, unit).toDate();
    return { date: localDate(at), time: localTime(at) };
  }
  return { date: dayString(dayOf(localDate(now)).add(n, unit)), time: null };
}

/** The weekday `target` in the ISO week `weeks` away from today's (Monday first). */
const weekdayOfWeek = (today: string, weeks: number, target: number) => addDays(weekStart(today), weeks * 7 + ((target + 6) % 7));

const PRINTED = /^(?:([a-z]+) )?(?:(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)|([a-z]+) (\d{1,2})(?:st|nd|rd|th)?)(?: (\d{4}))?$/;

/**
 * A day as trust prints it, or as people write one: "Fri 27 Nov", "27 Nov", "dec 1", "Dec 1 2026".
 * Without a year it is the next such day for a due date, the last one for --at. A weekday, when
 * given, must agree; when only this year's day agrees, that is the one meant: trust prints this
 * year's days without a year, so "Fri 27 Nov" read in December is the past Friday, not next
 * year's Saturday.
 */
function printedDay(text: string, today: string, lean: Lean): string | null {
  const m = PRINTED.exec(text);
  if (!m) return null;
  const named = m[1] === undefined ? undefined : WEEKDAYS[m[1]];
  if (m[1] !== undefined && named === undefined) return null;
  const month = MONTHS[(m[3] ?? m[4])!];
  const day = Number(m[2] ?? m[5]);
  if (month === undefined) return null;
  const fits = (date: string | null) => date !== null && (named === undefined || weekday(date) === named);
  const on = (y: number) => (isRealDate(y, month, day) ? `${y}-${pad(month)}-${pad(day)}` : null);
  if (m[6] !== undefined) {
    const date = on(Number(m[6]));
    return fits(date) ? date : null;
  }
  const year = Number(today.slice(0, 4));
  // 29 February comes round within eight years.
  const nearest = (step: 1 | -1) => {
    for (let i = 0; i <= 8; i++) {
      const date = on(year + step * i);
      if (date !== null && (step === 1 ? date >= today : date <= today)) return date;
    }
    return null;
  };
  const leaning = nearest(lean === 'future' ? 1 : -1);
  if (fits(leaning)) return leaning;
  const thisYears = on(year);
  return fits(thisYears) ? thisYears : null;
}

/** The day part alone: "fri", "in 3 days", "2026-12-01" … with the time it implies, if any. */
function parseDayWord(word: string, now: Date, lean: Lean): Day | null {
  const today = localDate(now);
  const day = (date: string | null): Day | null => (date === null ? null : { date, time: null });
  switch (word) {
    case '':
    case 'today':
    case 'now':
      return day(today);
    case 'tonight':
      // Said at 21:00, a promise for tonight is still for tonight: the rest of the day.
      return { date: today, time: lean === 'future' && localTime(now) >= TONIGHT ? null : TONIGHT };
    case 'tomorrow':
    case 'tmrw':
    case 'tom':
      return day(addDays(today, 1));
    case 'yesterday':
      return day(addDays(today, -1));
    case 'eow':
      return day(weekEnd(today));
    case 'eom':
      return day(monthEnd(today));
    case 'next week':
      return day(addDays(weekEnd(today), 7));
    case 'last week':
      return day(addDays(weekStart(today), -7));
    case 'next month':
      return day(monthEnd(addMonths(today, 1)));
    case 'last month':
      return day(dayString(dayOf(today).subtract(1, 'month').startOf('month')));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
  if (iso) return day(isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? word : null);
  const named = /^(?:(this|next|last) )?([a-z]+)$/.exec(word);
  const target = named ? WEEKDAYS[named[2]!] : undefined;
  if (named && target !== undefined) {
    // "next fri" is the Friday of next week, never this one; "last fri" the Friday of last week.
    if (named[1] === 'next') return day(weekdayOfWeek(today, 1, target));
    if (named[1] === 'last') return day(weekdayOfWeek(today, -1, target));
    // A weekday name never means today: "fri" said on a Friday is next week's (or last week's).
    const current = weekday(today);
    if (lean === 'future') return day(addDays(today, (target - current + 7) % 7 || 7));
    return day(addDays(today, -((current - target + 7) % 7 || 7)));
  }
  const forward = FORWARD.exec(word);
  if (forward) return shift(now, (forward[1] ?? forward[3])!, (forward[2] ?? forward[4])!, 1);
  const back = BACK.exec(word);
  if (back) return shift(now, (back[1] ?? back[3])!, (back[2] ?? back[4])!, -1);
  return day(printedDay(word, today, lean));
}

/**
 * Reads a date the way people type it, in English or in Japanese, and every way trust prints one.
 * Returns null when the text is not a date we understand; see dateForms() for what is.
 */
export function parseDay(input: string, now: Date, lean: Lean): Day | null {
  const day = parseEnglish(input, now, lean);
  if (day !== null) return day;
  // Only what English did not read is tried as Japanese, so English forms cost nothing more.
  const english = fromJapanese(input, localDate(now), lean);
  return english === null ? null : parseEnglish(english, now, lean);
}

function parseEnglish(input: string, now: Date, lean: Lean): Day | null {
  const text = input.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;

  // ISO's way of writing a date with a time ("2026-12-01T14:30:00", "…Z", "…+09:00"): a moment,
  // shown back in local time.
  const isoWithTime = /^(\d{4}-\d{2}-\d{2})t(.+)$/.exec(text);
  if (isoWithTime) {
    const at = parseIsoMoment(text.toUpperCase());
    if (at !== null) return within9999({ date: localDate(at), time: localTime(at) });
  }
  const candidates: Array<[string, string | null]> = isoWithTime ? [[isoWithTime[1]!, isoWithTime[2]!]] : [[text, null]];
  // Otherwise try the last one or two words as a time: "fri 5pm", "tomorrow at 9:30 am", "17:00".
  const words = text.split(' ');
  for (const n of [1, 2]) {
    if (words.length >= n) candidates.push([words.slice(0, -n).join(' ').replace(/(?:^| )at$/, ''), words.slice(-n).join(' ')]);
  }
  for (const [dayWord, timeWord] of candidates) {
    const time = timeWord === null ? null : parseTime(timeWord);
    if (timeWord !== null && time === null) continue;
    if (dayWord === '' && time === null) continue;
    const day = parseDayWord(dayWord, now, lean);
    if (day !== null) return within9999(time === null ? day : { date: day.date, time });
  }
  return null;
}

// Past 9999 a date has five digits of year and no longer sorts as text: none is that far.
const within9999 = (day: Day): Day | null => (day.date.length === 10 ? day : null);

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 moment ("2026-11-21", "2026-11-21T09:30", "2026-11-21T09:30:00.000Z",
 * "2026-11-21T09:30+09:00"), or null for anything else. Without a zone it is local time (a bare
 * day is its start). Stricter than Date's parser (and dayjs's), which take "0", "-1", "Sat Nov 21
 * 2026" and roll 30 February over into March.
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
  throw usageError(t().dateInput.notADate({ input, what }), t().dateInput.tryForms({ forms: lean === 'future' ? dateForms() : pastDateForms() }));
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
    throw usageError(t().dateInput.inFuture({ what, input }), t().dateInput.inFutureHint());
  }
  return { at, wholeDay: day.time === null && day.date !== localDate(now) ? day.date : null };
}

export function parseHappened(input: string, now: Date, what: string): Date {
  return parseHappenedWhen(input, now, what).at;
}

/** "20261121-0930": a name that sorts by time and never holds a colon. */
export const stamp = (now: Date) => `${localDate(now).replace(/-/g, '')}-${localTime(now).replace(':', '')}${String(now.getSeconds()).padStart(2, '0')}`;
