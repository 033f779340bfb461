/**
 * `trust export --format ics`: open promises with a due date and the check-ins of repairs under
 * way, as iCalendar (RFC 5545) events written by ical-generator, so that escaping, folding and
 * the rest of the format are a well-kept library's job. Each event's UID comes from the promise's
 * (or repair's) UUID: a calendar that imports the feed again updates its events rather than
 * doubling them. Notes stay out unless asked for: a calendar is often shared.
 */
import { ICalAlarmType, ICalCalendar } from 'ical-generator';
import { instantOf } from '../domain/dates.js';
import type { PromiseRecord } from '../domain/promise.js';
import { t } from '../i18n/messages.js';

export interface IcsInput {
  /** With when each last changed: a calendar takes an event again only with a higher SEQUENCE. */
  promises: Array<PromiseRecord & { changedAt: Date }>;
  checkins: Array<{ repairId: number; repairUuid: string; person: string; date: string }>;
  /** Seconds before the event for its alarm; by default an hour for a time, a day for a whole day. */
  alarmSeconds?: number;
  notes: boolean;
  now: Date;
}

/** How long a timed event lasts on the calendar: a due time is a moment, shown as a short slot. */
const SLOT_MS = 30 * 60_000;
const HOUR = 3600;
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
const DAY = 24 * HOUR;

/** A calendar day as a date-only value: midnight UTC, which ical-generator writes as that day. */
const dayValue = (date: string) => new Date(`${date}T00:00:00Z`);

export function toIcs(input: IcsInput): string {
  const m = t().transfer.ics;
  const calendar = new ICalCalendar({ name: m.calendarName(), prodId: { company: 'trust', product: 'trust', language: 'EN' } });
  const alarm = (allDay: boolean) => [{ type: ICalAlarmType.display, trigger: input.alarmSeconds ?? (allDay ? DAY : HOUR) }];
  for (const p of input.promises) {
    if (!p.due) continue;
    const allDay = p.due.time === null;
    const start = allDay ? dayValue(p.due.date) : instantOf(p.due);
    const description = [p.cue ? m.cue({ cue: p.cue }) : null, input.notes && p.note ? p.note : null].filter((s) => s !== null).join('\n\n');
    calendar.createEvent({
      id: `${p.uuid}@trust`,
      stamp: input.now,
      // Minutes since 2020 of the last change: grows with every change, and fits 32 bits for millennia.
      sequence: Math.max(0, Math.floor((p.changedAt.getTime() - SEQUENCE_EPOCH) / 60_000)),
      lastModified: p.changedAt,
      start,
      ...(allDay ? { allDay: true } : { end: new Date(start.getTime() + SLOT_MS) }),
      summary: m.promise({ text: p.text, person: p.person }),
      ...(description ? { description } : {}),
      alarms: alarm(allDay),
    });
  }
  for (const ci of input.checkins) {
    calendar.createEvent({
      id: `${ci.repairUuid}-${ci.date}@trust`,
      stamp: input.now,
      start: dayValue(ci.date),
      allDay: true,
      summary: m.checkin({ person: ci.person, id: ci.repairId }),
      alarms: alarm(true),
    });
  }
  // ical-generator ends lines with CRLF but leaves the last one open; RFC 5545 ends every line.
  return `${calendar.toString()}\r\n`;
}
