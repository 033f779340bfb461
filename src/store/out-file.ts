/**
 * Output files that cannot hurt what is already on disk. A new file is written whole under a
 * temporary name and only then given its name; an existing file is replaced only when asked
 * (--force), and never if it is the journal, its -wal or -shm, or any SQLite database. A device,
 * a FIFO or /dev/stdout is written in place: renaming a file over /dev/null would replace the
 * device node itself for every program on the machine.
 */
import { t } from '../i18n/messages.js';
import { closeSync, constants, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TrustError, usageError } from '../errors.js';
import { isRunning, STALE_AFTER_MS } from './leftovers.js';
import { pause } from './pause.js';

export type Produce = (write: (text: string) => void) => void;

export interface OutFileOptions {
  /** Replace an existing regular file. */
  force?: boolean;
  /** Files never to write over, whatever the flags (the journal in use, its -wal and -shm): compared by device and inode. */
  protect?: string[];
}

/** Names of this process's own standard output: written through the stream the caller holds. */
export const isStdout = (path: string) => path === '-' || /^\/(dev\/stdout|dev\/fd\/1|proc\/self\/fd\/1)$/.test(path);

/** An already open file descriptor, named through /dev or /proc: always written in place. */
const isDescriptorPath = (abs: string) => /^\/(dev\/(stdout|stderr|fd\/\d+)|proc\/(self|thread-self|\d+)\/fd\/\d+)$/.test(abs);

/** Long names (the issue was one of 100,000 characters) are cut for messages. */
const shown = (path: string) => (path.length > 80 ? `${path.slice(0, 40)}…${path.slice(-30)}` : path);

const errno = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

function statOrNull(path: string, follow = true): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw explain(e, path);
  }
}

/** A person's sentence for what went wrong with `path`; anything unknown keeps the system's words. */
function explain(e: unknown, path: string, whole = false): Error {
  if (e instanceof TrustError) return e;
  const p = shown(path);
  const name = basename(path);
  const m = t().transfer;
  switch (errno(e)) {
    case 'ENAMETOOLONG':
      return Buffer.byteLength(name) > 255
        ? usageError(m.nameTooLong({ length: [...name].length.toLocaleString('en') }), m.nameTooLongHint())
        : usageError(m.pathTooLong({ length: path.length.toLocaleString('en') }), m.pathTooLongHint());
    case 'ENOENT':
      return usageError(m.noFolder({ folder: shown(dirname(path)) }), m.noFolderHint());
    case 'ENOTDIR':
      return usageError(m.notInFolder({ path: p }), m.checkPath());
    case 'EISDIR':
      return usageError(m.isFolder({ path: p }), m.isFolderHint({ example: join(shown(path), 'trust-export.json') }));
    case 'ELOOP':
      return usageError(m.loop({ path: p }), m.checkPath());
    case 'EACCES':
    case 'EPERM':
      return new TrustError(m.mayNotWrite({ path: p }), 1, m.mayNotWriteHint());
    case 'EROFS':
      return new TrustError(m.readOnlyDisk({ path: p }), 1, m.choosePlace());
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new TrustError(whole ? m.noRoomNothingLeft({ path: p }) : m.noRoom({ path: p }), 1, m.noRoomHint());
    case 'EPIPE':
      return new TrustError(m.readerStopped({ path: p }), 1);
    case 'ENXIO':
      return new TrustError(m.cannotOpen({ path: p }), 1, m.cannotOpenHint());
    default:
      return new TrustError(m.couldNotWrite({ path: p, reason: (e as Error)?.message ?? String(e) }), 1);
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000');
const WAL_MAGIC = [0x377f0682, 0x377f0683];

/** A SQLite database or write-ahead log, by its first bytes: exports never replace one. */
function isSqliteFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOCTTY);
  } catch {
    return false; // unreadable: the rename or link will report it
  }
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return (n === 16 && head.equals(SQLITE_HEADER)) || (n >= 4 && WAL_MAGIC.includes(head.readUInt32BE(0)));
  } finally {
    closeSync(fd);
  }
}

/** By device and inode (through any link), or by name for a -wal or -journal that SQLite has not made yet. */
function refuseProtected(abs: string, target: Stats | null, protect: string[]): void {
  for (const path of protect) {
    const st = target && statOrNull(path);
    if (resolve(path) === abs || (st && st.dev === target.dev && st.ino === target.ino)) {
      const suffix = path.match(/-(wal|shm|journal)$/)?.[0];
      throw usageError(suffix ? t().transfer.isJournalSide({ suffix }) : t().transfer.isJournal(), t().transfer.chooseName());
    }
  }
}

/**
 * Writes every byte: a pipe may take a long text in several goes. A FIFO is opened non-blocking
 * (see openInPlace), so a full pipe answers EAGAIN rather than waiting for its reader: wait a
 * moment and go on, as a blocking write would have.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if (errno(e) !== 'EAGAIN') throw e;
      pause(5);
    }
  }
}

/** How long a FIFO may wait for its reader: enough for one started just after trust (`trust export --out p & cat p`). */
const READER_GRACE_MS = 1000;

/**
 * Opens a device, FIFO or descriptor for writing. A FIFO without a reader would block the open
 * for ever; opened non-blocking it fails at once with ENXIO, retried for a moment in case the
 * reader is only starting.
 */
function openInPlace(path: string, fifo: boolean): number {
  const flags = constants.O_WRONLY | constants.O_APPEND | constants.O_NOCTTY;
  if (!fifo) return openSync(path, flags);
  const deadline = Date.now() + READER_GRACE_MS;
  for (;;) {
    try {
      return openSync(path, flags | constants.O_NONBLOCK);
    } catch (e) {
      if (errno(e) !== 'ENXIO' || Date.now() >= deadline) throw e;
      pause(20);
    }
  }
}

/** A device, FIFO or inherited descriptor: opened as it is (never created, truncated, renamed or chmod-ed) and written to. */
function writeInPlace(path: string, target: Stats | null, produce: Produce): void {
  const fifo = target?.isFIFO() ?? false;
  let fd: number;
  try {
    fd = openInPlace(path, fifo);
  } catch (e) {
    if (errno(e) === 'ENOENT') throw usageError(t().transfer.nothingOpen({ path: shown(path) }), t().transfer.useStdout());
    if (errno(e) === 'ENXIO' && fifo) {
      throw new TrustError(t().transfer.nobodyReading({ path: shown(path) }), 1, t().transfer.nobodyReadingHint({ path: shown(path) }));
    }
    throw explain(e, path);
  }
  try {
    produce((text) => writeAll(fd, text));
  } catch (e) {
    throw explain(e, path);
  } finally {
    closeSync(fd);
  }
}

const OUT_TEMPORARY = /^\.trust-out-(\d+)-[0-9a-z]+\.tmp$/;

/**
 * An export runs without a pause, so Ctrl-C or a kill ends it before it can remove its
 * temporary file. The next export into the same folder removes any whose writer is gone (or,
 * as a process number gets reused, that is over an hour old).
 */
function removeStaleOutFiles(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = OUT_TEMPORARY.exec(name);
    if (!match || Number(match[1]) === process.pid) continue;
    const file = join(folder, name);
    try {
      if (isRunning(Number(match[1])) && Date.now() - statSync(file).mtimeMs < STALE_AFTER_MS) continue;
      unlinkSync(file);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * Writes `dest` whole under a short temporary name in its folder (mode 0600), then gives it its
 * name: by rename when replacing, else by link, which fails rather than replace a file that
 * appeared meanwhile. No temporary file outlives a failure.
 */
function writeWhole(dest: string, replace: boolean, produce: Produce): void {
  removeStaleOutFiles(dirname(dest));
  const tmp = join(dirname(dest), `.trust-out-${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd = -1;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    fchmodSync(fd, 0o600); // whatever the umask says
    produce((text) => writeAll(fd, text));
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    if (replace) renameSync(tmp, dest);
    else {
      try {
        linkSync(tmp, dest);
      } catch (e) {
        if (errno(e) === 'EEXIST') throw new TrustError(t().transfer.appeared({ path: shown(dest) }), 1, t().transfer.runAgain());
        // Some file systems have no hard links: the check above found no file there.
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK'].includes(errno(e) ?? '')) throw e;
        renameSync(tmp, dest);
      }
    }
  } catch (e) {
    if (fd >= 0) closeSync(fd);
    throw explain(e, dest, true);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed into place, or never created.
    }
  }
}

/**
 * Writes the output of `produce` to `path` (not standard output: see isStdout). Refuses, before
 * anything is written, what it must not write over.
 */
export function writeOutFile(path: string, produce: Produce, { force = false, protect = [] }: OutFileOptions = {}): void {
  const abs = resolve(path);
  const target = statOrNull(abs);
  refuseProtected(abs, target, protect);
  if (isDescriptorPath(abs)) return writeInPlace(abs, target, produce);
  if (target?.isDirectory()) throw explain(Object.assign(new Error(), { code: 'EISDIR' }), abs);
  if (target?.isBlockDevice() && !force) {
    throw new TrustError(t().transfer.diskDevice({ path: shown(abs) }), 1, t().transfer.diskDeviceHint());
  }
  if (target && !target.isFile()) return writeInPlace(abs, target, produce);

  const existing = target ?? statOrNull(abs, false); // a symbolic link to nothing is still something there
  if (existing) {
    if (!force) throw new TrustError(t().transfer.exists({ path: shown(abs) }), 1, t().transfer.existsHint());
    if (target && isSqliteFile(abs)) {
      throw new TrustError(t().transfer.sqliteFile({ path: shown(abs) }), 1, t().transfer.sqliteFileHint());
    }
    // Through a symbolic link, replace the file it points to, not the link.
    return writeWhole(target ? realpathSync(abs) : abs, true, produce);
  }
  const folder = statOrNull(dirname(abs));
  if (!folder) throw explain(Object.assign(new Error(), { code: 'ENOENT' }), abs);
  if (!folder.isDirectory()) throw explain(Object.assign(new Error(), { code: 'ENOTDIR' }), abs);
  if (Buffer.byteLength(basename(abs)) > 255) throw explain(Object.assign(new Error(), { code: 'ENAMETOOLONG' }), abs);
  writeWhole(abs, false, produce);
}
