import type { DB } from './sqlite.js';

/**
 * Runs fn as one IMMEDIATE transaction: the write lock is taken up front, so two trust processes
 * never both read and then fail to upgrade to a write (SQLITE_BUSY despite the busy timeout).
 * Everything fn writes lands together or not at all.
 */
export function writeTx<T>(db: DB, fn: () => T): T {
  return db.transaction(fn).immediate();
}
