import { newUuid, stmt } from './sqlite.js';
import type { DB } from './open.js';
import { nameKey, type PersonRecord, type Relation } from '../domain/promise.js';
import type { Tally } from '../domain/streaks.js';

interface PersonRow {
  id: number;
  uuid: string;
  name: string;
  relation: Relation;
  created_at: string;
  rhythm_days: number | null;
}

const toPerson = (r: PersonRow): PersonRecord => ({
  id: r.id,
  uuid: r.uuid,
  name: r.name,
  relation: r.relation,
  createdAt: new Date(r.created_at),
  rhythmDays: r.rhythm_days,
});

export function findPerson(db: DB, name: string): PersonRecord | null {
  const row = stmt(db, 'SELECT * FROM people WHERE name_key = ?').get(nameKey(name)) as PersonRow | undefined;
  return row ? toPerson(row) : null;
}

/** Everyone, for matching a typed name that is not in the journal as written (田中 for 田中さん). */
export function everyone(db: DB): PersonRecord[] {
  return (stmt(db, 'SELECT * FROM people ORDER BY name_key').all() as PersonRow[]).map(toPerson);
}

export function insertPerson(db: DB, name: string, relation: Relation, now: Date, rhythmDays: number | null = null): PersonRecord {
  const at = now.toISOString();
  const row = stmt(db, 'INSERT INTO people (uuid, name, name_key, relation, created_at, updated_at, rhythm_days) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *')
    .get(newUuid(db), name, nameKey(name), relation, at, at, rhythmDays) as PersonRow;
  return toPerson(row);
}

/**
 * The person of that name, added (with that rhythm) if nobody has it yet: someone found keeps theirs. Called inside the write transaction,
 * which holds the journal's write lock from its start: two trust processes adding the same new
 * person at once cannot both find nobody, so neither fails on the unique name.
 */
export function personNamed(db: DB, name: string, relation: Relation, now: Date, rhythmDays: number | null = null): PersonRecord {
  return findPerson(db, name) ?? insertPerson(db, name, relation, now, rhythmDays);
}

export function renamePerson(db: DB, id: number, name: string, now: Date): void {
  stmt(db, 'UPDATE people SET name = ?, name_key = ?, updated_at = ? WHERE id = ?').run(name, nameKey(name), now.toISOString(), id);
}

export function setRelation(db: DB, id: number, relation: Relation, now: Date): void {
  stmt(db, 'UPDATE people SET relation = ?, updated_at = ? WHERE id = ?').run(relation, now.toISOString(), id);
}

/** How often to be in touch with someone, in days; null goes back to the default. */
export function setRhythm(db: DB, id: number, days: number | null, now: Date): void {
  stmt(db, 'UPDATE people SET rhythm_days = ?, updated_at = ? WHERE id = ?').run(days, now.toISOString(), id);
}

/** A person's rhythm in days, null for the default (or for nobody of that id). */
export function getRhythm(db: DB, id: number): number | null {
  return (stmt(db, 'SELECT rhythm_days FROM people WHERE id = ?').pluck().get(id) as number | null | undefined) ?? null;
}

export function insertConversation(db: DB, personId: number, now: Date): number {
  const info = stmt(db, 'INSERT INTO conversations (uuid, person_id, at) VALUES (?, ?, ?)').run(newUuid(db), personId, now.toISOString());
  return Number(info.lastInsertRowid);
}

export interface PersonSummary extends PersonRecord, Tally {
  lastLogged: Date | null;
}

interface SummaryRow extends PersonRow {
  made: number;
  open: number;
  kept: number;
  kept_late: number;
  broken: number;
  released: number;
  last_logged: string | null;
}

export function countPeople(db: DB): number {
  return (stmt(db, 'SELECT count(*) AS n FROM people').get() as { n: number }).n;
}

/** Every person (or one, or the first `limit`) with their tallies, the most recently logged with first. */
export function peopleSummaries(db: DB, personId?: number, limit = -1): PersonSummary[] {
  const rows = stmt(
    db,
    `SELECT p.*,
       coalesce(s.made, 0) AS made, coalesce(s.open, 0) AS open, coalesce(s.kept, 0) AS kept,
       coalesce(s.kept_late, 0) AS kept_late, coalesce(s.broken, 0) AS broken, coalesce(s.released, 0) AS released,
       (SELECT max(c.at) FROM conversations c WHERE c.person_id = p.id) AS last_logged
     FROM people p LEFT JOIN person_stats s ON s.person_id = p.id
     WHERE @id IS NULL OR p.id = @id
     ORDER BY last_logged IS NULL, last_logged DESC, p.name_key LIMIT @limit`,
  ).all({ id: personId ?? null, limit }) as SummaryRow[];
  return rows.map((r) => ({
    ...toPerson(r),
    made: r.made,
    open: r.open,
    kept: r.kept,
    keptLate: r.kept_late,
    broken: r.broken,
    released: r.released,
    lastLogged: r.last_logged ? new Date(r.last_logged) : null,
  }));
}

/**
 * Names only, most recently logged with first: the choices when picking a person. Each person's
 * latest conversation is the last entry of the index by person (a join read all 100,000 of them
 * before the first question of `trust log`).
 */
export function peopleByRecency(db: DB): PersonRecord[] {
  const rows = stmt(
    db,
    `SELECT p.*, (SELECT max(c.at) FROM conversations c WHERE c.person_id = p.id) AS last_at FROM people p
     ORDER BY last_at IS NULL, last_at DESC, p.name_key`,
  ).all() as PersonRow[];
  return rows.map(toPerson);
}
