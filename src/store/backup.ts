/**
 * Consistent copies of the journal through SQLite's online backup API, written under a
 * temporary name and renamed into place, so a copy that exists is always a whole one.
 */
import { chmodSync, closeSync, constants, copyFileSync, existsSync, linkSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { sqlite, type DB } from './sqlite.js';
import { identifyFile, notAJournal, oddKind } from './recognise.js';
import { snapshot } from './snapshot.js';

/** A name beside `path` for writing it in full before it takes its real name. */
const tmpBeside = (path: string) => `${path}.tmp-${process.pid}-${Date.now()}`;

/** Copies the open journal to `dest` (mode 0600). Refuses to replace an existing file unless asked. */
export async function backupTo(db: DB, dest: string, { replace = false } = {}): Promise<void> {
  const tmp = tmpBeside(dest);
  closeSync(openSync(tmp, 'wx', 0o600));
  try {
    // After the first step, ask for every remaining page at once: one read snapshot, no restarts.
    await db.backup(tmp, { progress: () => 0x7fffffff });
    chmodSync(tmp, 0o600);
    if (replace) renameSync(tmp, dest);
    else {
      linkSync(tmp, dest); // fails if dest exists: never clobber a copy someone else made
      unlinkSync(tmp);
    }
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}

/** Copies a journal file that may not be open (or not even this version's) through the backup API. */
export async function copyJournalFile(src: string, dest: string, options: { replace?: boolean } = {}): Promise<void> {
  const db = sqlite(src, { readonly: true, fileMustExist: true });
  try {
    await backupTo(db, dest, options);
  } finally {
    db.close();
  }
}

/** SQLite's integrity check, all its lines: ["ok"] when the file is whole. */
export function integrityOf(db: DB): string[] {
  return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
}

/**
 * Whether a file is a whole trust journal, checked on a copy in memory so that nothing (not even
 * a -wal file) appears beside it: trust's mark or an older version's tables, SQLite's integrity
 * check and foreign keys. Throws when it is not a trust journal at all.
 */
export function checkJournalFile(path: string): { version: number; integrity: string[]; foreignKeyProblems: number } {
  const kind = oddKind(path);
  if (kind) throw notAJournal(path, kind);
  const identity = identifyFile(path);
  if (identity.kind !== 'journal') throw notAJournal(path, 'it holds no journal');
  const db = snapshot(path);
  try {
    return { version: identity.version, integrity: integrityOf(db), foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length };
  } finally {
    db.close();
  }
}

/**
 * Keeps the journal as it is at `dest` before it is replaced. Through the backup API when SQLite
 * can read it; byte for byte (with its write-ahead log) when it cannot, which is when it matters.
 */
export async function keepJournal(path: string, dest: string): Promise<void> {
  try {
    await copyJournalFile(path, dest);
    const db = sqlite(path, { fileMustExist: true });
    // Fold the write-ahead log in, so no stale -wal outlives the file it belonged to.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } catch {
    if (existsSync(dest)) unlinkSync(dest);
    copyFileSync(path, dest, constants.COPYFILE_EXCL);
    chmodSync(dest, 0o600);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(path + suffix)) renameSync(path + suffix, dest + suffix);
    }
  }
}
