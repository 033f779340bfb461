/**
 * What `trust remind` and the dashboard consider worth a nudge, as pure rules: which promises are
 * at risk, which breaks still wait for an apology, and the key each reminder is remembered by so
 * that a timer running every 15 minutes says each thing once.
 */
import { localDate } from './calendar.js';
import { dueKey, momentKey, type PromiseRecord } from './promise.js';

/** An open promise due this soon is at risk: the moment to say so and agree a new date. */
export const AT_RISK_HOURS = 48;

/** A break older than this is past the moment an apology is easy; `trust repair` still offers it. */
export const BROKEN_DAYS = 14;

/**
 * Overdue promises are reminded of for this long after their due date. A timer running every
 * 15 minutes has long said so by then; a journal opened after years away is not met by a flood.
 */
export const OVERDUE_DAYS = 14;

/** What remind has said is forgotten after this long, so its memory stays small. */
export const REMEMBER_DAYS = 60;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The due key up to which an open promise is at risk: 48 hours from now, local time. */
export const atRiskUntil = (now: Date): string => momentKey(new Date(now.getTime() + AT_RISK_HOURS * HOUR));

/** Open, not yet overdue, and due within the next 48 hours. */
export function isAtRisk(p: Pick<PromiseRecord, 'status' | 'due'>, now: Date): boolean {
  if (p.status !== 'open' || p.due === null) return false;
  const key = dueKey(p.due);
  return key >= momentKey(now) && key <= atRiskUntil(now);
}

/** The instant from which breaks are still recent enough to list. */
export const brokenSince = (now: Date): Date => new Date(now.getTime() - BROKEN_DAYS * DAY);

/** The due key from which overdue promises are still reminded of. */
export const overdueSince = (now: Date): string => momentKey(new Date(now.getTime() - OVERDUE_DAYS * DAY));

/** Reminders older than this are forgotten. */
export const forgetBefore = (now: Date): Date => new Date(now.getTime() - REMEMBER_DAYS * DAY);

/**
 * Whether a window reads in days ("the next 3 days") rather than hours ("the next 48 hours"): a
 * whole number of days, more than two.
 */
export const inWholeDays = (minutes: number): boolean => minutes % 1440 === 0 && minutes > 2880;

/**
 * The due key up to which promises are "due soon" for a window of `minutes`. A window in days
 * runs to the end of its last day, as "in 3 days" does in `trust list`.
 */
export function dueWithin(now: Date, minutes: number): string {
  const end = new Date(now.getTime() + minutes * 60_000);
  return inWholeDays(minutes) ? `${localDate(end)} 24:00` : momentKey(end);
}

/**
 * What a reminder is remembered by. One kind for a promise whether it is due soon or overdue, so
 * a promise due tomorrow is reminded of once, not again when it passes; a new due date is a new
 * key, so a renegotiated promise is reminded of again.
 */
export type ReminderKind = 'promise' | 'checkin' | 'apology' | 'quiet';

export interface RemindKey {
  kind: ReminderKind;
  ref: number;
  dueKey: string;
}

export const promiseKey = (p: Pick<PromiseRecord, 'id' | 'due'>): RemindKey => ({ kind: 'promise', ref: p.id, dueKey: p.due ? dueKey(p.due) : '' });
