/**
 * trust backup [FILE] and trust restore FILE: whole-journal copies through SQLite's backup API.
 * A backup is checked after it is written; a restore checks the file first and keeps the current
 * journal as a backup before replacing it.
 */
import { existsSync, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { stamp } from '../domain/dates.js';
import { backupTo, checkJournalFile, damageIn, keepJournal } from '../store/backup.js';
import { removeStaleCopies } from '../store/leftovers.js';
import { writeToFreeName } from '../store/free-name.js';
import { ensureFolder, shortPath } from '../store/open.js';
import { identifyFile, missingWords, NewerJournal, notAJournal, NotAJournal, oddKind, parseHeader, readHeader } from '../store/recognise.js';
import { snapshot } from '../store/snapshot.js';
import { writable } from '../store/inspect.js';
import { APPLICATION_ID, LATEST_VERSION } from '../store/schema.js';
import { writeJson } from '../ui/json.js';
import { say } from '../ui/wrap.js';


/** What went wrong with a file, in words rather than Node's error text (which repeats the path). */
function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const words: Record<string, string> = {
    EACCES: 'trust may not write there',
    EPERM: 'trust may not write there',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    SQLITE_FULL: 'the disk is full',
  };
  return words[code] ?? (code ? `error ${code}` : (e as Error).message);
}

/** Why `dest` cannot take a new backup, before anything is written: the folder is missing, the name taken (even by a link to nowhere). */
function checkDestination(dest: string): void {
  let folder: Stats;
  try {
    folder = statSync(dirname(dest));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENAMETOOLONG') throw usageError(`The path ${shortPath(dest)} is too long for this system.`, 'Give a shorter FILE.');
    if (code === 'ENOENT' || code === 'ENOTDIR') throw usageError(`The folder ${dirname(dest)} does not exist.`, 'Create it first, or give a FILE in a folder that exists.');
    return; // Not ours to see (a folder we may not search): writing says so.
  }
  if (!folder.isDirectory()) throw usageError(`${dirname(dest)} is not a folder.`, 'Give a FILE in a folder that exists.');
  let there: Stats;
  try {
    there = lstatSync(dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG') throw usageError(`The path ${shortPath(dest)} is too long for this system.`, 'Give a shorter FILE.');
    return;
  }
  const what = there.isSymbolicLink() && !existsSync(dest) ? ' (a symbolic link to a file that does not exist)' : '';
  throw new TrustError(`${dest} already exists${what}; a backup never replaces a file.`, 1, 'Give another name, or move that file away.');
}

export async function backup(file: string | undefined, opts: { json?: boolean }, ctx: Context): Promise<string> {
  if (file === '') throw usageError('The backup FILE is empty.', 'Give a file name, such as `trust backup ~/trust-backup.db`, or none for a copy beside the journal.');
  const db = ctx.db('read');
  let dest: string;
  try {
    if (file) {
      dest = resolvePath(file);
      checkDestination(dest);
      await backupTo(db, dest);
    } else {
      // Beside the journal, named with the time; a second backup in the same second gets -2.
      dest = await writeToFreeName(join(dirname(ctx.dbPath), `trust-backup-${stamp(ctx.now)}`), '.db', (d) => backupTo(db, d));
    }
  } catch (e) {
    if (e instanceof TrustError) throw e;
    const where = file ? resolvePath(file) : dirname(ctx.dbPath);
    const elsewhere = !file && !writable(where) ? ` The journal's folder is read-only: give a FILE somewhere else, such as \`trust backup ~/trust-backup.db\`.` : '';
    throw new TrustError(`Could not write the backup to ${shortPath(where)}: ${describe(e)}.`, 1, `Check that you may write to that folder and that the disk has room.${elsewhere}`);
  }
  const { integrity: damage, missing } = damageIn(dest);
  if (damage.length > 0) {
    throw new TrustError(
      `The backup was written to ${dest}, but the journal it copies is damaged (${damage.slice(0, 2).join('; ')}${damage.length > 2 ? '; …' : ''}).`,
      1,
      'Keep that backup, and run `trust doctor` to see more; `trust doctor --repair` can rebuild damaged indexes.',
    );
  }
  if (missing.length > 0) {
    throw new TrustError(`The backup was written to ${dest}, but the journal it copies is damaged (${missingWords(missing)}).`, 1, 'Keep that backup, and run `trust doctor` to see what to do.');
  }
  if (opts.json) writeJson(ctx.out, { path: dest, size: statSync(dest).size, integrity: 'ok' });
  else say(ctx, `${ctx.c.green('✓')} Backed up to ${dest} (checked: whole)`);
  return dest;
}

/** Refuses anything restore must not read or replace: a missing file, a pipe, a file that is not a whole trust journal. */
const newerBackup = (src: string) => new TrustError(`${src} was written by a newer version of trust; update trust to restore it.`, 1);

function checkBackup(src: string): number {
  if (!existsSync(src)) throw new TrustError(`There is no file at ${src}.`, 1);
  const hint = 'Give a file made by `trust backup`.';
  let checked: ReturnType<typeof checkJournalFile>;
  try {
    checked = checkJournalFile(src);
  } catch (e) {
    if (e instanceof NewerJournal) throw newerBackup(src);
    if (e instanceof NotAJournal) throw new TrustError(`${e.path} is not a trust journal (${e.why}), so trust cannot restore from it; the journal was left as it was.`, 1, hint);
    if (e instanceof TrustError) throw new TrustError(`${e.message}, so trust cannot restore from it; the journal was left as it was.`, 1, hint);
    throw new TrustError(`${src} is not a SQLite database, so trust cannot restore from it.`, 1, hint);
  }
  const damaged = !(checked.integrity.length === 1 && checked.integrity[0] === 'ok');
  if (damaged) throw new TrustError(`${src} is damaged (${checked.integrity.slice(0, 2).join('; ')}); the journal was left as it was.`, 1, 'Try an older backup.');
  if (checked.missing.length > 0) throw new TrustError(`${src} is damaged (${missingWords(checked.missing)}); the journal was left as it was.`, 1, 'Try an older backup.');
  if (checked.foreignKeyProblems > 0) throw new TrustError(`${src} has ${checked.foreignKeyProblems} rows that point at rows it does not hold; the journal was left as it was.`, 1, 'Try an older backup.');
  if (checked.version > LATEST_VERSION) throw newerBackup(src);
  return checked.version;
}

/**
 * Where a restore writes: the file a symbolic link points at, so the link stays and the journal
 * it leads to is the one restored. A link to nothing is refused: which file was meant is unclear.
 */
function restoreTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // Nothing there (a new computer): the journal is made at that path.
    }
    if (link) throw new TrustError(`${path} is a symbolic link to a file that does not exist; the journal was left as it was.`, 1, 'Fix or remove the link, then restore again.');
    return path;
  }
}

/**
 * Refuses to replace a file that is not a trust journal (notes, another program's database):
 * only a journal, an empty file or a damaged file with trust's mark may be replaced.
 */
function checkReplaceable(path: string): void {
  const kind = oddKind(path);
  if (kind) throw notAJournal(path, kind);
  let why: string;
  try {
    identifyFile(path);
    return;
  } catch (e) {
    why = e instanceof TrustError ? e.message : notAJournal(path, 'the file is damaged or not a database').message;
  }
  // A damaged journal, or one of a newer trust, still carries trust's mark: restoring over it is what restore is for.
  if (parseHeader(readHeader(path))?.applicationId === APPLICATION_ID) return;
  throw new TrustError(why, 1, 'Restore replaces only a trust journal: check --db and TRUST_DB, or move that file away first.');
}

export async function restore(file: string, opts: { yes?: boolean; json?: boolean }, ctx: Context): Promise<string | null> {
  const src = resolvePath(file);
  const target = restoreTarget(ctx.dbPath);
  if (src === ctx.dbPath || src === target || (existsSync(src) && realpathSync(src) === target)) {
    throw usageError('That file is the journal itself.', 'Give a backup made with `trust backup`.');
  }
  checkBackup(src);
  const there = existsSync(target);
  if (there) checkReplaceable(target);

  if (!opts.yes) {
    if (!ctx.interactive) throw usageError('trust restore replaces your journal; with no terminal, add --yes.', `For example: trust restore ${file} --yes`);
    if (!(await ctx.prompt.confirm({ message: `Replace the journal at ${ctx.dbPath} with ${src}? The current one is kept as a backup.`, default: false }))) {
      say(ctx, 'Nothing was changed.');
      return null;
    }
  }
  // On a new computer the journal's folder may not exist yet.
  ensureFolder(target);
  removeStaleCopies(target);
  const kept = there ? await keepJournal(target, `${target}.before-restore-${stamp(ctx.now)}`) : null;
  // From the copy in memory that was checked: written under a temporary name, then renamed into place.
  const checked = snapshot(src);
  try {
    await backupTo(checked, target, { replace: true });
  } finally {
    checked.close();
  }
  if (opts.json) writeJson(ctx.out, { restoredFrom: src, previousJournal: kept });
  else say(ctx, `${ctx.c.green('✓')} Restored ${ctx.dbPath} from ${src}.${kept ? `\nThe journal as it was is kept at ${kept}` : ''}`);
  return kept;
}
