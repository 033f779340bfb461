/**
 * Brings another journal's copy of a known promise into this one. Its outcome and its fields merge
 * separately:
 *
 * - The outcome (status, resolved_at, resolved_week, late) follows the merged history. Every event
 *   of the file the journal lacks joins the history, and the status becomes what the latest
 *   resolution-kind event (kept, broken, released, reopened; by `at`, then `recordedAt`) says. So
 *   a keep typed on one device is not undone by a typo fixed later on another, whichever copy was
 *   changed last, and a reopen made after a keep wins because it is the later event. The change
 *   goes through the store's own paths (resolvePromise, reopenPromise) with the file's event
 *   written instead of a new one; where the event is already here (a journal whose status fell
 *   out of step with its history), only the row is set.
 * - One exception: a newer file whose history holds every resolution this journal has, but whose
 *   row says another outcome than that history (the file was changed without an event: by hand,
 *   or by an older trust). Its row is then taken, and the change is recorded as an event of the
 *   import, as long as that event would be the latest. A row's `open` never undoes a resolution
 *   the file's history does not know of.
 * - Fields (text, note, due, person) follow the copy changed last (newer `updatedAt` wins); each
 *   change is recorded as an edit, unless an event the file brought along already tells it.
 *
 * Afterwards status and history agree, and the promise counts as updated exactly when something
 * was written: importing the same file again finds everything and writes nothing.
 */
import type { Day } from '../domain/dates.js';
import type { ExportEvent, ExportPromise } from '../domain/export-format.js';
import { isLate, type EventKind, type Outcome, type Status } from '../domain/promise.js';
import type { DB } from './open.js';
import {
  deletePromise, editPromise, getPromise, reopenPromise, resolvePromise, writeOutcome, writePromiseFields, type PromiseChanges, type StoredPromise,
} from './promises.js';
import { stmt } from './sqlite.js';

export interface MergeContext {
  now: Date;
  /** Put on every event the import writes itself: `{ origin: 'import', file }`. */
  origin: Record<string, unknown>;
  /** The file's person UUID to the journal's person. */
  person: (uuid: string) => { id: number; name: string };
}

type Stamp = Pick<ExportEvent, 'kind' | 'at' | 'recordedAt'>;

const RESOLUTION_KINDS: ReadonlySet<EventKind> = new Set(['kept', 'broken', 'released', 'reopened']);
const isResolution = (e: Stamp) => RESOLUTION_KINDS.has(e.kind as EventKind);
const sameEvent = (a: Stamp, b: Stamp) => a.kind === b.kind && a.at === b.at && a.recordedAt === b.recordedAt;
const instant = (at: string | Date | null) => (at === null ? null : new Date(at).getTime());
const byTime = (a: Stamp, b: Stamp) => instant(a.at)! - instant(b.at)! || instant(a.recordedAt)! - instant(b.recordedAt)!;
const latestOf = <T extends Stamp>(events: T[]): T | undefined => events.reduce<T | undefined>((l, e) => (l === undefined || byTime(e, l) >= 0 ? e : l), undefined);

const sameDay = (a: Day | null, date: string | null, time: string | null) => (a?.date ?? null) === date && (a?.time ?? null) === time;

/** What a promise's outcome becomes, and what tells it. */
interface Target {
  status: Status;
  resolvedAt: string | null;
  late: boolean;
  /** The week the file's device counted it in, when the outcome is the file's row. */
  week: string | null;
  /** A missing event of the file (written through the store), the journal's own event, or none yet (the import writes one). */
  told: ExportEvent | 'journal' | 'import';
}

/** The events of the file the journal does not have yet, in the file's order. */
function missingEvents(db: DB, promiseId: number, history: ExportEvent[]): ExportEvent[] {
  const exists = stmt(db, 'SELECT 1 FROM promise_events WHERE promise_id = ? AND kind = ? AND at = ? AND recorded_at = ?');
  return history.filter((e) => !exists.get(promiseId, e.kind, e.at, e.recordedAt));
}

export function insertEvent(db: DB, promiseId: number, e: ExportEvent): void {
  stmt(db, 'INSERT INTO promise_events (promise_id, kind, at, recorded_at, note, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    promiseId, e.kind, e.at, e.recordedAt, e.note, e.detail === null || e.detail === undefined ? null : JSON.stringify(e.detail),
  );
}

function journalResolutions(db: DB, promiseId: number): Stamp[] {
  const kinds = [...RESOLUTION_KINDS];
  return stmt(db, `SELECT kind, at, recorded_at AS recordedAt FROM promise_events WHERE promise_id = ? AND kind IN (${kinds.map(() => '?').join(', ')})`)
    .all(promiseId, ...kinds) as Stamp[];
}

/** The outcome the merged history tells, or the file's row where it is the better informed (see the module's comment). */
function targetOutcome(before: StoredPromise, p: ExportPromise, newer: boolean, journal: Stamp[], missing: ExportEvent[], due: Day | null): Target {
  const fileOutcome = (status: Status, resolvedAt: string | null) => status === p.status && instant(resolvedAt) === instant(p.resolvedAt);
  const latest = latestOf<Stamp | ExportEvent>([...journal, ...missing.filter(isResolution)]);
  let told: Target;
  if (latest === undefined) {
    told = { status: before.status, resolvedAt: before.resolvedAt?.toISOString() ?? null, late: before.late, week: null, told: 'journal' };
  } else {
    const source = missing.includes(latest as ExportEvent) ? (latest as ExportEvent) : 'journal';
    if (latest.kind === 'reopened') told = { status: 'open', resolvedAt: null, late: false, week: null, told: source };
    else {
      const status = latest.kind as Outcome;
      const ofRow = fileOutcome(status, latest.at);
      const late = ofRow ? p.late : status === 'kept' && isLate(due, new Date(latest.at));
      told = { status, resolvedAt: latest.at, late, week: ofRow ? (p.resolvedWeek ?? null) : null, told: source };
    }
  }
  if (!newer || fileOutcome(told.status, told.resolvedAt)) return told;
  const fileKnowsAll = journal.every((j) => p.history.some((f) => sameEvent(f, j)));
  const rowIsLatest = p.resolvedAt === null || latest === undefined || instant(p.resolvedAt)! >= instant(latest.at)!;
  if (!fileKnowsAll || !rowIsLatest) return told;
  return { status: p.status as Status, resolvedAt: p.resolvedAt, late: p.late, week: p.resolvedWeek ?? null, told: 'import' };
}

/**
 * Applies the file's copy of promise `id` (see the module's comment). Returns whether anything was
 * written.
 */
export function mergePromise(db: DB, id: number, p: ExportPromise, ctx: MergeContext): boolean {
  const row = stmt(db, 'SELECT updated_at, deleted_at FROM promises WHERE id = ?').get(id) as { updated_at: string; deleted_at: string | null };
  const updatedAt = row.updated_at;
  const newer = instant(p.updatedAt)! > instant(updatedAt)!;
  const missing = missingEvents(db, id, p.history);
  // An older copy with nothing new in its history changes nothing: most rows of a whole journal.
  if (!newer && missing.length === 0 && (p.deletedAt === null || row.deleted_at !== null)) return false;
  const before = getPromise(db, id)!;
  const person = ctx.person(p.person);

  // Fields: the copy changed last wins.
  const changes: PromiseChanges = {};
  if (newer) {
    if (p.text !== before.text) changes.text = p.text;
    if (p.note !== before.note) changes.note = p.note;
    // A file from before cues says nothing of one: the journal's stays.
    if (p.cue !== undefined && p.cue !== before.cue) changes.cue = p.cue;
    if (!sameDay(before.due, p.due, p.dueTime)) changes.due = p.due === null ? null : { date: p.due, time: p.dueTime };
    if (person.id !== before.personId) changes.person = person;
  }
  const due = changes.due === undefined ? before.due : changes.due;

  // The outcome: the merged history's, written where its event falls in the file's order.
  const target = targetOutcome(before, p, newer, journalResolutions(db, id), missing, due);
  let outcomePending = target.status !== before.status || instant(target.resolvedAt) !== instant(before.resolvedAt);
  const outcomeChanged = outcomePending;
  const applyOutcome = (e?: ExportEvent) => {
    outcomePending = false;
    if (target.status === 'open') {
      if (e) reopenPromise(db, id, e.note, new Date(e.recordedAt), e.detail ?? null, new Date(e.at));
      else if (target.told === 'import') reopenPromise(db, id, null, ctx.now, ctx.origin);
      else writeOutcome(db, id, null);
      return;
    }
    const status = target.status as Outcome;
    const at = new Date(target.resolvedAt!);
    // A later outcome replaces an earlier one; the event that brings it says so.
    if (getPromise(db, id)!.status !== 'open') writeOutcome(db, id, null);
    if (e) resolvePromise(db, id, status, at, target.late, e.note, new Date(e.recordedAt), e.detail ?? null);
    else if (target.told === 'import') resolvePromise(db, id, status, at, target.late, null, ctx.now, ctx.origin);
    else writeOutcome(db, id, { status, at, late: target.late });
    if (target.week !== null) stmt(db, 'UPDATE promises SET resolved_week = ? WHERE id = ?').run(target.week, id);
  };
  for (const e of missing) {
    if (outcomePending && e === target.told) applyOutcome(e);
    else insertEvent(db, id, e);
  }
  if (outcomePending) applyOutcome();

  // Field changes an event of the file already tells are written as they are; the others are
  // recorded as an edit that came with the import.
  const told = (key: keyof PromiseChanges, value: unknown) =>
    missing.some((e) => {
      const to = (e.detail as { to?: Record<string, unknown> } | null)?.to;
      if (e.kind === 'renegotiated' && key === 'due') return JSON.stringify(to) === JSON.stringify(value);
      return e.kind === 'edited' && to !== undefined && key in to && JSON.stringify(to[key]) === JSON.stringify(key === 'person' ? person.name : value);
    });
  const silent: PromiseChanges = {};
  const recorded: PromiseChanges = {};
  for (const key of ['text', 'note', 'cue', 'due', 'person'] as const) {
    if (changes[key] !== undefined) Object.assign(told(key, changes[key]) ? silent : recorded, { [key]: changes[key] });
  }
  const now = getPromise(db, id)!;
  // Late: the file's when its row's outcome stands and it is the newer copy, else worked out again
  // when the due date moved under a kept promise.
  let late: boolean | undefined;
  if (now.status === 'kept') {
    const rowStands = now.status === p.status && instant(now.resolvedAt) === instant(p.resolvedAt);
    const wanted = rowStands && newer ? p.late : changes.due !== undefined ? isLate(due, now.resolvedAt!) : now.late;
    if (wanted !== now.late) late = wanted;
  }
  if (Object.keys(recorded).length > 0) editPromise(db, now, { ...recorded, late }, ctx.now, ctx.origin);
  else if (late !== undefined) silent.late = late;
  // Explained by an event the file brought along: written without one of its own.
  if (Object.keys(silent).length > 0) writePromiseFields(db, getPromise(db, id)!, silent, null);

  // A deletion travels, whichever copy is newer; an undeletion does not exist, so a promise
  // deleted here stays deleted.
  const deleting = p.deletedAt !== null && before.deletedAt === null;
  if (deleting) {
    if (!missing.some((e) => e.kind === 'deleted')) deletePromise(db, id, ctx.now, ctx.origin);
    stmt(db, 'UPDATE promises SET deleted_at = ? WHERE id = ?').run(p.deletedAt, id);
  }

  const written = missing.length > 0 || outcomeChanged || Object.keys(recorded).length > 0 || Object.keys(silent).length > 0 || deleting;
  if (written) stmt(db, 'UPDATE promises SET updated_at = ? WHERE id = ?').run(newer ? p.updatedAt : updatedAt, id);
  return written;
}
