import { newUuid, stmt } from './sqlite.js';
import type { DB } from './open.js';
import type { Cause } from '../domain/checklist.js';
import type { RepairKind, RepairState } from '../domain/repair.js';

export interface RepairRecord {
  id: number;
  uuid: string;
  personId: number;
  person: string;
  promiseId: number | null;
  promiseText: string | null;
  cause: Cause;
  /** 'self' for a promise to oneself: a self-repair, with no apology to make. */
  kind: RepairKind;
  checklistVersion: number;
  state: RepairState;
  learned: string | null;
  /** When the apology was made, once it was. */
  apologyAt: Date | null;
  /** When its promise was broken, if it was: the start of the time to an apology. */
  brokenAt: Date | null;
  startedAt: Date;
  closedAt: Date | null;
  updatedAt: Date;
}

interface RepairRow {
  id: number;
  uuid: string;
  person_id: number;
  person: string;
  promise_id: number | null;
  promise_text: string | null;
  cause: Cause;
  kind: RepairKind;
  checklist_version: number;
  state: RepairState;
  learned: string | null;
  apology_at: string | null;
  broken_at: string | null;
  started_at: string;
  closed_at: string | null;
  updated_at: string;
}

const SELECT = `SELECT r.*, p.name AS person, pr.text AS promise_text, CASE WHEN pr.status = 'broken' THEN pr.resolved_at END AS broken_at
  FROM repairs r JOIN people p ON p.id = r.person_id LEFT JOIN promises pr ON pr.id = r.promise_id`;

const toRepair = (r: RepairRow): RepairRecord => ({
  id: r.id,
  uuid: r.uuid,
  personId: r.person_id,
  person: r.person,
  promiseId: r.promise_id,
  promiseText: r.promise_text,
  cause: r.cause,
  kind: r.kind,
  checklistVersion: r.checklist_version,
  state: r.state,
  learned: r.learned,
  apologyAt: r.apology_at ? new Date(r.apology_at) : null,
  brokenAt: r.broken_at ? new Date(r.broken_at) : null,
  startedAt: new Date(r.started_at),
  closedAt: r.closed_at ? new Date(r.closed_at) : null,
  updatedAt: new Date(r.updated_at),
});

export function insertRepair(
  db: DB,
  r: { personId: number; promiseId: number | null; cause: Cause; checklistVersion: number; kind?: RepairKind },
  now: Date,
): number {
  const at = now.toISOString();
  const info = stmt(db, 'INSERT INTO repairs (uuid, person_id, promise_id, cause, kind, checklist_version, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(newUuid(db), r.personId, r.promiseId, r.cause, r.kind ?? 'apology', r.checklistVersion, at, at);
  return Number(info.lastInsertRowid);
}

/**
 * Records when the repair's apology was made (`at`, which may be earlier than `now`); null takes
 * it back. Returns false when there is no such repair.
 */
export function recordApologyDelivered(db: DB, repairId: number, at: Date | null, now: Date): boolean {
  return stmt(db, 'UPDATE repairs SET apology_at = ?, updated_at = ? WHERE id = ?').run(at?.toISOString() ?? null, now.toISOString(), repairId).changes === 1;
}

export function getRepair(db: DB, id: number): RepairRecord | null {
  const row = stmt(db, `${SELECT} WHERE r.id = ?`).get(id) as RepairRow | undefined;
  return row ? toRepair(row) : null;
}

export function repairForPromise(db: DB, promiseId: number): RepairRecord | null {
  const row = stmt(db, `${SELECT} WHERE r.promise_id = ? ORDER BY r.id DESC LIMIT 1`).get(promiseId) as RepairRow | undefined;
  return row ? toRepair(row) : null;
}

/** In-progress repairs first (most recently touched first), then closed ones. */
export function listRepairs(db: DB, o: { includeClosed: boolean; limit: number }): RepairRecord[] {
  // Each half in the order of the (state, updated_at) index, rather than one sort of them all.
  const half = (state: string, limit: number) =>
    limit <= 0 ? [] : (stmt(db, `${SELECT} WHERE r.state ${state} ORDER BY r.updated_at DESC LIMIT ?`).all(limit) as RepairRow[]);
  const open = half("= 'in progress'", o.limit);
  const closed = o.includeClosed ? half("IN ('done', 'abandoned')", o.limit - open.length) : [];
  return [...open, ...closed].map(toRepair);
}

export function countRepairs(db: DB): number {
  return (stmt(db, 'SELECT count(*) AS n FROM repairs').get() as { n: number }).n;
}

export function countInProgress(db: DB): number {
  return (stmt(db, "SELECT count(*) AS n FROM repairs WHERE state = 'in progress'").get() as { n: number }).n;
}

export interface StoredAnswer {
  step: string;
  title: string;
  answer: Record<string, unknown>;
  answeredAt: Date;
}

export function repairAnswers(db: DB, repairId: number): Map<string, StoredAnswer> {
  const rows = stmt(db, 'SELECT * FROM repair_answers WHERE repair_id = ? ORDER BY answered_at').all(repairId) as Array<{
    step: string;
    title: string;
    answer: string;
    answered_at: string;
  }>;
  return new Map(
    rows.map((r) => [r.step, { step: r.step, title: r.title, answer: JSON.parse(r.answer) as Record<string, unknown>, answeredAt: new Date(r.answered_at) }]),
  );
}

/** The steps answered in each of some repairs, in one query: enough for progress and the next step. */
export function answeredSteps(db: DB, repairIds: number[]): Map<number, Set<string>> {
  const answered = new Map(repairIds.map((id) => [id, new Set<string>()]));
  const rows = stmt(db, 'SELECT repair_id, step FROM repair_answers WHERE repair_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(repairIds)) as Array<{
    repair_id: number;
    step: string;
  }>;
  for (const r of rows) answered.get(r.repair_id)!.add(r.step);
  return answered;
}

/** Saves one step's answer (replacing an earlier one for the same step) and touches the repair. */
export function saveAnswer(db: DB, repairId: number, step: { key: string; title: string }, answer: unknown, now: Date): void {
  const at = now.toISOString();
  stmt(
    db,
    `INSERT INTO repair_answers (repair_id, step, title, answer, answered_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (repair_id, step) DO UPDATE SET title = excluded.title, answer = excluded.answer, answered_at = excluded.answered_at`,
  ).run(repairId, step.key, step.title, JSON.stringify(answer), at);
  stmt(db, 'UPDATE repairs SET updated_at = ? WHERE id = ?').run(at, repairId);
}

export function addCheckins(db: DB, repairId: number, dates: string[]): void {
  const insert = stmt(db, 'INSERT INTO repair_checkins (repair_id, date) VALUES (?, ?)');
  for (const date of dates) insert.run(repairId, date);
}

export function repairCheckins(db: DB, repairId: number): string[] {
  return (stmt(db, 'SELECT date FROM repair_checkins WHERE repair_id = ? ORDER BY date').all(repairId) as Array<{ date: string }>).map((r) => r.date);
}

export function closeRepair(db: DB, id: number, state: Exclude<RepairState, 'in progress'>, learned: string | null, now: Date): void {
  const at = now.toISOString();
  stmt(db, "UPDATE repairs SET state = ?, learned = ?, closed_at = ?, updated_at = ? WHERE id = ? AND state = 'in progress'").run(state, learned, at, at, id);
}

/** Takes up a repair that was set aside: in progress again, with no closing time (the table requires both together). */
export function reopenRepair(db: DB, id: number, now: Date): boolean {
  const info = stmt(db, "UPDATE repairs SET state = 'in progress', closed_at = NULL, updated_at = ? WHERE id = ? AND state = 'abandoned'").run(now.toISOString(), id);
  return info.changes === 1;
}

/**
 * Broken promises nobody has started a repair for yet, most recent first: what plain `trust repair`
 * offers. Read newest first along the index of resolutions, stopping at `limit`, rather than
 * sorting every broken promise ever (20 ms at 100,000 promises, before the first question).
 */
export function brokenWithoutRepair(db: DB, limit: number): Array<{ id: number; text: string; person: string; resolvedAt: Date }> {
  const rows = stmt(
    db,
    `SELECT pr.id, pr.text, p.name AS person, pr.resolved_at FROM promises pr INDEXED BY promises_resolved JOIN people p ON p.id = pr.person_id
     WHERE pr.resolved_at IS NOT NULL AND pr.deleted_at IS NULL AND pr.status = 'broken'
       AND NOT EXISTS (SELECT 1 FROM repairs r WHERE r.promise_id = pr.id)
     ORDER BY pr.resolved_at DESC, pr.id DESC LIMIT ?`,
  ).all(limit) as Array<{ id: number; text: string; person: string; resolved_at: string }>;
  return rows.map((r) => ({ id: r.id, text: r.text, person: r.person, resolvedAt: new Date(r.resolved_at) }));
}

/**
 * Check-ins of repairs in progress that are due or were missed by `today`: only the latest on or
 * before today counts for each repair, and it is met by any conversation with the person on or
 * after its day (so when the latest is met, every earlier one is too). So a repair is pending when
 * it has a check-in after its person was last logged with and on or before today, and the latest
 * such check-in is the one shown. Counted and sorted in SQL, newest first, and the first `limit`
 * read. A journal can hold thousands of repairs in progress, but few check-ins fall after the
 * last conversation with everyone concerned: the check-ins are read by date from there (the
 * date index), not repair by repair (14,000 repairs in progress: 15 ms to 0.4 ms).
 * `dayOf` gives the local calendar day of an instant.
 */
export function pendingCheckins(db: DB, today: string, limit: number, dayOf: (at: Date) => string): { items: Array<{ repairId: number; date: string }>; total: number } {
  // The day each person with a repair under way was last logged with: a few hundred people at most.
  const people = stmt(
    db,
    `SELECT p.id, (SELECT max(v.at) FROM conversations v WHERE v.person_id = p.id) AS at
     FROM people p WHERE p.id IN (SELECT person_id FROM repairs WHERE state = 'in progress')`,
  ).all() as Array<{ id: number; at: string | null }>;
  const logged = Object.fromEntries(people.filter((p) => p.at !== null).map((p) => [p.id, dayOf(new Date(p.at!))]));
  // No check-in on or before the earliest of those days can be pending ('' when someone was never logged with).
  const floor = people.some((p) => p.at === null) ? '' : Object.values(logged).reduce((a, b) => (b < a ? b : a), '9999-12-31');
  const rows = stmt(
    db,
    `WITH logged AS MATERIALIZED (SELECT CAST(key AS INTEGER) AS person_id, value AS day FROM json_each(?)),
     pending AS (
       SELECT c.repair_id, max(c.date) AS date
       FROM repair_checkins c INDEXED BY repair_checkins_date JOIN repairs r ON r.id = c.repair_id LEFT JOIN logged g ON g.person_id = r.person_id
       WHERE c.date <= ? AND c.date > ? AND r.state = 'in progress' AND c.date > coalesce(g.day, '')
       GROUP BY c.repair_id
     )
     SELECT repair_id, date, count(*) OVER () AS total FROM pending ORDER BY date DESC, repair_id DESC LIMIT ?`,
  ).all(JSON.stringify(logged), today, floor, limit) as Array<{ repair_id: number; date: string; total: number }>;
  return { items: rows.map((r) => ({ repairId: r.repair_id, date: r.date })), total: rows[0]?.total ?? 0 };
}

export function lastLogged(db: DB, personId: number): Date | null {
  const row = stmt(db, 'SELECT max(at) AS at FROM conversations WHERE person_id = ?').get(personId) as { at: string | null };
  return row.at ? new Date(row.at) : null;
}

/**
 * Check-ins from a day on of the repairs under way, soonest first, with the repair's UUID and
 * the person: what a calendar feed shows. Through the date index, from that day only.
 */
export function upcomingCheckins(db: DB, from: string): Array<{ repairId: number; repairUuid: string; person: string; date: string }> {
  return stmt(
    db,
    `SELECT c.repair_id AS repairId, r.uuid AS repairUuid, p.name AS person, c.date
     FROM repair_checkins c INDEXED BY repair_checkins_date JOIN repairs r ON r.id = c.repair_id JOIN people p ON p.id = r.person_id
     WHERE c.date >= ? AND r.state = 'in progress' ORDER BY c.date, c.repair_id`,
  ).all(from) as Array<{ repairId: number; repairUuid: string; person: string; date: string }>;
}
