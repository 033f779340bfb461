/**
 * Consistent copies of the journal through SQLite's online backup API, written under a
 * temporary name and renamed into place, so a copy that exists is always a whole one.
 */
import { chmodSync, closeSync, constants, copyFileSync, existsSync, linkSync, openSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { sqlite, type DB } from './sqlite.js';
import { identifyFile, missingParts, notAJournal, oddKind } from './recognise.js';
import { t } from '../i18n/messages.js';
import { LATEST_VERSION } from './schema.js';
import { snapshot, walSize } from './snapshot.js';
import { writeToFreeName } from './free-name.js';

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
 * check, every table and column of its version, and foreign keys. Throws when it is not a trust journal at all.
 */
export function checkJournalFile(path: string): { version: number; integrity: string[]; missing: string[]; foreignKeyProblems: number } {
  const kind = oddKind(path);
  if (kind) throw notAJournal(path, kind);
  const identity = identifyFile(path);
  if (identity.kind !== 'journal') throw notAJournal(path, t().journal.notAJournalWhy.empty());
  const db = snapshot(path);
  try {
    const missing = identity.version <= LATEST_VERSION ? missingParts(db, identity.version) : [];
    return { version: identity.version, integrity: integrityOf(db), missing, foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length };
  } finally {
    db.close();
  }
}

/** A byte-for-byte copy of the journal, never over an existing file; its write-ahead log goes with it, as that holds its latest changes. */
function keepBytes(path: string, dest: string): void {
  copyFileSync(path, dest, constants.COPYFILE_EXCL);
  chmodSync(dest, 0o600);
  if (walSize(path) > 0) renameSync(`${path}-wal`, `${dest}-wal`);
  // What is left beside the journal belonged to the file being replaced: the new one must not
  // read it. The shared-memory file is only an index of the log, rebuilt from it when opened.
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/**
 * Keeps the journal as it is before it is replaced, under the first free name from `stem` on
 * (`-2`, `-3` … when taken: an earlier kept copy, or any file, is never replaced), and returns
 * that name. Through the backup API when SQLite can read the journal; byte for byte (with its
 * write-ahead log) when it cannot, which is when it matters.
 */
export async function keepJournal(path: string, stem: string): Promise<string> {
  return writeToFreeName(stem, '', async (dest) => {
    try {
      await copyJournalFile(path, dest);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw e;
      keepBytes(path, dest);
      return;
    }
    const db = sqlite(path, { fileMustExist: true });
    try {
      // Fold the write-ahead log in, so no stale -wal outlives the file it belonged to.
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  });
}

/**
 * The integrity check of the file just written, and whether it has every table and column of its
 * version: a damaged journal makes a damaged copy, and nobody should learn that on the day they need it.
 */
export function damageIn(file: string): { integrity: string[]; missing: string[] } {
  const db = sqlite(file, { fileMustExist: true });
  try {
    const found = integrityOf(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    return { integrity: found.length === 1 && found[0] === 'ok' ? [] : found, missing: version <= LATEST_VERSION ? missingParts(db, version) : [] };
  } finally {
    db.close();
  }
}
