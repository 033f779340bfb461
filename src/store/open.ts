/**
 * Finding, creating and opening the journal file. Nothing else in trust touches the file itself.
 */
import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { TrustError, usageError } from '../errors.js';
import { APPLICATION_ID, LATEST_VERSION, migrate } from './schema.js';
import { backupTo } from './backup.js';
import { identifyFile, missingWords, notAJournal, oddKind, type Identity } from './recognise.js';
import { snapshot } from './snapshot.js';
import { makePrivate, removeStaleCopies } from './leftovers.js';
import { sideProblemWords } from './side-files.js';
import { sqlite, type DB } from './sqlite.js';
import { pause } from './pause.js';
import { t } from '../i18n/messages.js';

export type { DB } from './sqlite.js';

/** --db, else TRUST_DB, else $XDG_DATA_HOME/trust/trust.db (~/.local/share/trust/trust.db). */
export function journalPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  // An empty --db is a mistake (an unset variable in a script), never the default journal.
  if (flag !== undefined && flag.trim() === '') throw usageError(t().journal.emptyDbFlag(), t().journal.emptyDbFlagHint());
  if (flag) return resolve(flag);
  if (env.TRUST_DB) return resolve(env.TRUST_DB);
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'trust', 'trust.db');
}

/** A path in a sentence: a very long one keeps its start and its end. */
export const shortPath = (path: string, max = 80) => (path.length <= max ? path : `${path.slice(0, max / 2)}…${path.slice(-(max / 2 - 1))}`);

function storageProblem(path: string, e: unknown): TrustError {
  const m = t().journal;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENAMETOOLONG') return new TrustError(m.pathTooLong({ path: shortPath(path) }), 2, m.pathTooLongHint());
  if (code === 'EACCES' || code === 'EPERM') return new TrustError(m.mayNotUse({ path }), 1, m.checkPermissions());
  return new TrustError(m.couldNotUse({ path, reason: (e as Error).message }), 1);
}

function readOnly(path: string): TrustError {
  const m = t().journal;
  const side = sideProblemWords(path);
  if (side) return new TrustError(m.sideReadOnly({ path, side }), 1, m.runDoctor());
  return new TrustError(m.readOnly({ path }), 1, m.checkPermissions());
}

/**
 * What the file at `path` is, without changing it: null when there is none. Anything that is not
 * a regular file (a folder, a named pipe, a device) or not a trust journal is refused at once.
 */
function examine(path: string): Identity | null {
  let kind: string | null;
  try {
    kind = oddKind(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw storageProblem(path, e);
  }
  if (kind) throw notAJournal(path, kind);
  try {
    return identifyFile(path);
  } catch (e) {
    if (e instanceof TrustError) throw e;
    throw translate(storageProblemOrSqlite(path, e), path);
  }
}

const storageProblemOrSqlite = (path: string, e: unknown) => ((e as { code?: string }).code?.startsWith('SQLITE_') ? e : storageProblem(path, e));

/** Creates the journal's folder (0700) and the parents it needs (with the usual modes: ~/.local/share is shared by many programs). */
export function ensureFolder(path: string): void {
  try {
    mkdirSync(dirname(dirname(path)), { recursive: true });
    mkdirSync(dirname(path), { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw storageProblem(path, e); // another trust may have made it first
  }
}

/** Creates the folder (0700) and an empty file (0600) before SQLite opens it, so its -wal and -shm files are private too. */
function createEmpty(path: string): void {
  ensureFolder(path);
  try {
    closeSync(openSync(path, 'wx', 0o600));
    chmodSync(path, 0o600); // the umask may have taken bits away, never added: make sure anyway
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw storageProblem(path, e);
  }
}

/** Why the journal can only be read here, or null when trust may write it. (root may write anything but a read-only mount.) */
function whyReadOnly(path: string): string | null {
  const denied = (target: string) => {
    try {
      accessSync(target, constants.W_OK);
      return null;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? 'EACCES';
    }
  };
  const folder = denied(dirname(path));
  // The catalogue only when there is something to say: the API opens journals without one.
  if (folder === 'EROFS') return t().journal.readOnlyWhy.disk();
  if (folder) return t().journal.readOnlyWhy.folder();
  if (denied(path)) return t().journal.readOnlyWhy.file();
  return null;
}

function loadDatabase(path: string): DB {
  try {
    return sqlite(path, { fileMustExist: true, timeout: busyTimeout() });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_DLOPEN_FAILED') {
      throw new TrustError(t().journal.sqliteBuild(), 1, t().journal.sqliteBuildHint());
    }
    throw storageProblem(path, e);
  }
}

/** A few seconds by default; TRUST_BUSY_TIMEOUT_MS tunes it (the tests use a short one). */
function busyTimeout(): number {
  const ms = Number(process.env.TRUST_BUSY_TIMEOUT_MS);
  return Number.isInteger(ms) && ms >= 0 ? ms : 5000;
}

const noJournal = (path: string) => new TrustError(t().journal.noJournal({ path }), 1, t().journal.noJournalHint());

/** Whether an error is of a SQLite result-code family; extended codes (SQLITE_READONLY_DIRECTORY …) share its prefix. */
function sqliteFamily(e: unknown, ...families: string[]): boolean {
  const code = (e as { code?: string }).code ?? '';
  return families.some((family) => code === family || code.startsWith(`${family}_`));
}

const isBusy = (e: unknown) => sqliteFamily(e, 'SQLITE_BUSY', 'SQLITE_LOCKED');
/** What SQLite says when it may read the file but not write beside it (its -wal and -shm files). */
const cannotWrite = (e: unknown) => sqliteFamily(e, 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_FULL', 'SQLITE_IOERR');

/**
 * What SQLite's complaint about a table or column that is not there means for trust: the journal
 * lost part of its shape (changed by hand or by another program). Null for any other error.
 */
function missingPart(e: unknown): string | null {
  if ((e as { code?: string }).code !== 'SQLITE_ERROR') return null;
  const message = (e as Error).message;
  const table = /^no such table: (?:main\.)?(\S+)/.exec(message);
  if (table) return missingWords([t().journal.missingTable({ table: table[1]! })]);
  const column = /^no such column: (\S+)/.exec(message) ?? /^table (?:main\.)?(\S+) has no column named (\S+)/.exec(message);
  if (column) return missingWords([t().journal.missingColumn({ column: column.slice(1).join('.') })]);
  return null;
}

/** SQLite's words for a damaged file, in ours. */
export function translate(e: unknown, path: string): unknown {
  const code = (e as { code?: string }).code ?? '';
  const is = (family: string) => sqliteFamily(e, family);
  const m = t().journal;
  if (is('SQLITE_NOTADB') || is('SQLITE_CORRUPT')) return notAJournal(path, m.notAJournalWhy.damaged());
  const missing = missingPart(e);
  if (missing) return new TrustError(m.damaged({ path, missing }), 1, m.runDoctor());
  if (isBusy(e)) return new TrustError(m.busy(), 1, m.busyHint());
  if (is('SQLITE_READONLY') || is('SQLITE_CANTOPEN') || is('SQLITE_PERM') || is('SQLITE_AUTH')) return readOnly(path);
  if (is('SQLITE_FULL') || is('SQLITE_IOERR')) {
    return new TrustError(m.writeFailed({ path, code }), 1, m.writeFailedHint());
  }
  return e;
}

export type Notice = (message: string) => void;

export interface Upgrade {
  /** The copy kept from before, when an upgrade happened. */
  copy: string | null;
  /**
   * What the file was found to be (null: no file), for openJournal to start from instead of
   * reading it a second time in the same run; undefined when it changed since.
   */
  examined: Identity | null | undefined;
}

/**
 * Brings an existing journal from an older trust up to date. First a copy of it is kept beside
 * it (trust.db.pre-v<N>); then every migration runs in one IMMEDIATE transaction, which re-reads
 * the version, so processes starting together migrate exactly once. A failed migration leaves
 * the journal as it was. Returns the copy's path when an upgrade happened. A journal trust may
 * not write is left as it is: reading commands upgrade their copy in memory.
 */
export async function upgradeJournal(path: string, notice: Notice = () => {}, { privateFolder = false } = {}): Promise<Upgrade> {
  const identity = examine(path);
  if (identity?.kind !== 'journal' || identity.version >= LATEST_VERSION) return { copy: null, examined: identity };
  if (whyReadOnly(path)) return { copy: null, examined: identity };
  // An upgrade writes, so it clears what killed runs left, as every write does (see writeTx).
  removeStaleCopies(path);
  const db = loadDatabase(path);
  try {
    const copy = `${path}.pre-v${LATEST_VERSION}`;
    if (!existsSync(copy)) {
      try {
        await backupTo(db, copy);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw storageProblem(copy, e);
      }
    }
    try {
      migrate(db);
    } catch (e) {
      // Waiting too long for another trust is not a failed migration: nothing was tried.
      if (isBusy(e)) throw translate(e, path);
      const m = t().journal;
      throw new TrustError(m.upgradeFailed({ path, version: LATEST_VERSION, reason: (e as Error).message }), 1, m.upgradeFailedHint({ copy }));
    }
    makePrivate(path, notice, privateFolder);
    // The file has changed: openJournal looks at it afresh.
    return { copy, examined: undefined };
  } finally {
    db.close();
  }
}

export interface OpenOptions {
  /** Writing commands create the journal; reading ones must not (a typo in --db is not an empty journal). */
  create: boolean;
  /** Where to say something the user should know, one line (a journal only read, modes tightened). */
  notice?: Notice;
  /** The journal is in trust's own folder (the default place), so its folder is made private too. */
  privateFolder?: boolean;
  /**
   * What upgradeJournal found the file to be a moment ago in this run. Opening checks again what
   * may have changed since (the version, from SQLite itself), as it would after its own look.
   */
  examined?: Identity | null;
}

/** A copy in memory, for reading a journal trust may not write; brought up to date there if it is older. */
function readInMemory(path: string, why: string, notice: Notice): DB {
  const db = snapshot(path);
  try {
    migrate(db);
    db.pragma('query_only = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  notice(t().journal.readOnlyNotice({ why }));
  return db;
}

/**
 * How long a run that finds a new, empty journal waits for another one setting it up at the same
 * moment. Until a journal is in WAL mode, SQLite answers "busy" at once, without waiting, when
 * two connections would otherwise wait for each other: the second run tries again shortly.
 */
const NEW_JOURNAL_TRIES = 50;
const NEW_JOURNAL_PAUSE_MS = 20;

export function openJournal(path: string, options: OpenOptions, attempt = 1): DB {
  const { create, notice = () => {}, privateFolder = false } = options;
  // A retry after "busy" looks again: the other run may have set the journal up meanwhile.
  let identity = options.examined !== undefined && attempt === 1 ? options.examined : examine(path);
  if (!identity) {
    if (!create) throw noJournal(path);
    createEmpty(path);
    identity = { kind: 'empty' };
  }
  // An empty file is a journal not yet written to: reading commands leave it so.
  if (identity.kind === 'empty' && !create) throw noJournal(path);
  const why = whyReadOnly(path);
  if (why && !create) return readInMemory(path, why, notice);
  const db = loadDatabase(path);
  try {
    // A newer trust may have written since the header was read (its news still in the write-ahead log).
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new TrustError(t().journal.newer({ path, version, latest: LATEST_VERSION }), 1, t().journal.newerHint());
    }
    if (version !== 0 && version < LATEST_VERSION) {
      if (why) throw readOnly(path);
      throw new TrustError(t().journal.needsUpgrade({ path }), 1, t().journal.needsUpgradeHint());
    }
    // trust's mark first, so that a new journal left empty by a killed run is still known as
    // trust's: an empty WAL file without it is another program's.
    if (identity.kind === 'empty') db.pragma(`application_id = ${APPLICATION_ID}`);
    // WAL mode stays with the file once set; the header tells, so most runs skip asking.
    if (identity.kind === 'empty' || !identity.wal) db.pragma('journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
    // A reading command finds out now, not halfway, whether SQLite can read here (a full disk
    // leaves no room for the -shm file): if not, it reads a copy in memory instead.
    if (!create) db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (version < LATEST_VERSION) migrate(db);
    if (create) makePrivate(path, notice, privateFolder);
    return db;
  } catch (e) {
    db.close();
    if (identity.kind === 'empty' && isBusy(e) && attempt < NEW_JOURNAL_TRIES) {
      pause(NEW_JOURNAL_PAUSE_MS);
      return openJournal(path, options, attempt + 1);
    }
    if (!create && cannotWrite(e)) return readInMemory(path, sideProblemWords(path) ?? t().journal.readOnlyWhy.full(), notice);
    throw translate(e, path);
  }
}

