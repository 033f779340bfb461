import { newUuid, stmt } from './sqlite.js';
import type { DB } from './open.js';
import type { Cause } from '../domain/checklist.js';
import type { RepairState } from '../domain/repair.js';

export interface RepairRecord {
  id: number;
  uuid: string;
  personId: number;
  person: string;
  promiseId: number | null;
  promiseText: string | null;
  cause: Cause;
  checklistVersion: number;
  state: RepairState;
  learned: string | null;
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
  checklist_version: number;
  state: RepairState;
  learned: string | null;
  started_at: string;
  closed_at: string | null;
  updated_at: string;
}

const SELECT = `SELECT r.*, p.name AS person, pr.text AS promise_text
  FROM repairs r JOIN people p ON p.id = r.person_id LEFT JOIN promises pr ON pr.id = r.promise_id`;

const toRepair = (r: RepairRow): RepairRecord => ({
  id: r.id,
  uuid: r.uuid,
  personId: r.person_id,
  person: r.person,
  promiseId: r.promise_id,
  promiseText: r.promise_text,
  cause: r.cause,
  checklistVersion: r.checklist_version,
  state: r.state,
  learned: r.learned,
  startedAt: new Date(r.started_at),
  closedAt: r.closed_at ? new Date(r.closed_at) : null,
  updatedAt: new Date(r.updated_at),
});

export function insertRepair(db: DB, r: { personId: number; promiseId: number | null; cause: Cause; checklistVersion: number }, now: Date): number {
  const at = now.toISOString();
  const info = stmt(db, 'INSERT INTO repairs (uuid, person_id, promise_id, cause, checklist_version, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(newUuid(db), r.personId, r.promiseId, r.cause, r.checklistVersion, at, at);
  return Number(info.lastInsertRowid);
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

/** Broken promises nobody has started a repair for yet, most recent first: what plain `trust repair` offers. */
export function brokenWithoutRepair(db: DB, limit: number): Array<{ id: number; text: string; person: string; resolvedAt: Date }> {
  const rows = stmt(
    db,
    `SELECT pr.id, pr.text, p.name AS person, pr.resolved_at FROM promises pr JOIN people p ON p.id = pr.person_id
     WHERE pr.status = 'broken' AND pr.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM repairs r WHERE r.promise_id = pr.id)
     ORDER BY pr.resolved_at DESC LIMIT ?`,
  ).all(limit) as Array<{ id: number; text: string; person: string; resolved_at: string }>;
  return rows.map((r) => ({ id: r.id, text: r.text, person: r.person, resolvedAt: new Date(r.resolved_at) }));
}

/**
 * The latest check-in on or before `date` of each repair in progress, oldest first, with when
 * the person was last logged with. Only the latest counts: a check-in is met by any conversation
 * on or after its day, so when the latest is met, every earlier one is too.
 */
export function checkinsDueBy(db: DB, date: string): Array<{ repairId: number; date: string; lastLogged: Date | null }> {
  const rows = stmt(
    db,
    `SELECT c.repair_id, max(c.date) AS date, (SELECT max(v.at) FROM conversations v WHERE v.person_id = r.person_id) AS last_logged
     FROM repair_checkins c JOIN repairs r ON r.id = c.repair_id
     WHERE r.state = 'in progress' AND c.date <= ? GROUP BY c.repair_id ORDER BY date, c.repair_id`,
  ).all(date) as Array<{ repair_id: number; date: string; last_logged: string | null }>;
  return rows.map((r) => ({ repairId: r.repair_id, date: r.date, lastLogged: r.last_logged ? new Date(r.last_logged) : null }));
}

export function lastLogged(db: DB, personId: number): Date | null {
  const row = stmt(db, 'SELECT max(at) AS at FROM conversations WHERE person_id = ?').get(personId) as { at: string | null };
  return row.at ? new Date(row.at) : null;
}
