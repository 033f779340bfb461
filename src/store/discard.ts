/**
 * Taking back a journal that a refused import created: bad input leaves the data untouched, and
 * where there was no journal, untouched means no journal (nor its folder) at all.
 */
import { existsSync, rmSync, rmdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DB } from './sqlite.js';

export interface Absent {
  path: string;
  /** Whether the journal's folder was missing too. */
  folder: boolean;
}

/** What is missing now at `path`, to be taken back later if nothing gets written: null when the journal exists. */
export function absentJournal(path: string): Absent | null {
  if (existsSync(path)) return null;
  return { path, folder: !existsSync(dirname(path)) };
}

/**
 * Closes `db` and removes the journal made since `absentJournal` looked, with its -wal and -shm
 * files and its folder if that was made too. Only while it holds nothing: another trust may
 * have started writing to it in the meantime, and that is never thrown away.
 */
export function discardIfUnused(db: DB, absent: Absent): void {
  if (!db.open) return;
  const used = db.prepare('SELECT 1 FROM people UNION ALL SELECT 1 FROM reviews LIMIT 1').get() !== undefined;
  db.close();
  if (used) return;
  for (const suffix of ['-wal', '-shm', '']) rmSync(`${absent.path}${suffix}`, { force: true });
  if (absent.folder) {
    try {
      rmdirSync(dirname(absent.path));
    } catch {
      // Something else was put there meanwhile: it stays.
    }
  }
}
