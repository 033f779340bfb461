/**
 * What `trust remind` has already told, so that a timer running every 15 minutes says each
 * thing once. A reminder is known by its kind (chosen by the remind command: 'due', 'overdue',
 * 'checkin', 'quiet' …), the id it is about (a promise, a repair, a person) and the key of the
 * moment it is due ("YYYY-MM-DD HH:mm" for a promise, a day for a check-in): a promise whose due
 * date moves gets a new key, so it is reminded of again. Local to this machine: not exported.
 */
import { stmt } from './sqlite.js';
import type { DB } from './open.js';

export interface ReminderKey {
  kind: string;
  ref: number;
  dueKey: string;
}

const asJson = (keys: readonly ReminderKey[]) => JSON.stringify(keys.map((k) => [k.kind, k.ref, k.dueKey]));

/**
 * The keys among `keys` not reminded of yet, in their order. One read through the table's key,
 * whatever its size.
 */
export function notYetReminded<K extends ReminderKey>(db: DB, keys: readonly K[]): K[] {
  if (keys.length === 0) return [];
  const told = stmt(
    db,
    `SELECT k.key AS i FROM json_each(?) k
     WHERE EXISTS (SELECT 1 FROM reminders r WHERE r.kind = k.value ->> 0 AND r.ref = k.value ->> 1 AND r.due_key = k.value ->> 2)`,
  )
    .pluck()
    .all(asJson(keys)) as number[];
  const seen = new Set(told);
  return keys.filter((_, i) => !seen.has(i));
}

/**
 * Notes that these were reminded of at `now`. A key already noted keeps its first time. Call it
 * inside writeTx: one short write, after the reading is done.
 */
export function markReminded(db: DB, keys: readonly ReminderKey[], now: Date): void {
  if (keys.length === 0) return;
  stmt(
    db,
    `INSERT INTO reminders (kind, ref, due_key, reminded_at)
     SELECT value ->> 0, value ->> 1, value ->> 2, ? FROM json_each(?) WHERE true
     ON CONFLICT (kind, ref, due_key) DO NOTHING`,
  ).run(now.toISOString(), asJson(keys));
}

/** Forgets reminders given before `before`, so the table stays small; returns how many. */
export function forgetRemindersBefore(db: DB, before: Date): number {
  return stmt(db, 'DELETE FROM reminders WHERE reminded_at < ?').run(before.toISOString()).changes;
}
