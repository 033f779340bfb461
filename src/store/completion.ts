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

const GROUPS: Record<PromiseGroup, { where: string; order: string }> = {
  // Each order is an index's, so the first rows are the answer: soonest due first for open
  // promises, latest first for the others.
  open: { where: "p.status = 'open' AND p.deleted_at IS NULL", order: 'p.due_key' },
  resolved: { where: 'p.resolved_at IS NOT NULL AND p.deleted_at IS NULL', order: 'p.resolved_at DESC, p.id DESC' },
  broken: { where: "p.status = 'broken' AND p.deleted_at IS NULL", order: 'p.due_key DESC' },
};

const SELECT = 'SELECT p.id, p.text, pe.name FROM promises p JOIN people pe ON pe.id = p.person_id';

/**
 * The ids that start with the digits typed, as ranges up to the largest id, highest first:
 * 12 is 12000–12999, 1200–1299, 120–129 and 12 itself. Each is a range of the table's own key,
 * where a filter on the id as text would read every promise.
 */
function idRanges(typed: string, largest: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let low = Number(typed), high = low; low <= largest; low *= 10, high = high * 10 + 9) ranges.unshift([low, Math.min(high, largest)]);
  return ranges;
}

/** Promises whose id starts with the digits typed, described by their text and person. */
export function promisesStartingWith(db: DB, group: PromiseGroup, typed: string, limit: number): Candidate[] {
  const { where, order } = GROUPS[group];
  let rows: { id: number; text: string; name: string }[];
  if (typed === '') rows = stmt(db, `${SELECT} WHERE ${where} ORDER BY ${order} LIMIT ?`).all(limit) as typeof rows;
  else if (!/^[1-9]\d{0,15}$/.test(typed)) return [];
  // Open promises are few however long the journal (they get resolved): filtering them all is quick.
  else if (group === 'open') rows = stmt(db, `${SELECT} WHERE ${where} AND CAST(p.id AS TEXT) LIKE ? ORDER BY ${order} LIMIT ?`).all(`${typed}%`, limit) as typeof rows;
  else {
    const largest = (stmt(db, 'SELECT max(id) AS id FROM promises').get() as { id: number | null }).id ?? 0;
    const inRange = stmt(db, `${SELECT} WHERE p.id BETWEEN ? AND ? AND ${where} ORDER BY p.id DESC LIMIT ?`);
    rows = [];
    for (const [low, high] of idRanges(typed, largest)) {
      if (rows.length >= limit) break;
      rows.push(...(inRange.all(low, high, limit - rows.length) as typeof rows));
    }
  }
  return rows.map((r) => ({ word: String(r.id), description: `${r.text} (${r.name})` }));
}
