/**
 * Telling a trust journal from any other file before anything is written to it. The SQLite
 * header says most of it without opening the file; the rest is read from a copy in memory, so
 * a file of another program is never changed, not even by SQLite's -wal and -shm files.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { TrustError } from '../errors.js';
import { t } from '../i18n/messages.js';
import { APPLICATION_ID, LATEST_VERSION, expectedTables } from './schema.js';
import { snapshot, walSize } from './snapshot.js';
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

/** A file trust refuses because it is something else (not a journal at all, as opposed to a newer one). */
export class NotAJournal extends TrustError {
  constructor(
    readonly path: string,
    /** What the file is instead, in a few words: "it is a folder". */
    readonly why: string,
  ) {
    super(t().journal.notAJournal({ path, why }), 1, t().journal.notAJournalHint({ path }));
  }
}

export const notAJournal = (path: string, why: string): TrustError => new NotAJournal(path, why);

/** A journal written by a newer trust: trust's own file, which this one must not touch. */
export class NewerJournal extends TrustError {
  constructor(
    path: string,
    readonly version: number,
  ) {
    super(t().journal.newer({ path, version, latest: LATEST_VERSION }), 1, t().journal.newerHint());
  }
}

const newer = (path: string, version: number) => new NewerJournal(path, version);

/** What a file that is not a regular file is, in a few words; null for a regular file. */
export function oddKind(path: string): string | null {
  const s = statSync(path);
  if (s.isFile()) return null;
  const why = t().journal.notAJournalWhy;
  if (s.isDirectory()) return why.folder();
  if (s.isFIFO()) return why.pipe();
  if (s.isSocket()) return why.socket();
  if (s.isCharacterDevice() || s.isBlockDevice()) return why.device();
  return why.notRegular();
}

/** The first journal version with trust's mark in the header. */
const MARKED_SINCE = 5;

export type Identity = { kind: 'empty' } | { kind: 'journal'; version: number; wal: boolean };


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

/**
 * Every column of each table, as the latest version has them. trust reads all of them (export
 * writes every one), so a journal without one of its version's columns is damaged.
 */
const COLUMNS: Record<string, readonly string[]> = {
  people: ['id', 'uuid', 'name', 'name_key', 'relation', 'created_at', 'updated_at', 'rhythm_days'],
  conversations: ['id', 'uuid', 'person_id', 'at'],
  promises: [
    'id', 'uuid', 'person_id', 'conversation_id', 'text', 'note', 'made_at', 'due_date', 'due_time', 'due_key',
    'status', 'resolved_at', 'late', 'deleted_at', 'updated_at', 'repair_id', 'resolved_week', 'cue',
  ],
  promise_events: ['id', 'promise_id', 'kind', 'at', 'recorded_at', 'note', 'detail'],
  repairs: ['id', 'uuid', 'person_id', 'promise_id', 'cause', 'checklist_version', 'state', 'learned', 'started_at', 'closed_at', 'updated_at', 'kind', 'apology_at'],
  repair_answers: ['repair_id', 'step', 'title', 'answer', 'answered_at'],
  repair_checkins: ['id', 'repair_id', 'date'],
  reviews: ['id', 'uuid', 'week', 'figures', 'created_at', 'updated_at'],
  review_answers: ['id', 'review_id', 'prompt_key', 'prompt', 'answer', 'intention', 'followed', 'followed_in', 'answered_at'],
  journal_stats: ['id', 'keep_current', 'keep_best', 'keep_current_late', 'score', 'kept', 'broken', 'last_key'],
  person_stats: ['person_id', 'made', 'open', 'kept', 'kept_late', 'broken', 'released', 'score', 'last_key'],
  week_stats: ['week', 'kept', 'broken'],
  apologies: ['promise_id', 'said_at', 'note', 'recorded_at'],
  reminders: ['kind', 'ref', 'due_key', 'reminded_at'],
  calibration_weeks: ['week', 'kept', 'late', 'cued', 'cued_late'],
};

/** Columns added to a table by a later version than the one that made it. */
const ADDED_IN: Record<string, number> = {
  'promises.repair_id': 2,
  'promises.resolved_week': 5,
  'people.rhythm_days': 7,
  'promises.cue': 7,
  'repairs.kind': 7,
  'repairs.apology_at': 7,
};

/** The columns a table has in a journal of that version. */
export const columnsAt = (table: string, version: number) => (COLUMNS[table] ?? []).filter((c) => (ADDED_IN[`${table}.${c}`] ?? 1) <= version);

/**
 * What a journal of `version` lacks of its tables and columns, as "the table review_answers" or
 * "the column promises.note": empty when its shape is whole. (table_xinfo also lists generated columns.)
 */
export function missingParts(db: DB, version: number): string[] {
  const columnsOf = db.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck();
  const missing: string[] = [];
  for (const table of expectedTables(Math.min(version, LATEST_VERSION))) {
    const columns = new Set(columnsOf.all(table) as string[]);
    if (columns.size === 0) missing.push(t().journal.missingTable({ table }));
    else for (const column of columnsAt(table, version)) if (!columns.has(column)) missing.push(t().journal.missingColumn({ column: `${table}.${column}` }));
  }
  return missing;
}

/** "the table a is missing", "a and b are missing", "a, b and 3 more are missing". */
export function missingWords(missing: readonly string[]): string {
  const m = t().journal;
  if (missing.length === 1) return m.missingOne({ part: missing[0]! });
  if (missing.length > 3) return m.missingMany({ first: missing[0]!, second: missing[1]!, more: missing.length - 2 });
  return m.missingSome({ list: missing.slice(0, -1).join(m.listSeparator()), last: missing[missing.length - 1]! });
}

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
  if (!facts) throw notAJournal(path, t().journal.notAJournalWhy.notSqlite());
  const { version, applicationId, wal } = facts;
  // trust's mark is never taken away, so it holds even while the write-ahead log has news.
  if (applicationId === APPLICATION_ID && version === LATEST_VERSION) return { kind: 'journal', version, wal };
  // The header on disk is the whole truth only when no write-ahead log holds changes not yet in the file.
  const trusted = wal && walSize(path) > 0 ? null : facts;
  if (trusted && applicationId !== 0 && applicationId !== APPLICATION_ID) throw notAJournal(path, t().journal.notAJournalWhy.otherProgram());
  if (trusted && applicationId === APPLICATION_ID && version > LATEST_VERSION) throw newer(path, version);
  // An older journal with the mark is known from its header alone: no copy of it in memory.
  if (trusted && applicationId === APPLICATION_ID && version >= MARKED_SINCE) return { kind: 'journal', version, wal };
  if (trusted && applicationId === 0 && version >= MARKED_SINCE) throw notAJournal(path, t().journal.notAJournalWhy.otherProgram());
  // The rest needs the file's tables (and, with changes in the write-ahead log, its real header).
  const db = snapshot(path);
  try {
    const actual = {
      version: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
    };
    const ours = actual.applicationId === APPLICATION_ID || (actual.applicationId === 0 && actual.version <= 4);
    if (!ours) throw notAJournal(path, t().journal.notAJournalWhy.otherProgram());
    if (actual.version > LATEST_VERSION) throw newer(path, actual.version);
    if (actual.version === 0) {
      // A new journal holds nothing; a table, view, index or trigger is another program's.
      const objects = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
      // trust marks a new file before it turns on WAL: an unmarked WAL file was made by another program.
      if (objects > 0 || (wal && actual.applicationId !== APPLICATION_ID)) throw notAJournal(path, t().journal.notAJournalWhy.otherProgram());
      return { kind: 'empty' };
    }
    if (actual.applicationId !== APPLICATION_ID && !hasOlderSchema(db, actual.version)) throw notAJournal(path, t().journal.notAJournalWhy.otherProgram());
    return { kind: 'journal', version: actual.version, wal };
  } finally {
    db.close();
  }
}

/** Reads the file for `identify` (a shortcut for callers with only a path). */
export function identifyFile(path: string): Identity {
  return identify(path, readHeader(path));
}
