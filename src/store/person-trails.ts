/**
 * Who each corrected promise was made to, as far as the journal remembers: read before a
 * streamed --anonymize export, so that former names are known before any text goes by.
 * `people rename` keeps no record, so only corrections of a promise's person leave a trail.
 */
import type { DB } from './open.js';
import { personChange, type PersonTrail } from '../domain/anonymize.js';

export function personTrails(db: DB): PersonTrail[] {
  const rows = db
    .prepare(
      `SELECT pe.promise_id, pe.detail, p.uuid AS person, cp.uuid AS first FROM promise_events pe
       JOIN promises pr ON pr.id = pe.promise_id JOIN people p ON p.id = pr.person_id
       LEFT JOIN conversations c ON c.id = pr.conversation_id LEFT JOIN people cp ON cp.id = c.person_id
       WHERE pe.kind = 'edited' AND pe.detail LIKE '%"person"%' ORDER BY pe.promise_id, pe.id`,
    )
    .all() as Array<{ promise_id: number; detail: string; person: string; first: string | null }>;
  const trails = new Map<number, PersonTrail>();
  for (const r of rows) {
    const change = personChange(JSON.parse(r.detail));
    if (!change) continue;
    const trail = trails.get(r.promise_id) ?? { person: r.person, first: r.first, changes: [] };
    trail.changes.push(change);
    trails.set(r.promise_id, trail);
  }
  return [...trails.values()];
}
