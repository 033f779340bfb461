/**
 * Brings a newer copy of a known promise into the journal. Its changes go through the same paths
 * as typed ones (kept, reopen, edit, delete), so each leaves an event in the promise's history.
 * Where the file carries the event that made a change (it was typed on another device), that
 * event is the one written, so importing the same file again finds it and adds nothing.
 */
import type { Day } from '../domain/dates.js';
import type { ExportEvent, ExportPromise } from '../domain/export-format.js';
import type { Outcome } from '../domain/promise.js';
import type { DB } from './open.js';
import { deletePromise, editPromise, getPromise, reopenPromise, resolvePromise, writePromiseFields, type PromiseChanges } from './promises.js';
import { stmt } from './sqlite.js';

export interface MergeContext {
  now: Date;
  /** Put on every event the import writes itself: `{ origin: 'import', file }`. */
  origin: Record<string, unknown>;
  /** The file's person UUID to the journal's person. */
  person: (uuid: string) => { id: number; name: string };
}

const findLast = <T>(list: T[], test: (item: T) => boolean): T | undefined => {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
};

const sameDay = (a: Day | null, date: string | null, time: string | null) => (a?.date ?? null) === date && (a?.time ?? null) === time;

/** The events of the file the journal does not have yet, in the file's order. */
export function missingEvents(db: DB, promiseId: number, history: ExportEvent[]): ExportEvent[] {
  const exists = stmt(db, 'SELECT 1 FROM promise_events WHERE promise_id = ? AND kind = ? AND at = ? AND recorded_at = ?');
  return history.filter((e) => !exists.get(promiseId, e.kind, e.at, e.recordedAt));
}

export function insertEvent(db: DB, promiseId: number, e: ExportEvent): void {
  stmt(db, 'INSERT INTO promise_events (promise_id, kind, at, recorded_at, note, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    promiseId, e.kind, e.at, e.recordedAt, e.note, e.detail === null || e.detail === undefined ? null : JSON.stringify(e.detail),
  );
}

/** Applies the file's copy of promise `id`, newer than the journal's. */
export function mergePromise(db: DB, id: number, p: ExportPromise, missing: ExportEvent[], ctx: MergeContext): void {
  const before = getPromise(db, id)!;
  const resolvedChanged = before.status !== p.status || (before.resolvedAt?.toISOString() ?? null) !== p.resolvedAt;
  let needReopen = resolvedChanged && before.status !== 'open';
  let needResolve = resolvedChanged && p.status !== 'open';
  // The file's own events for these changes, when they are the ones kept and reopen would write.
  const resolveEvent = needResolve ? findLast(missing, (e) => e.kind === p.status && e.at === p.resolvedAt) : undefined;
  const resolveIndex = resolveEvent ? missing.indexOf(resolveEvent) : missing.length;
  const reopenEvent = needReopen ? findLast(missing.slice(0, resolveIndex), (e) => e.kind === 'reopened' && e.at === e.recordedAt) : undefined;

  const reopen = (e?: ExportEvent) => {
    reopenPromise(db, id, e?.note ?? null, e ? new Date(e.at) : ctx.now, e ? e.detail : ctx.origin);
    needReopen = false;
  };
  const resolve = (e?: ExportEvent) => {
    if (needReopen) reopen();
    resolvePromise(db, id, p.status as Outcome, new Date(p.resolvedAt!), p.late, e?.note ?? null, e ? new Date(e.recordedAt) : ctx.now, e ? e.detail : ctx.origin);
    needResolve = false;
  };
  const added: ExportEvent[] = [];
  for (const e of missing) {
    if (e === reopenEvent && needReopen) reopen(e);
    else if (e === resolveEvent && needResolve) resolve(e);
    else {
      insertEvent(db, id, e);
      added.push(e);
    }
  }
  if (needReopen) reopen();
  if (needResolve) resolve();

  // Field changes: those an event of the file already tells are applied as they are, the others
  // are recorded as an edit that came with the import.
  const person = ctx.person(p.person);
  const changes: PromiseChanges = {};
  if (p.text !== before.text) changes.text = p.text;
  if (p.note !== before.note) changes.note = p.note;
  if (!sameDay(before.due, p.due, p.dueTime)) changes.due = p.due === null ? null : { date: p.due, time: p.dueTime };
  if (person.id !== before.personId) changes.person = person;
  const told = (key: keyof PromiseChanges, value: unknown) =>
    added.some((e) => {
      const to = (e.detail as { to?: Record<string, unknown> } | null)?.to;
      if (e.kind === 'renegotiated' && key === 'due') return JSON.stringify(to) === JSON.stringify(value);
      return e.kind === 'edited' && to !== undefined && key in to && JSON.stringify(to[key]) === JSON.stringify(key === 'person' ? person.name : value);
    });
  const silent: PromiseChanges = {};
  const recorded: PromiseChanges = {};
  for (const key of ['text', 'note', 'due', 'person'] as const) {
    if (changes[key] !== undefined) Object.assign(told(key, changes[key]) ? silent : recorded, { [key]: changes[key] });
  }
  const now = getPromise(db, id)!;
  const late = now.status === 'kept' && now.late !== p.late ? p.late : undefined;
  if (Object.keys(recorded).length > 0) editPromise(db, now, { ...recorded, late }, ctx.now, ctx.origin);
  else if (late !== undefined) silent.late = late;
  // Explained by an event the file brought along: written without one of its own.
  if (Object.keys(silent).length > 0) writePromiseFields(db, getPromise(db, id)!, silent, null);
  // A deletion travels; an undeletion does not exist, so a promise deleted here stays deleted.
  if (p.deletedAt !== null && before.deletedAt === null) {
    if (!added.some((e) => e.kind === 'deleted')) deletePromise(db, id, ctx.now, ctx.origin);
    stmt(db, 'UPDATE promises SET deleted_at = ? WHERE id = ?').run(p.deletedAt, id);
  }
  const week = p.resolvedAt === null ? null : (p.resolvedWeek ?? null);
  stmt(db, 'UPDATE promises SET updated_at = ?, resolved_week = coalesce(?, resolved_week) WHERE id = ?').run(p.updatedAt, week, id);
}
