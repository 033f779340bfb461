/**
 * How dates and promises read on screen: relative first ("in 2 days", "3 days overdue"),
 * with the absolute date beside it.
 */
import { type Day, daysBetween, localDate, localTime, weekday } from '../domain/dates.js';
import { isOverdue, type PromiseRecord } from '../domain/promise.js';
import type { Paint } from './colour.js';

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 week", "2 weeks"; `many` for the words that do not just take an s (person, people). */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Fri 27 Nov", with the year when it is not this year's, and the time when there is one. */
export function formatDay(day: Day, now: Date): string {
  const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
  const name = WEEKDAY[weekday(day.date)];
  const year = y === now.getFullYear() ? '' : ` ${y}`;
  return `${name} ${d} ${MONTH[m - 1]}${year}${day.time ? ' ' + day.time : ''}`;
}

/** An instant as a date and time; withTime false gives the day alone. */
export function formatInstant(at: Date, now: Date, withTime = true): string {
  return formatDay({ date: localDate(at), time: withTime ? localTime(at) : null }, now);
}

/** Where a due date stands from now: "in 6 days", "today", "tomorrow", "3 days overdue". */
export function relativeDue(due: Day, now: Date): string {
  const days = daysBetween(localDate(now), due.date);
  if (isOverdue({ status: 'open', due }, now)) {
    return days === 0 ? `overdue since ${due.time}` : `${plural(-days, 'day')} overdue`;
  }
  if (days === 0) return due.time ? `today at ${due.time}` : 'today';
  if (days === 1) return 'tomorrow';
  if (days < 14) return `in ${days} days`;
  return `in ${plural(Math.round(days / 7), 'week')}`;
}

/** How long ago something happened, in days or weeks. */
export function relativePast(at: Date, now: Date): string {
  const days = daysBetween(localDate(at), localDate(now));
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  return `${Math.round(days / 30)} months ago`;
}

/** "due Fri 27 Nov (in 6 days)" */
export function dueText(due: Day | null, now: Date): string {
  return due ? `due ${formatDay(due, now)} (${relativeDue(due, now)})` : 'no due date';
}

/** The due column of a table: where an open promise stands, or just the date of a resolved one. */
export function dueCell(p: Pick<PromiseRecord, 'status' | 'due'>, now: Date): string {
  if (!p.due) return '–';
  return p.status === 'open' ? `${formatDay(p.due, now)} (${relativeDue(p.due, now)})` : formatDay(p.due, now);
}

export function outcomeText(p: Pick<PromiseRecord, 'status' | 'late'>): string {
  return p.status === 'kept' && p.late ? 'kept late' : p.status;
}

export function colourStatus(p: Pick<PromiseRecord, 'status' | 'late' | 'due'>, now: Date, c: Paint): string {
  const text = outcomeText(p);
  if (p.status === 'kept') return p.late ? c.yellow(text) : c.green(text);
  if (p.status === 'broken') return c.red(text);
  if (p.status === 'released') return c.cyan(text);
  return isOverdue(p, now) ? c.red('overdue') : text;
}

/** One promise on one line, for short listings and confirmations. */
export function promiseLine(p: PromiseRecord, now: Date, c: Paint): string {
  const when =
    p.status === 'open'
      ? p.due
        ? isOverdue(p, now)
          ? c.red(dueText(p.due, now))
          : dueText(p.due, now)
        : c.dim('no due date')
      : `${colourStatus(p, now, c)} ${p.resolvedAt ? formatInstant(p.resolvedAt, now) : ''}`.trim();
  return `${c.dim('#' + p.id)} ${p.text} ${c.dim('→')} ${p.person} ${c.dim('·')} ${when}`;
}

export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}
