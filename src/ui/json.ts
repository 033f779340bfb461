/**
 * --json output: stable keys, ISO dates. Instants are UTC ("2026-11-21T09:30:00.000Z"); a due
 * date is the calendar day the user gave, its time or null, and dueAt, the instant it stands for.
 */
import { instantOf, type Day } from '../domain/dates.js';
import { isOverdue, type PromiseRecord } from '../domain/promise.js';
import type { PersonSummary } from '../store/people.js';
import type { PromiseEvent } from '../store/promises.js';
import { keepRate } from '../domain/streaks.js';
import type { Output } from './output.js';

export function writeJson(out: Output, value: unknown): void {
  out.write(JSON.stringify(value, null, 2) + '\n');
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function dayJson(due: Day | null) {
  return { due: due?.date ?? null, dueTime: due?.time ?? null, dueAt: due ? instantOf(due).toISOString() : null };
}

export function promiseJson(p: PromiseRecord, now: Date) {
  return {
    id: p.id,
    uuid: p.uuid,
    person: p.person,
    text: p.text,
    note: p.note,
    cue: p.cue,
    status: p.status,
    madeAt: iso(p.madeAt),
    ...dayJson(p.due),
    resolvedAt: iso(p.resolvedAt),
    late: p.late,
    overdue: isOverdue(p, now),
  };
}

export function eventJson(e: PromiseEvent) {
  return { kind: e.kind, at: iso(e.at), recordedAt: iso(e.recordedAt), note: e.note, detail: e.detail };
}

export function personJson(p: PersonSummary) {
  return {
    name: p.name,
    uuid: p.uuid,
    relation: p.relation,
    /** How often to be in touch, in days; null: the default four weeks. */
    rhythmDays: p.rhythmDays,
    made: p.made,
    open: p.open,
    kept: p.kept,
    keptLate: p.keptLate,
    broken: p.broken,
    released: p.released,
    keepRate: keepRate(p),
    lastLogged: iso(p.lastLogged),
  };
}
