/**
 * Read-only checks of a journal file for `trust doctor`. It reads the file even when trust
 * would refuse to use it, and never writes to it.
 */
import { t } from '../i18n/messages.js';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { TrustError } from '../errors.js';
import type { DB } from './sqlite.js';
import { NotAJournal, identifyFile, isSqliteHeader, missingParts, oddKind, readHeader } from './recognise.js';
import { LATEST_VERSION } from './schema.js';
import { snapshot } from './snapshot.js';
import { staleCopies } from './leftovers.js';
import { sideProblems, type SideProblem } from './side-files.js';

export interface FileFacts {
  path: string;
  size: number;
  mode: number;
}

function facts(path: string): FileFacts | null {
  try {
    const s = statSync(path);
    return { path, size: s.size, mode: s.mode & 0o7777 };
  } catch {
    return null;
  }
}

export interface Inspection {
  file: FileFacts | null;
  folder: FileFacts | null;
  wal: FileFacts | null;
  shm: FileFacts | null;
  isSqlite: boolean;
  version: number | null;
  integrity: string[];
  foreignKeyProblems: number;
  counts: Record<string, number> | null;
  error: string | null;
  /** Why trust refuses the file (not a regular file, not a journal, a newer one), or null. */
  refusal: string | null;
  /** The file is something else than a journal (another program's, a folder …): nothing about a journal applies. */
  notJournal: boolean;
  /** Tables and columns of the journal's version that are not there ("the table review_answers"). */
  missing: string[];
  /** Temporary copies left by a killed upgrade, restore or backup. */
  leftovers: string[];
  /** A -wal or -shm file SQLite cannot use, which stops every write (only when the journal itself may be written). */
  sideFiles: SideProblem[];
}

const COUNTS: Record<string, string> = {
  people: 'SELECT count(*) FROM people',
  promises: 'SELECT count(*) FROM promises WHERE deleted_at IS NULL',
  deletedPromises: 'SELECT count(*) FROM promises WHERE deleted_at IS NOT NULL',
  events: 'SELECT count(*) FROM promise_events',
  conversations: 'SELECT count(*) FROM conversations',
  repairs: 'SELECT count(*) FROM repairs',
  reviews: 'SELECT count(*) FROM reviews',
};

/** Whether this process may write the file or folder (root may write anything but a read-only mount). */
export const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

export function inspect(path: string): Inspection {
  const result: Inspection = {
    file: facts(path),
    folder: facts(dirname(path)),
    wal: facts(`${path}-wal`),
    shm: facts(`${path}-shm`),
    isSqlite: false,
    version: null,
    integrity: [],
    foreignKeyProblems: 0,
    counts: null,
    error: null,
    refusal: null,
    notJournal: false,
    missing: [],
    leftovers: staleCopies(path),
    sideFiles: [],
  };
  if (!result.file) return result;
  const kind = oddKind(path);
  if (kind) {
    result.refusal = `${path} is not a trust journal (${kind}).`;
    result.notJournal = true;
    return result;
  }
  result.sideFiles = sideProblems(path).filter((p) => p.odd || writable(path));
  if (result.file.size === 0) return result;
  try {
    result.isSqlite = isSqliteHeader(readHeader(path));
  } catch (e) {
    result.error = (e as Error).message;
    return result;
  }
  if (!result.isSqlite) {
    result.notJournal = true;
    return result;
  }
  try {
    identifyFile(path);
  } catch (e) {
    // SQLite's own errors (a damaged file) are the integrity check's to report.
    if (e instanceof TrustError) result.refusal = e instanceof NotAJournal ? t().doctor.notAJournal({ path: e.path, why: e.why }) : e.message;
    // Another program's database: its tables, modes and side files are none of trust's business.
    if (e instanceof NotAJournal) {
      result.notJournal = true;
      return result;
    }
  }
  let db: DB | undefined;
  try {
    // A copy in memory: looking must not change the file, nor leave -wal and -shm files beside it.
    db = snapshot(path);
    result.version = db.pragma('user_version', { simple: true }) as number;
    result.integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    // A newer trust's journal may be shaped otherwise: that one is for the newer trust to judge.
    if (result.version <= LATEST_VERSION) result.missing = missingParts(db, result.version);
    result.foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
    result.counts = {};
    for (const [name, sql] of Object.entries(COUNTS)) {
      // A table or column that is missing is reported once, as such: its count is just left out.
      try {
        result.counts[name] = db.prepare(sql).pluck().get() as number;
      } catch {
        // left out
      }
    }
  } catch (e) {
    result.error = `${(e as { code?: string }).code ?? 'error'}: ${(e as Error).message}`;
  } finally {
    db?.close();
  }
  return result;
}
