/**
 * Telling a trust journal from any other file before anything is written to it. The SQLite
 * header says most of it without opening the file; the rest is read from a copy in memory, so
 * a file of another program is never changed, not even by SQLite's -wal and -shm files.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { TrustError } from '../errors.js';
import { APPLICATION_ID, LATEST_VERSION, expectedTables } from './schema.js';
import { snapshot } from './snapshot.js';
import type { DB } from './sqlite.js';

const SQLITE_HEADER = 'SQLite format 3\u0000';

export const isSqliteHeader = (header: Buffer) => header.toString('latin1', 0, 16) === SQLITE_HEADER;

/** The first 100 bytes of a regular file (fewer if it is shorter): SQLite's header, if it is a database. */
export function readHeader(path: string): Buffer {
  const buffer = Buffer.alloc(100);
  // O_NONBLOCK: a named pipe put where the journal should be must not hang trust while it waits for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) return buffer.subarray(0, 0);
    return buffer.subarray(0, readSync(fd, buffer, 0, 100, 0));
  } finally {
    closeSync(fd);
  }
}

export interface Header {
  /** Bytes 18 and 19, the file format's write and read versions, are 2 in WAL mode. */
  wal: boolean;
  /** PRAGMA user_version, bytes 60–63. */
  version: number;
  /** PRAGMA application_id, bytes 68–71. */
  applicationId: number;
}

export function parseHeader(header: Buffer): Header | null {
  if (header.length < 100 || !isSqliteHeader(header)) return null;
  return { wal: header[18] === 2 && header[19] === 2, version: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

export function notAJournal(path: string, why: string): TrustError {
  return new TrustError(`${path} is not a trust journal (${why}); it was left untouched.`, 1, `Check --db and TRUST_DB, or run \`trust doctor --db ${path}\`.`);
}

const newer = (path: string, version: number) =>
  new TrustError(
    `${path} was written by a newer version of trust (journal version ${version}; this one knows up to ${LATEST_VERSION}). It was left untouched.`,
    1,
    'Update trust to open it.',
  );

/** What a file that is not a regular file is, in a few words; null for a regular file. */
export function oddKind(path: string): string | null {
  const s = statSync(path);
  if (s.isFile()) return null;
  if (s.isDirectory()) return 'it is a folder';
  if (s.isFIFO()) return 'it is a named pipe, not a file';
  if (s.isSocket()) return 'it is a socket, not a file';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'it is a device, not a file';
  return 'it is not a regular file';
}

export type Identity = { kind: 'empty' } | { kind: 'journal'; version: number; wal: boolean };

/** Whether the header on disk is the whole truth: not when a write-ahead log holds changes not yet copied into the file. */
function walHasContent(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * A few columns each table of versions 1–4 has, so that tables of the same names made by another
 * program (or by hand) are not taken for a journal and half-upgraded.
 */
const KEY_COLUMNS: Record<string, readonly string[]> = {
  people: ['uuid', 'name', 'name_key', 'relation'],
  conversations: ['uuid', 'person_id', 'at'],
  promises: ['uuid', 'person_id', 'text', 'made_at', 'due_date', 'status', 'resolved_at'],
  promise_events: ['promise_id', 'kind', 'at', 'recorded_at'],
  repairs: ['uuid', 'person_id', 'cause', 'state'],
  repair_answers: ['repair_id', 'step', 'answer'],
  repair_checkins: ['repair_id', 'date'],
  reviews: ['uuid', 'week', 'figures'],
  review_answers: ['review_id', 'prompt_key', 'answer'],
  journal_stats: ['keep_current', 'score'],
  person_stats: ['person_id', 'made'],
  week_stats: ['week', 'kept', 'broken'],
};

/** Whether a copy in memory has the tables of that older version, with their key columns. */
function hasOlderSchema(db: DB, version: number): boolean {
  const columnsOf = db.prepare('SELECT name FROM pragma_table_info(?)').pluck();
  return expectedTables(version).every((table) => {
    const columns = new Set(columnsOf.all(table) as string[]);
    return columns.size > 0 && (KEY_COLUMNS[table] ?? []).every((c) => columns.has(c));
  });
}

/**
 * What the file at `path` (an existing regular file) is: a new journal (empty, or a SQLite file
 * with nothing in it), or a trust journal of some version. Anything else throws, untouched.
 * A journal carries trust's mark from version 5 on; older ones are known by their tables.
 */
export function identify(path: string, header: Buffer): Identity {
  if (header.length === 0) return { kind: 'empty' };
  const facts = parseHeader(header);
  if (!facts) throw notAJournal(path, 'it is not a SQLite database');
  const { version, applicationId, wal } = facts;
  // trust's mark is never taken away, so it holds even while the write-ahead log has news.
  if (applicationId === APPLICATION_ID && version === LATEST_VERSION) return { kind: 'journal', version, wal };
  const trusted = wal && walHasContent(path) ? null : facts;
  if (trusted && applicationId !== 0 && applicationId !== APPLICATION_ID) throw notAJournal(path, 'it is a SQLite database of some other program');
  if (trusted && applicationId === APPLICATION_ID && version > LATEST_VERSION) throw newer(path, version);
  if (trusted && applicationId === 0 && version > 4) throw notAJournal(path, 'it is a SQLite database of some other program');
  // The rest needs the file's tables (and, with changes in the write-ahead log, its real header).
  const db = snapshot(path);
  try {
    const actual = {
      version: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
    };
    const ours = actual.applicationId === APPLICATION_ID || (actual.applicationId === 0 && actual.version <= 4);
    if (!ours) throw notAJournal(path, 'it is a SQLite database of some other program');
    if (actual.version > LATEST_VERSION) throw newer(path, actual.version);
    if (actual.version === 0) {
      // A new journal holds nothing; a table, view, index or trigger is another program's.
      const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
      // trust marks a new file before it turns on WAL: an unmarked WAL file was made by another program.
      if (objects > 0 || (wal && actual.applicationId !== APPLICATION_ID)) throw notAJournal(path, 'it is a SQLite database of some other program');
      return { kind: 'empty' };
    }
    if (actual.applicationId !== APPLICATION_ID && !hasOlderSchema(db, actual.version)) throw notAJournal(path, 'it is a SQLite database of some other program');
    return { kind: 'journal', version: actual.version, wal };
  } finally {
    db.close();
  }
}

/** Reads the file for `identify` (a shortcut for callers with only a path). */
export function identifyFile(path: string): Identity {
  return identify(path, readHeader(path));
}
