import { removeStaleCopies } from './leftovers.js';
import type { DB } from './sqlite.js';

/** Connections whose journal's folder has been cleared of copies killed runs left. */
const swept = new WeakSet<DB>();

/**
 * Runs fn as one IMMEDIATE transaction: the write lock is taken up front, so two trust processes
 * never both read and then fail to upgrade to a write (SQLITE_BUSY despite the busy timeout).
 * Everything fn writes lands together or not at all.
 */
export function writeTx<T>(db: DB, fn: () => T): T {
  sweepOnce(db);
  return db.transaction(fn).immediate();
}

/**
 * Copies left beside the journal by a killed upgrade, restore or backup are removed by the first
 * write of a run, not on every start: a command that only reads never changes the folder, and
 * need not read all of it (a journal in ~/Downloads or /tmp sits among thousands of files).
 */
function sweepOnce(db: DB): void {
  if (swept.has(db)) return;
  swept.add(db);
  // A copy in memory (a journal trust may only read) has no folder.
  if (!db.memory && db.name) removeStaleCopies(db.name);
}
