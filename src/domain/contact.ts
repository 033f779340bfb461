/**
 * Keeping in touch: who has gone quiet, each against their own rhythm. Contact is any sign of
 * the relationship being tended: a logged conversation, or a promise to them resolved (kept,
 * broken or released all mean you dealt with them). Pure: "now" is a parameter.
 */
import type { Relation } from './promise.js';
import { DEFAULT_RHYTHM_DAYS } from './rhythm.js';

export interface ContactFact {
  id: number;
  name: string;
  relation: Relation;
  /** Null: the default four weeks. */
  rhythmDays: number | null;
  /** The latest conversation or resolution; null when there is none. */
  lastContact: Date | null;
  /** When they were added to the journal: what counts for someone never in touch since. */
  addedAt: Date;
}

export interface QuietPerson {
  id: number;
  name: string;
  relation: string;
  rhythmDays: number;
  /** The last contact, or when they were added for someone never in touch since. */
  lastContact: Date;
  /** Whole local days from lastContact to today. */
  days: number;
  /** No conversation or resolution at all: lastContact is when they were added. */
  neverInTouch: boolean;
}

/**
 * The local calendar day of an instant (as localDate reads it) as a count of days, for
 * subtracting one from another. Plain Date arithmetic: the dashboard asks on every run, and
 * going through dayjs costs about 20 µs a person.
 */
const localDayNumber = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;

/**
 * Most overdue first, measured in rhythms: three weeks without a word to someone you see weekly
 * weighs more than four months without a word to someone you see quarterly. Ties: the longer
 * silence, then by name.
 */
const overdueFirst = (a: QuietPerson, b: QuietPerson) =>
  b.days / b.rhythmDays - a.days / a.rhythmDays || b.days - a.days || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * People whose last contact is at least their rhythm ago, in local calendar days (a conversation
 * yesterday evening is one day ago this morning). Yourself is never quiet. Someone never in touch
 * since they were added is counted from that day: a person you meant to keep up with, and did not.
 */
export function quietPeople(people: readonly ContactFact[], now: Date): QuietPerson[] {
  const today = localDayNumber(now);
  const quiet: QuietPerson[] = [];
  for (const p of people) {
    if (p.relation === 'self') continue;
    const since = p.lastContact ?? p.addedAt;
    const days = today - localDayNumber(since);
    const rhythmDays = p.rhythmDays ?? DEFAULT_RHYTHM_DAYS;
    if (days >= rhythmDays) quiet.push({ id: p.id, name: p.name, relation: p.relation, rhythmDays, lastContact: since, days, neverInTouch: p.lastContact === null });
  }
  return quiet.sort(overdueFirst);
}

/**
 * Days short of a rhythm that the store still hands a contact over: quiet means before the start
 * of the local day (rhythm − 1) days ago, which is at most (rhythm − 1) days and a daylight-saving
 * hour before now. One day more than that keeps the store's cheap test in UTC instants on the
 * safe side; quietPeople then decides exactly.
 */
export const STORE_MARGIN_DAYS = 2;

/** How long a silence reads: whole weeks from a week on (as the review always said), days below. */
export const silenceParts = (days: number): { unit: 'day' | 'week'; count: number } =>
  days < 7 ? { unit: 'day', count: days } : { unit: 'week', count: Math.floor(days / 7) };
