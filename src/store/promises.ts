import { newUuid, stmt } from './sqlite.js';
import type { DB } from './open.js';
import type { Day } from '../domain/dates.js';
import type { EventKind, Outcome, PromiseRecord, Relation, Status } from '../domain/promise.js';
import { recomputeStats, statsOnMade, statsOnResolved } from './stats.js';
import { weekOfInstant } from '../domain/weeks.js';

interface PromiseRow {
  id: number;
  uuid: string;
  person_id: number;
  person: string;
  text: string;
  note: string | null;
  cue: string | null;
  status: Status;
  made_at: string;
  due_date: string | null;
  due_time: string | null;
  resolved_at: string | null;
  late: number;
  deleted_at: string | null;
  repair_id: number | null;
}

export interface StoredPromise extends PromiseRecord {
  deletedAt: Date | null;
  repairId: number | null;
}

const SELECT = `SELECT pr.*, p.name AS person FROM promises pr JOIN people p ON p.id = pr.person_id`;

const toPromise = (r: PromiseRow): StoredPromise => ({
  id: r.id,
  uuid: r.uuid,
  personId: r.person_id,
  person: r.person,
  text: r.text,
  note: r.note,
  cue: r.cue,
  status: r.status,
  madeAt: new Date(r.made_at),
  due: r.due_date ? { date: r.due_date, time: r.due_time } : null,
  resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
  late: r.late === 1,
  deletedAt: r.deleted_at ? new Date(r.deleted_at) : null,
  repairId: r.repair_id,
});

/** One promise, deleted ones included (so that "it was deleted" can be said). */
export function getPromise(db: DB, id: number): StoredPromise | null {
  const row = stmt(db, `${SELECT} WHERE pr.id = ?`).get(id) as PromiseRow | undefined;
  return row ? toPromise(row) : null;
}

export interface NewPromise {
  personId: number;
  conversationId: number | null;
  text: string;
  note: string | null;
  due: Day | null;
  /** The if-then cue ("after the Monday stand-up"), cleaned by cleanCue. */
  cue?: string | null;
  /** Set for the small promises made as part of a repair. */
  repairId?: number | null;
}

export function insertPromise(db: DB, p: NewPromise, now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO promises (uuid, person_id, conversation_id, repair_id, text, note, cue, made_at, due_date, due_time, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newUuid(db), p.personId, p.conversationId, p.repairId ?? null, p.text, p.note, p.cue ?? null, at, p.due?.date ?? null, p.due?.time ?? null, at);
  const id = Number(info.lastInsertRowid);
  addEvent(db, id, 'created', now, now, null, null);
  statsOnMade(db, p.personId);
  return id;
}

function addEvent(db: DB, promiseId: number, kind: EventKind, at: Date, now: Date, note: string | null, detail: unknown): void {
  stmt(db, 'INSERT INTO promise_events (promise_id, kind, at, recorded_at, note, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    promiseId,
    kind,
    at.toISOString(),
    now.toISOString(),
    note,
    detail === null ? null : JSON.stringify(detail),
  );
}

/**
 * Records an outcome. The resolution counts in the ISO week of `at` in the time zone in force
 * now, stored with it, so the week's figures stay put if the computer later changes zone.
 * `detail` says where a change came from when it was not typed here (an import).
 */
export function resolvePromise(db: DB, id: number, outcome: Outcome, at: Date, late: boolean, note: string | null, now: Date, detail: unknown = null): void {
  const week = weekOfInstant(at).key;
  const row = stmt(
    db,
    "UPDATE promises SET status = ?, resolved_at = ?, resolved_week = ?, late = ?, updated_at = ? WHERE id = ? AND status = 'open' RETURNING person_id, due_date IS NOT NULL AS due, cue IS NOT NULL AS cued",
  ).get(outcome, at.toISOString(), week, late ? 1 : 0, now.toISOString(), id) as { person_id: number; due: number; cued: number } | undefined;
  if (!row) return;
  addEvent(db, id, outcome, at, now, note, detail);
  statsOnResolved(db, { id, personId: row.person_id, due: row.due === 1, cued: row.cued === 1 }, outcome, late, at.toISOString(), week);
}

/**
 * Undoes a mistaken outcome: the promise is open again. Its history keeps both the outcome and
 * the reopening, and every figure is recomputed, as the outcome may sit anywhere in the order
 * of resolutions. Returns false if the promise was not resolved. `at` differs from `now` only for
 * a reopening an import brings along from another journal.
 */
export function reopenPromise(db: DB, id: number, note: string | null, now: Date, detail: unknown = null, at: Date = now): boolean {
  const row = stmt(db, "UPDATE promises SET status = 'open', resolved_at = NULL, resolved_week = NULL, late = 0, updated_at = ? WHERE id = ? AND status <> 'open' RETURNING id")
    .get(now.toISOString(), id);
  if (!row) return false;
  addEvent(db, id, 'reopened', at, now, note, detail);
  recomputeStats(db);
  return true;
}

/**
 * Sets (or, with null, clears) a promise's outcome on its row alone and works every figure out
 * again. For an import, where the event that tells the change is already in the history: a
 * journal whose status had fallen out of step with it, or an outcome replaced by a later one.
 */
export function writeOutcome(db: DB, id: number, outcome: { status: Outcome; at: Date; late: boolean } | null): void {
  if (outcome === null) stmt(db, "UPDATE promises SET status = 'open', resolved_at = NULL, resolved_week = NULL, late = 0 WHERE id = ?").run(id);
  else {
    stmt(db, 'UPDATE promises SET status = ?, resolved_at = ?, resolved_week = ?, late = ? WHERE id = ?')
      .run(outcome.status, outcome.at.toISOString(), weekOfInstant(outcome.at).key, outcome.late ? 1 : 0, id);
  }
  recomputeStats(db);
}

export function renegotiate(db: DB, id: number, from: Day | null, to: Day, note: string | null, now: Date): void {
  stmt(db, 'UPDATE promises SET due_date = ?, due_time = ?, updated_at = ? WHERE id = ?').run(to.date, to.time, now.toISOString(), id);
  addEvent(db, id, 'renegotiated', now, now, note, { from, to });
}

export interface PromiseChanges {
  text?: string;
  note?: string | null;
  cue?: string | null;
  due?: Day | null;
  person?: { id: number; name: string };
  /** Recomputed when the due date of a kept promise is corrected. */
  late?: boolean;
}

/**
 * Writes changed fields over a promise's row, and nothing else: the caller records the event that
 * explains them (an import may bring that event along). `updatedAt` null keeps the row's own.
 */
export function writePromiseFields(db: DB, before: StoredPromise, changes: PromiseChanges, updatedAt: Date | null): void {
  const due = changes.due === undefined ? before.due : changes.due;
  stmt(db, 'UPDATE promises SET text = ?, note = ?, cue = ?, due_date = ?, due_time = ?, person_id = ?, late = ?, updated_at = coalesce(?, updated_at) WHERE id = ?').run(
    changes.text ?? before.text,
    changes.note === undefined ? before.note : changes.note,
    changes.cue === undefined ? before.cue : changes.cue,
    due?.date ?? null,
    due?.time ?? null,
    changes.person?.id ?? before.personId,
    (changes.late ?? before.late) ? 1 : 0,
    updatedAt?.toISOString() ?? null,
    before.id,
  );
}

/**
 * Corrections of typos. The event keeps what each field was before, so nothing is lost; `detail`
 * adds where the change came from when it was not typed here (an import).
 */
export function editPromise(db: DB, before: StoredPromise, changes: PromiseChanges, now: Date, detail: Record<string, unknown> = {}): void {
  writePromiseFields(db, before, changes, now);
  const from: Record<string, unknown> = {};
  const to: Record<string, unknown> = {};
  for (const key of ['text', 'note', 'cue', 'due'] as const) {
    if (changes[key] !== undefined) [from[key], to[key]] = [before[key], changes[key]];
  }
  if (changes.person) [from.person, to.person] = [before.person, changes.person.name];
  addEvent(db, before.id, 'edited', now, now, null, { from, to, ...detail });
  // Who it was made to, or whether it was late, changes tallies and streaks; a kept promise's
  // due date or cue, what calibration counts.
  const calibrated = before.status === 'kept' && (changes.due !== undefined || changes.cue !== undefined);
  if (changes.person || changes.late !== undefined || calibrated) recomputeStats(db);
}

/** A deletion hides the promise everywhere but keeps the row and its history. */
export function deletePromise(db: DB, id: number, now: Date, detail: unknown = null): void {
  stmt(db, 'UPDATE promises SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now.toISOString(), now.toISOString(), id);
  addEvent(db, id, 'deleted', now, now, null, detail);
  recomputeStats(db);
}

export interface PromiseEvent {
  kind: EventKind;
  at: Date;
  recordedAt: Date;
  note: string | null;
  detail: Record<string, unknown> | null;
}

interface EventRow {
  promise_id: number;
  kind: EventKind;
  at: string;
  recorded_at: string;
  note: string | null;
  detail: string | null;
}

const toEvent = (r: EventRow): PromiseEvent & { promiseId: number } => ({
  promiseId: r.promise_id,
  kind: r.kind,
  at: new Date(r.at),
  recordedAt: new Date(r.recorded_at),
  note: r.note,
  detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
});

export function promiseEvents(db: DB, id: number): PromiseEvent[] {
  return (stmt(db, 'SELECT * FROM promise_events WHERE promise_id = ? ORDER BY id').all(id) as EventRow[]).map(toEvent);
}

/** One person's latest promises, oldest of them first: the end of their story. */
export function promisesOf(db: DB, personId: number, limit: number): StoredPromise[] {
  const rows = stmt(db, `${SELECT} WHERE pr.person_id = ? AND pr.deleted_at IS NULL ORDER BY pr.made_at DESC, pr.id DESC LIMIT ?`)
    .all(personId, limit) as PromiseRow[];
  return rows.map(toPromise).reverse();
}

/** The promises made as part of a repair, in the order they were made. */
export function promisesOfRepair(db: DB, repairId: number): StoredPromise[] {
  const rows = stmt(db, `${SELECT} WHERE pr.repair_id = ? AND pr.deleted_at IS NULL ORDER BY pr.id`).all(repairId) as PromiseRow[];
  return rows.map(toPromise);
}

/** History rows that carry a note, for some promises: the notes of a story. */
export function notedEvents(db: DB, promiseIds: number[]): Array<PromiseEvent & { promiseId: number }> {
  if (promiseIds.length === 0) return [];
  const rows = stmt(db, `SELECT * FROM promise_events WHERE promise_id IN (SELECT value FROM json_each(?)) AND note IS NOT NULL ORDER BY at, id`)
    .all(JSON.stringify(promiseIds)) as EventRow[];
  return rows.map(toEvent);
}

export interface PromiseFilter {
  personId?: number;
  repairId?: number;
  status: Status | 'all';
  /** Open and past this moment key ("YYYY-MM-DD HH:mm"). */
  overdueAt?: string;
  /** Due on or before this key. */
  dueBy?: string;
  limit: number;
}

/** Open promises first by due date (undated last); resolved ones most recent first. */
export function listPromises(db: DB, f: PromiseFilter): { items: StoredPromise[]; total: number } {
  const where = ['pr.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  const add = (clause: string, values: Record<string, unknown>) => {
    where.push(clause);
    Object.assign(params, values);
  };
  if (f.personId !== undefined) add('pr.person_id = @personId', { personId: f.personId });
  if (f.repairId !== undefined) add('pr.repair_id = @repairId', { repairId: f.repairId });
  if (f.overdueAt !== undefined) add("pr.status = 'open' AND pr.due_key < @overdueAt", { overdueAt: f.overdueAt });
  if (f.dueBy !== undefined) add('pr.due_key <= @dueBy', { dueBy: f.dueBy });
  const count = (extra: string) => (stmt(db, `SELECT count(*) AS n FROM promises pr WHERE ${[...where, extra].join(' AND ')}`).get(params) as { n: number }).n;
  const page = (extra: string, order: string, limit: number) =>
    limit <= 0
      ? []
      : (stmt(db, `${SELECT} WHERE ${[...where, extra].join(' AND ')} ORDER BY ${order} LIMIT @limit`).all({ ...params, limit }) as PromiseRow[]).map(toPromise);
  // Ordered pieces, each read in the order of its own index, instead of one sort of them all:
  // open with a due date (soonest first), open without one, then resolved (latest first).
  const RESOLVED_ORDER = 'pr.resolved_at DESC, pr.id';
  const openPage = (limit: number) => {
    const dated = page("pr.status = 'open' AND pr.due_key IS NOT NULL", 'pr.due_key, pr.id', limit);
    return [...dated, ...page("pr.status = 'open' AND pr.due_key IS NULL", 'pr.id', limit - dated.length)];
  };
  if (f.status === 'open') return { items: openPage(f.limit), total: count("pr.status = 'open'") };
  if (f.status !== 'all') {
    params.status = f.status;
    return { items: page('pr.status = @status', RESOLVED_ORDER, f.limit), total: count('pr.status = @status') };
  }
  const open = openPage(f.limit);
  const resolved = page('pr.resolved_at IS NOT NULL', RESOLVED_ORDER, f.limit - open.length);
  // Everything, or everything with one person: the figures kept up to date already hold the
  // count, where counting would read every resolution (8 ms at 100,000 promises).
  const unfiltered = f.repairId === undefined && f.overdueAt === undefined && f.dueBy === undefined;
  const total = unfiltered ? promisesMade(db, f.personId) : count("pr.status = 'open'") + count('pr.resolved_at IS NOT NULL');
  return { items: [...open, ...resolved], total };
}

/** How many promises there are (deleted ones aside), with one person or with everyone, from the kept figures. */
function promisesMade(db: DB, personId: number | undefined): number {
  const row =
    personId === undefined
      ? stmt(db, 'SELECT coalesce(sum(made), 0) AS n FROM person_stats').get()
      : stmt(db, 'SELECT coalesce(sum(made), 0) AS n FROM person_stats WHERE person_id = ?').get(personId);
  return (row as { n: number }).n;
}

/**
 * Open promises due from one moment key (inclusive) to another (exclusive), soonest first: a
 * section of the dashboard. The first `limit` of them, and how many there are in all.
 */
export function openDueBetween(db: DB, from: string, to: string, limit: number): { items: StoredPromise[]; total: number } {
  const where = "pr.status = 'open' AND pr.deleted_at IS NULL AND pr.due_key >= @from AND pr.due_key < @to";
  const rows = limit <= 0 ? [] : (stmt(db, `${SELECT} WHERE ${where} ORDER BY pr.due_key, pr.id LIMIT @limit`).all({ from, to, limit }) as PromiseRow[]);
  const total = (stmt(db, `SELECT count(*) AS n FROM promises pr WHERE ${where}`).get({ from, to }) as { n: number }).n;
  return { items: rows.map(toPromise), total };
}

/**
 * Promises broken since an instant that no repair was started for, latest first: the first
 * `limit` and how many in all. Read through the index of resolution times, so the cost follows
 * the recent resolutions, not the whole journal.
 */
export function brokenSinceWithoutRepair(db: DB, since: Date, limit: number): { items: StoredPromise[]; total: number } {
  // The unary + keeps SQLite off the status index, which would read every broken promise ever
  // (10 ms at 100,000 promises) instead of the last two weeks' resolutions (0.3 ms).
  const where = `pr.resolved_at >= @since AND pr.resolved_at IS NOT NULL AND pr.deleted_at IS NULL AND +pr.status = 'broken'
    AND NOT EXISTS (SELECT 1 FROM repairs r WHERE r.promise_id = pr.id)`;
  const params = { since: since.toISOString() };
  const rows = stmt(db, `${SELECT} WHERE ${where} ORDER BY pr.resolved_at DESC, pr.id DESC LIMIT @limit`).all({ ...params, limit }) as PromiseRow[];
  const total = (stmt(db, `SELECT count(*) AS n FROM promises pr WHERE ${where}`).get(params) as { n: number }).n;
  return { items: rows.map(toPromise), total };
}

/**
 * Promises broken since an instant with neither an apology (a short one, or a repair's) nor a
 * repair under way or done, latest first: the first `limit` and how many in all. Read like
 * brokenSinceWithoutRepair, through the index of resolution times.
 */
export function brokenSinceWithoutApology(db: DB, since: Date, limit: number): { items: Array<StoredPromise & { relation: Relation }>; total: number } {
  const where = `pr.resolved_at >= @since AND pr.resolved_at IS NOT NULL AND pr.deleted_at IS NULL AND +pr.status = 'broken'
    AND NOT EXISTS (SELECT 1 FROM repairs r WHERE r.promise_id = pr.id AND (r.state <> 'abandoned' OR r.apology_at IS NOT NULL))
    AND NOT EXISTS (SELECT 1 FROM apologies a WHERE a.promise_id = pr.id)`;
  const params = { since: since.toISOString() };
  const select = SELECT.replace('p.name AS person', 'p.name AS person, p.relation AS relation');
  const rows = stmt(db, `${select} WHERE ${where} ORDER BY pr.resolved_at DESC, pr.id DESC LIMIT @limit`).all({ ...params, limit }) as Array<PromiseRow & { relation: Relation }>;
  const total = (stmt(db, `SELECT count(*) AS n FROM promises pr WHERE ${where}`).get(params) as { n: number }).n;
  // The relation tells the reader whether an apology is owed at all: not to yourself.
  return { items: rows.map((r) => ({ ...toPromise(r), relation: r.relation })), total };
}

/** How many promises are open: summed from the figures kept per person, not counted row by row. */
export function countOpen(db: DB): number {
  return (stmt(db, 'SELECT coalesce(sum(open), 0) AS n FROM person_stats').get() as { n: number }).n;
}

/** Open promises due between two days (inclusive): how full a week already is. */
export function countOpenDueBetween(db: DB, from: string, to: string): number {
  // Due keys run to "24:00" for a day without a time, so "24:01" is just past the last day.
  return openDueBetween(db, `${from} 00:00`, `${to} 24:01`, 0).total;
}

/** Any promises at all? Lets the dashboard greet a new user instead of showing zeros. */
export function isEmpty(db: DB): boolean {
  return stmt(db, 'SELECT 1 FROM people LIMIT 1').get() === undefined;
}

/** When each of these promises last changed: a calendar feed's sequence, so an app takes a moved date. */
export function changedTimes(db: DB, ids: readonly number[]): Map<number, Date> {
  const rows = stmt(db, 'SELECT id, updated_at FROM promises WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; updated_at: string }>;
  return new Map(rows.map((r) => [r.id, new Date(r.updated_at)]));
}
