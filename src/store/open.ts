/**
 * Finding, creating and opening the journal file. Nothing else in trust touches the file itself.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync, chmodSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { TrustError } from '../errors.js';
import { LATEST_VERSION, migrate } from './schema.js';
import { backupTo } from './backup.js';
import { sqlite, type DB } from './sqlite.js';

export type { DB } from './sqlite.js';

/** --db, else TRUST_DB, else $XDG_DATA_HOME/trust/trust.db (~/.local/share/trust/trust.db). */
export function journalPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return resolve(flag);
  if (env.TRUST_DB) return resolve(env.TRUST_DB);
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'trust', 'trust.db');
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw storageProblem(path, e);
  }
}

function storageProblem(path: string, e: unknown): TrustError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new TrustError(`trust may not read or write ${path}.`, 1, 'Check the permissions of the file and its folder.');
  }
  return new TrustError(`Could not use the journal at ${path}: ${(e as Error).message}`, 1);
}

function notAJournal(path: string, why: string): TrustError {
  return new TrustError(`${path} is not a trust journal (${why}); it was left untouched.`, 1, `Check --db and TRUST_DB, or run \`trust doctor --db ${path}\`.`);
}

/** Creates the folder (0700) and an empty file (0600) before SQLite opens it, so its -wal and -shm files are private too. */
function createEmpty(path: string): void {
  try {
    // Parents as usual (~/.local/share is shared by many programs); the journal's own folder private.
    mkdirSync(dirname(dirname(path)), { recursive: true });
    if (!existsSync(dirname(path))) {
      try {
        mkdirSync(dirname(path), { mode: 0o700 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e; // another trust made it first
      }
    }
    closeSync(openSync(path, 'wx', 0o600));
    chmodSync(path, 0o600); // the umask may have taken bits away, never added: make sure anyway
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw storageProblem(path, e);
  }
}

/** The first 64 bytes of a file (fewer if it is shorter): SQLite's header, if it is a database. */
export function readHeader(path: string): Buffer {
  const buffer = Buffer.alloc(64);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, 64, 0));
  } finally {
    closeSync(fd);
  }
}

export const isSqliteHeader = (header: Buffer) => header.toString('latin1', 0, 16) === SQLITE_HEADER;

/** Checks that the file is a SQLite database (or empty), and tells whether it is in WAL mode already. */
function checkHeader(path: string, size: number): { wal: boolean } {
  if (size === 0) return { wal: false }; // an empty file is a journal not yet written to
  let header: Buffer;
  try {
    header = readHeader(path);
  } catch (e) {
    throw storageProblem(path, e);
  }
  if (!isSqliteHeader(header)) throw notAJournal(path, 'it is not a SQLite database');
  // Bytes 18 and 19, the file format's write and read versions, are 2 in WAL mode.
  return { wal: header[18] === 2 && header[19] === 2 };
}

/** user_version as the file's header holds it (bytes 60–63), or null if unreadable. */
function headerVersion(path: string): number | null {
  try {
    const header = readHeader(path);
    return header.length === 64 && isSqliteHeader(header) ? header.readUInt32BE(60) : null;
  } catch {
    return null;
  }
}

function loadDatabase(path: string): DB {
  try {
    return sqlite(path, { fileMustExist: true, timeout: busyTimeout() });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_DLOPEN_FAILED') {
      throw new TrustError('The SQLite module was built for another version of Node.js.', 1, 'Run `npm rebuild better-sqlite3` in the trust folder.');
    }
    throw storageProblem(path, e);
  }
}

/** A few seconds by default; TRUST_BUSY_TIMEOUT_MS tunes it (the tests use a short one). */
function busyTimeout(): number {
  const ms = Number(process.env.TRUST_BUSY_TIMEOUT_MS);
  return Number.isInteger(ms) && ms >= 0 ? ms : 5000;
}

const noJournal = (path: string) =>
  new TrustError(`There is no journal at ${path} yet.`, 1, 'Run `trust log` to start one, or check --db and TRUST_DB.');

/** Opens the file and checks what it is, before anything is written to it. Returns its version. */
function openChecked(path: string): { db: DB; version: number; wal: boolean } {
  const stat = statOrNull(path);
  if (!stat) throw noJournal(path);
  if (stat.isDirectory()) throw notAJournal(path, 'it is a folder');
  const { wal } = checkHeader(path, stat.size);
  const db = loadDatabase(path);
  try {
    // Read the version before anything writes: a journal from a newer trust must stay untouched.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new TrustError(
        `${path} was written by a newer version of trust (journal version ${version}; this one knows up to ${LATEST_VERSION}). It was left untouched.`,
        1,
        'Update trust to open it.',
      );
    }
    if (version === 0) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
      if (tables.n > 0) throw notAJournal(path, 'it is a SQLite database of some other program');
    }
    return { db, version, wal };
  } catch (e) {
    db.close();
    throw translate(e, path);
  }
}

/** Whether an error is of a SQLite result-code family; extended codes (SQLITE_READONLY_DIRECTORY …) share its prefix. */
function sqliteFamily(e: unknown, ...families: string[]): boolean {
  const code = (e as { code?: string }).code ?? '';
  return families.some((family) => code === family || code.startsWith(`${family}_`));
}

const isBusy = (e: unknown) => sqliteFamily(e, 'SQLITE_BUSY', 'SQLITE_LOCKED');

/** SQLite's words for a damaged file, in ours. */
export function translate(e: unknown, path: string): unknown {
  const code = (e as { code?: string }).code ?? '';
  const is = (family: string) => sqliteFamily(e, family);
  if (is('SQLITE_NOTADB') || is('SQLITE_CORRUPT')) return notAJournal(path, 'the file is damaged or not a database');
  if (isBusy(e)) {
    return new TrustError('Another trust process is using the journal; nothing was written.', 1, 'Try again in a moment.');
  }
  if (is('SQLITE_READONLY') || is('SQLITE_CANTOPEN') || is('SQLITE_PERM') || is('SQLITE_AUTH')) {
    return new TrustError(`trust cannot use the journal at ${path}: it or its folder is read-only; nothing was written.`, 1, 'Check the permissions of the file and its folder.');
  }
  if (is('SQLITE_FULL') || is('SQLITE_IOERR')) {
    return new TrustError(`Could not write the journal at ${path} (${code}); nothing was saved.`, 1, 'Check that the disk has room, then try again.');
  }
  return e;
}

/**
 * Brings an existing journal from an older trust up to date. First a copy of it is kept beside
 * it (trust.db.pre-v<N>); then every migration runs in one IMMEDIATE transaction, which re-reads
 * the version, so processes starting together migrate exactly once. A failed migration leaves
 * the journal as it was. Returns the copy's path when an upgrade happened.
 */
export async function upgradeJournal(path: string): Promise<string | null> {
  if (!statOrNull(path)) return null;
  // Most runs find the journal up to date: the header says so without opening it. (A version
  // written but not yet checkpointed from the WAL reads as older, and takes the careful path.)
  if (headerVersion(path) === LATEST_VERSION) return null;
  const { db, version } = openChecked(path);
  try {
    if (version === 0 || version === LATEST_VERSION) return null;
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
      throw new TrustError(
        `Upgrading the journal at ${path} to version ${LATEST_VERSION} failed (${(e as Error).message}); it was left as it was.`,
        1,
        `A copy from before the upgrade is at ${copy}. \`trust doctor\` checks the journal.`,
      );
    }
    return copy;
  } finally {
    db.close();
  }
}

export interface OpenOptions {
  /** Writing commands create the journal; reading ones must not (a typo in --db is not an empty journal). */
  create: boolean;
}

export function openJournal(path: string, { create }: OpenOptions): DB {
  if (!statOrNull(path)) {
    if (!create) throw noJournal(path);
    createEmpty(path);
  }
  const { db, version, wal } = openChecked(path);
  try {
    // An empty file is a journal not yet written to: reading commands leave it so.
    if (version === 0 && !create) throw noJournal(path);
    if (version !== 0 && version < LATEST_VERSION) {
      throw new TrustError(`The journal at ${path} needs an upgrade first.`, 1, 'Run any trust command, such as `trust list`, to upgrade it.');
    }
    // WAL mode stays with the file once set; the header tells, so most runs skip asking.
    if (!wal) db.pragma('journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
    if (version < LATEST_VERSION) migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw translate(e, path);
  }
}
