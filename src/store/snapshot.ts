/**
 * The journal copied into memory: for looking at a file before trust may write to it, and for
 * reading a journal that cannot be written (a read-only folder or mount, a read-only file, a
 * full disk). Nothing is left beside the file: SQLite makes -wal and -shm files even for a
 * read-only connection, and cannot remove them again without write access.
 */
import { copyFileSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrustError } from '../errors.js';
import { t } from '../i18n/messages.js';
import { sqlite, type DB } from './sqlite.js';

/** An in-memory database from a file's bytes. SQLite keeps no WAL in memory: the header must say "rollback". */
function fromBytes(bytes: Buffer): DB {
  if (bytes.length >= 20) bytes[18] = bytes[19] = 1;
  return sqlite(bytes);
}

const isFile = (path: string) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};

/** How many bytes the journal's write-ahead log holds (0 when it has none): changes not yet in the file itself. */
export const walSize = (path: string) => {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
};

/**
 * Reads the file with its write-ahead log through SQLite, in one read transaction: a consistent
 * image. In place only while its -shm file exists: SQLite would make one otherwise, even when
 * only reading, and a reader cannot remove it again. Left behind, it would be another
 * program's file beside theirs, or one trust cannot write (a 0400 journal makes a 0400 -shm)
 * that stops every later write. Else a private copy of both files is read.
 */
function serializeWithWal(path: string): Buffer {
  if (isFile(`${path}-shm`)) {
    try {
      const db = sqlite(path, { readonly: true, fileMustExist: true });
      try {
        return db.serialize();
      } finally {
        db.close();
      }
    } catch {
      // A -shm file SQLite may not write (another user's, read-only): the private copy below.
    }
  }
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(tmpdir(), 'trust-read-'));
    const copy = join(dir, 'trust.db');
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    copyFileSync(path, copy);
    const db = sqlite(copy, { fileMustExist: true });
    try {
      return db.serialize();
    } finally {
      db.close();
    }
  } catch {
    throw new TrustError(t().journal.walUnreadable({ path }), 1, t().journal.walUnreadableHint());
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The journal at `path` as it stands, in memory. Writing to it changes nothing on disk. */
export function snapshot(path: string): DB {
  return fromBytes(walSize(path) > 0 ? serializeWithWal(path) : readFileSync(path));
}
