/**
 * Short apologies already made for a broken promise, without a whole repair ("I told her sorry
 * on the phone"). A repair records its own apology on its row (repairs.apology_at).
 */
import { stmt } from './sqlite.js';
import type { DB } from './open.js';

export interface ShortApology {
  promiseId: number;
  saidAt: Date;
  note: string | null;
  recordedAt: Date;
}

interface ApologyRow {
  promise_id: number;
  said_at: string;
  note: string | null;
  recorded_at: string;
}

const toApology = (r: ApologyRow): ShortApology => ({
  promiseId: r.promise_id,
  saidAt: new Date(r.said_at),
  note: r.note,
  recordedAt: new Date(r.recorded_at),
});

/**
 * Records that an apology for promise `promiseId` was made at `saidAt`. The same moment twice is
 * one apology (the note given last stands): an import or a second device says it again.
 */
export function recordShortApology(db: DB, promiseId: number, saidAt: Date, note: string | null, now: Date): void {
  stmt(
    db,
    `INSERT INTO apologies (promise_id, said_at, note, recorded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (promise_id, said_at) DO UPDATE SET note = excluded.note, recorded_at = excluded.recorded_at`,
  ).run(promiseId, saidAt.toISOString(), note, now.toISOString());
}

/** A promise's short apologies, earliest first. */
export function apologiesFor(db: DB, promiseId: number): ShortApology[] {
  return (stmt(db, 'SELECT * FROM apologies WHERE promise_id = ? ORDER BY said_at').all(promiseId) as ApologyRow[]).map(toApology);
}

/**
 * When the first apology for each of some broken promises was made: a short one, or the one a
 * repair of it recorded, whichever came first. Promises without one are left out.
 */
export function firstApologies(db: DB, promiseIds: number[]): Map<number, Date> {
  if (promiseIds.length === 0) return new Map();
  const rows = stmt(
    db,
    `SELECT id, min(at) AS at FROM (
       SELECT a.promise_id AS id, a.said_at AS at FROM apologies a WHERE a.promise_id IN (SELECT value FROM json_each(@ids))
       UNION ALL
       SELECT r.promise_id, r.apology_at FROM repairs r WHERE r.promise_id IN (SELECT value FROM json_each(@ids)) AND r.apology_at IS NOT NULL
     ) GROUP BY id`,
  ).all({ ids: JSON.stringify(promiseIds) }) as Array<{ id: number; at: string }>;
  return new Map(rows.map((r) => [r.id, new Date(r.at)]));
}

/**
 * For `trust stats`: each broken promise to someone else that got an apology (its first, short
 * or in a repair), with when it was broken and when the apology came; and how many broken
 * promises to someone else have none. Read from the apologies and the repairs, which stay small
 * beside the promises; the broken ones are counted from the figures kept per person.
 */
export function apologyTimes(db: DB): { pairs: Array<{ brokenAt: Date; apologisedAt: Date }>; without: number } {
  const rows = stmt(
    db,
    // Apologies first, then each one's promise by its key (CROSS JOIN keeps that order; the
    // unary + keeps SQLite off the status index, which would read every broken promise: 15 ms
    // at 100,000 promises against under 1 ms).
    `WITH firsts AS MATERIALIZED (
       SELECT promise_id, min(at) AS at FROM (
         SELECT promise_id, said_at AS at FROM apologies
         UNION ALL SELECT promise_id, apology_at FROM repairs WHERE promise_id IS NOT NULL AND apology_at IS NOT NULL
       ) GROUP BY promise_id
     )
     SELECT pr.resolved_at AS broken, f.at AS apologised FROM firsts f
     CROSS JOIN promises pr ON pr.id = f.promise_id JOIN people p ON p.id = pr.person_id
     WHERE +pr.status = 'broken' AND pr.deleted_at IS NULL AND p.relation <> 'self'`,
  ).all() as Array<{ broken: string; apologised: string }>;
  const broken = (stmt(db, `SELECT coalesce(sum(s.broken), 0) AS n FROM person_stats s JOIN people p ON p.id = s.person_id WHERE p.relation <> 'self'`).get() as { n: number }).n;
  return { pairs: rows.map((r) => ({ brokenAt: new Date(r.broken), apologisedAt: new Date(r.apologised) })), without: Math.max(0, broken - rows.length) };
}
