/**
 * The words shell completion offers from the journal: people's names and promise ids. Every
 * query walks an index and stops at a limit, as it runs on each press of Tab.
 */
import type { DB } from './sqlite.js';
import { stmt } from './sqlite.js';
import { nameKey } from '../domain/promise.js';

export interface Candidate {
  word: string;
  description: string;
}

/** Past the last character a name could have next: `key < prefix + END` keeps the range on the index. */
const END = '\u{10FFFF}';

export function peopleStartingWith(db: DB, typed: string, limit: number): Candidate[] {
  const key = nameKey(typed);
  const rows = stmt(db, 'SELECT name, relation FROM people WHERE name_key >= ? AND name_key < ? ORDER BY name_key LIMIT ?').all(key, key + END, limit) as { name: string; relation: string }[];
  return rows.map((r) => ({ word: r.name, description: r.relation }));
}

export type PromiseGroup = 'open' | 'resolved' | 'broken';

// Each in the order of an index: soonest due first for open ones, latest first for the others.
const GROUP_SQL: Record<PromiseGroup, string> = {
  open: "p.status = 'open' AND p.deleted_at IS NULL ORDER BY p.due_key",
  resolved: 'p.resolved_at IS NOT NULL AND p.deleted_at IS NULL ORDER BY p.resolved_at DESC, p.id DESC',
  broken: "p.resolved_at IS NOT NULL AND p.deleted_at IS NULL AND p.status = 'broken' ORDER BY p.resolved_at DESC, p.id DESC",
};

/** Promises whose id starts with the digits typed, described by their text and person. */
export function promisesStartingWith(db: DB, group: PromiseGroup, typed: string, limit: number): Candidate[] {
  if (!/^\d*$/.test(typed)) return [];
  const sql = `SELECT p.id, p.text, pe.name FROM promises p JOIN people pe ON pe.id = p.person_id WHERE CAST(p.id AS TEXT) LIKE ? AND ${GROUP_SQL[group]} LIMIT ?`;
  const rows = stmt(db, sql).all(`${typed}%`, limit) as { id: number; text: string; name: string }[];
  return rows.map((r) => ({ word: String(r.id), description: `${r.text} (${r.name})` }));
}
