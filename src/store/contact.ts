/**
 * Who has gone quiet, read cheaply enough for the dashboard to ask on every `trust`: two index
 * seeks per person (their latest conversation, their latest resolution), never a pass over the
 * promises or the conversations.
 */
import { quietPeople, STORE_MARGIN_DAYS, type ContactFact, type QuietPerson } from '../domain/contact.js';
import type { Relation } from '../domain/promise.js';
import { DEFAULT_RHYTHM_DAYS } from '../domain/rhythm.js';
import type { DB } from './open.js';
import { stmt } from './sqlite.js';

interface ContactRow {
  id: number;
  name: string;
  relation: Relation;
  rhythm_days: number | null;
  created_at: string;
  last_contact: string | null;
}

/**
 * Everyone but yourself whose last contact (or, never in touch, their arrival) is far enough
 * back to be quiet, give or take the margin the domain allows. Instants are stored as ISO text in
 * UTC, so the larger string is the later moment.
 */
const CANDIDATES = `
  SELECT * FROM (
    SELECT p.id, p.name, p.relation, p.rhythm_days, p.created_at,
      nullif(max(
        coalesce((SELECT max(c.at) FROM conversations c WHERE c.person_id = p.id), ''),
        coalesce((SELECT max(pr.resolved_at) FROM promises pr WHERE pr.person_id = p.id AND pr.deleted_at IS NULL), '')
      ), '') AS last_contact
    FROM people p WHERE p.relation <> 'self'
  ) WHERE julianday(coalesce(last_contact, created_at)) < julianday(@now) - (coalesce(rhythm_days, @rhythm) - @margin)`;

export function contactCandidates(db: DB, now: Date): ContactFact[] {
  const rows = stmt(db, CANDIDATES).all({ now: now.toISOString(), rhythm: DEFAULT_RHYTHM_DAYS, margin: STORE_MARGIN_DAYS }) as ContactRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    relation: r.relation,
    rhythmDays: r.rhythm_days,
    lastContact: r.last_contact === null ? null : new Date(r.last_contact),
    addedAt: new Date(r.created_at),
  }));
}

/**
 * The people gone quiet against their rhythm, most overdue first (in rhythms missed: see
 * quietPeople), the first `limit` of them (-1: all), and how many there are in all.
 */
export function quietPeopleNow(db: DB, now: Date, limit: number): { items: QuietPerson[]; total: number } {
  const quiet = quietPeople(contactCandidates(db, now), now);
  return { items: limit < 0 ? quiet : quiet.slice(0, limit), total: quiet.length };
}
