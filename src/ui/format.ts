/**
 * How dates and promises read on screen: relative first ("in 2 days", "3 days overdue"),
 * with the absolute date beside it.
 */
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime.js';
// A few hundred bytes, registered with dayjs but used only when trust speaks Japanese.
import 'dayjs/locale/ja.js';
import { currentLanguage, t } from '../i18n/messages.js';
import { type Day, daysBetween, localDate } from '../domain/dates.js';
import { isOverdue, type PromiseRecord } from '../domain/promise.js';
import type { Paint } from './colour.js';

// Counted in calendar days up to 13, weeks up to 8, months up to 11, then years: "in 6 days",
// "3 weeks ago", "5 months overdue", "4 years ago". Every step is measured from the one count of
// calendar days (dayjs's difference, which minds the change of offset): its difference in calendar
// months builds some twenty dates a call, a tenth of a millisecond in a fresh process, and a list
// of promises years overdue asks for dozens. An average month and year are as good at this grain.
const DAYS_PER_MONTH = 30.44;
const DAYS_PER_YEAR = 365.25;
dayjs.extend(relativeTime, {
  thresholds: [
    { l: 'd', r: 1, d: 'day' },
    { l: 'dd', r: 13 },
    { l: 'ww', r: 59 },
    { l: 'MM', r: 350 }, // rounds to 11 months at most
    { l: 'y', r: 547 }, // up to a year and a half
    { l: 'yy' },
  ],
});
const inUnits = (unit: string, days: number) => (n: number) => `${Math.round(n / days)}${unit}`;
Object.assign(dayjs.Ls.en!.relativeTime ?? {}, {
  d: '1 day',
  ww: inUnits(' weeks', 7),
  MM: inUnits(' months', DAYS_PER_MONTH),
  y: 'a year',
  yy: inUnits(' years', DAYS_PER_YEAR),
});
Object.assign(dayjs.Ls.ja!.relativeTime ?? {}, {
  ww: inUnits('週間', 7),
  MM: inUnits('ヶ月', DAYS_PER_MONTH),
  yy: inUnits('年', DAYS_PER_YEAR),
});

/** A calendar day or instant in dayjs, speaking the language in use. */
const local = (date: string | Date) => dayjs(date).locale(currentLanguage());

/** How far one calendar day is from another, without "in" or "ago": "6 days", "2 weeks", "4 years". */
const distance = (from: string, to: string) => local(to).from(dayjs(from), true);

const pad = (n: number) => (n < 10 ? '0' : '') + n;

/**
 * Days already written out in this run, by language: a list shows the same few days again and
 * again, and dayjs's format() runs a regular expression over the pattern on every call.
 */
const writtenDays = new Map<string, string>();

/** A day as the catalogue's pattern writes it ("Fri 27 Nov", 11月27日(金)), with the year when asked. */
function shortDate(date: string | Date, withYear: boolean): string {
  const m = t().dates;
  return local(date).format(withYear ? m.dayWithYear() : m.day());
}

/** "Fri 27 Nov" (11月27日(金)), with the year when it is not this year's, and the time when there is one. */
export function formatDay(day: Day, now: Date): string {
  const sameYear = day.date.slice(0, 4) === localDate(now).slice(0, 4);
  const key = `${currentLanguage()} ${day.date}${sameYear ? '' : ' Y'}`;
  let text = writtenDays.get(key);
  if (text === undefined) writtenDays.set(key, (text = shortDate(day.date, !sameYear)));
  return day.time ? t().dates.dayTime({ day: text, time: day.time }) : text;
}

/** An instant as a date and time; withTime false gives the day alone. */
export function formatInstant(at: Date, now: Date, withTime = true): string {
  const moment = dayjs(at);
  const text = shortDate(at, moment.year() !== dayjs(now).year());
  return withTime ? t().dates.dayTime({ day: text, time: `${pad(moment.hour())}:${pad(moment.minute())}` }) : text;
}

/** Where a due date stands from now: "in 6 days", "today", "tomorrow", "3 days overdue", "in 2 years". */
export function relativeDue(due: Day, now: Date): string {
  const today = localDate(now);
  const days = daysBetween(today, due.date);
  const m = t().dates;
  if (isOverdue({ status: 'open', due }, now)) {
    return days === 0 ? m.overdueSince({ time: due.time! }) : m.overdueBy({ distance: distance(due.date, today) });
  }
  if (days === 0) return due.time ? m.todayAt({ time: due.time }) : m.today();
  if (days === 1) return m.tomorrow();
  return m.inDistance({ distance: distance(today, due.date) });
}

/** How long ago something happened: "yesterday", "3 days ago", "5 weeks ago", "4 years ago". */
export function relativePast(at: Date, now: Date): string {
  const [then, today] = [localDate(at), localDate(now)];
  const days = daysBetween(then, today);
  const m = t().dates;
  if (days <= 0) return m.today();
  if (days === 1) return m.yesterday();
  return m.ago({ distance: distance(then, today) });
}

/** "due Fri 27 Nov (in 6 days)" */
export function dueText(due: Day | null, now: Date): string {
  const m = t().dates;
  return due ? m.due({ day: formatDay(due, now), relative: relativeDue(due, now) }) : m.noDue();
}

/**
 * The due column of a table: where an open promise stands, or just the date of a resolved one,
 * or of a deleted one (out of every list and count, so neither due nor overdue).
 */
/**
 * A due date as a table cell's phrases: the day, then where it stands while the promise is open
 * ("Fri 27 Nov", "(in 6 days)"; 11月27日(金), 5日後). A narrow table puts them on two lines.
 */
export function dueCell(p: Pick<PromiseRecord, 'status' | 'due'> & { deletedAt?: Date | null }, now: Date): string[] {
  if (!p.due) return ['–'];
  const day = formatDay(p.due, now);
  return p.status === 'open' && !p.deletedAt ? [day, t().dates.dueRelative({ relative: relativeDue(p.due, now) })] : [day];
}

export function outcomeText(p: Pick<PromiseRecord, 'status' | 'late'>): string {
  const names = t().words.status;
  return p.status === 'kept' && p.late ? names.keptLate() : names[p.status]();
}

export function colourStatus(p: Pick<PromiseRecord, 'status' | 'late' | 'due'>, now: Date, c: Paint): string {
  const text = outcomeText(p);
  if (p.status === 'kept') return p.late ? c.yellow(text) : c.green(text);
  if (p.status === 'broken') return c.red(text);
  if (p.status === 'released') return c.cyan(text);
  return isOverdue(p, now) ? c.red(t().words.status.overdue()) : text;
}

/** One promise on one line, for short listings and confirmations. */
export function promiseLine(p: PromiseRecord, now: Date, c: Paint): string {
  const when =
    p.status === 'open'
      ? p.due
        ? isOverdue(p, now)
          ? c.red(dueText(p.due, now))
          : dueText(p.due, now)
        : c.dim(t().dates.noDue())
      : `${colourStatus(p, now, c)} ${p.resolvedAt ? formatInstant(p.resolvedAt, now) : ''}`.trim();
  return `${promiseHead(p, c)} ${c.dim('·')} ${when}`;
}

/** "#4 Call the bank → Bob": which promise, to whom. */
export function promiseHead(p: Pick<PromiseRecord, 'id' | 'text' | 'person'>, c: Paint): string {
  return `${c.dim('#' + p.id)} ${p.text} ${c.dim('→')} ${p.person}`;
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}
