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
import { t } from '../i18n/messages.js';


/** What went wrong with a file, in words rather than Node's error text (which repeats the path). */
function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const cause = t().backup.cause;
  const words: Record<string, () => string> = {
    EACCES: cause.mayNotWrite,
    EPERM: cause.mayNotWrite,
    EROFS: cause.readOnly,
    ENOSPC: cause.full,
    EDQUOT: cause.quota,
    SQLITE_FULL: cause.full,
  };
  return words[code]?.() ?? (code ? cause.error({ code }) : (e as Error).message);
}

/** Why `dest` cannot take a new backup, before anything is written: the folder is missing, the name taken (even by a link to nowhere). */
function checkDestination(dest: string): void {
  const m = t().backup;
  let folder: Stats;
  try {
    folder = statSync(dirname(dest));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENAMETOOLONG') throw usageError(m.pathTooLong({ path: shortPath(dest) }), m.pathTooLongHint());
    if (code === 'ENOENT' || code === 'ENOTDIR') throw usageError(m.noFolder({ folder: dirname(dest) }), m.noFolderHint());
    return; // Not ours to see (a folder we may not search): writing says so.
  }
  if (!folder.isDirectory()) throw usageError(m.notAFolder({ folder: dirname(dest) }), m.notAFolderHint());
  let there: Stats;
  try {
    there = lstatSync(dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENAMETOOLONG') throw usageError(m.pathTooLong({ path: shortPath(dest) }), m.pathTooLongHint());
    return;
  }
  const dangling = there.isSymbolicLink() && !existsSync(dest);
  throw new TrustError(dangling ? m.existsDangling({ path: dest }) : m.exists({ path: dest }), 1, m.existsHint());
}

export async function backup(file: string | undefined, opts: { json?: boolean }, ctx: Context): Promise<string> {
  const m = t().backup;
  if (file === '') throw usageError(m.emptyFile(), m.emptyFileHint());
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
    const elsewhere = !file && !writable(where);
    throw new TrustError(m.couldNotWrite({ path: shortPath(where), cause: describe(e) }), 1, elsewhere ? m.couldNotWriteElsewhere() : m.couldNotWriteHint());
  }
  const { integrity: damage, missing } = damageIn(dest);
  if (damage.length > 0) {
    throw new TrustError(m.copiesDamage({ path: dest, damage: `${damage.slice(0, 2).join('; ')}${damage.length > 2 ? '; …' : ''}` }), 1, m.copiesDamageHint());
  }
  if (missing.length > 0) {
    throw new TrustError(m.copiesMissing({ path: dest, missing: missingWords(missing) }), 1, m.copiesMissingHint());
  }
  if (opts.json) writeJson(ctx.out, { path: dest, size: statSync(dest).size, integrity: 'ok' });
  else say(ctx, `${ctx.c.green('✓')} ${m.backedUp({ path: dest })}`);
  return dest;
}

/** Refuses anything restore must not read or replace: a missing file, a pipe, a file that is not a whole trust journal. */
const newerBackup = (src: string) => new TrustError(t().backup.newerBackup({ path: src }), 1);

function checkBackup(src: string): number {
  const m = t().backup;
  if (!existsSync(src)) throw new TrustError(m.noFile({ path: src }), 1);
  const hint = m.giveBackup();
  let checked: ReturnType<typeof checkJournalFile>;
  try {
    checked = checkJournalFile(src);
  } catch (e) {
    if (e instanceof NewerJournal) throw newerBackup(src);
    if (e instanceof NotAJournal) throw new TrustError(m.notAJournal({ path: e.path, why: e.why }), 1, hint);
    if (e instanceof TrustError) throw new TrustError(m.cannotRestore({ reason: e.message }), 1, hint);
    throw new TrustError(m.notSqlite({ path: src }), 1, hint);
  }
  const damaged = !(checked.integrity.length === 1 && checked.integrity[0] === 'ok');
  if (damaged) throw new TrustError(m.damaged({ path: src, damage: checked.integrity.slice(0, 2).join('; ') }), 1, m.tryOlder());
  if (checked.missing.length > 0) throw new TrustError(m.damaged({ path: src, damage: missingWords(checked.missing) }), 1, m.tryOlder());
  if (checked.foreignKeyProblems > 0) throw new TrustError(m.foreignKeys({ path: src, count: checked.foreignKeyProblems }), 1, m.tryOlder());
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
    if (link) throw new TrustError(t().backup.danglingLink({ path }), 1, t().backup.danglingLinkHint());
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
    why = e instanceof TrustError ? e.message : notAJournal(path, t().journal.notAJournalWhy.damaged()).message;
  }
  // A damaged journal, or one of a newer trust, still carries trust's mark: restoring over it is what restore is for.
  if (parseHeader(readHeader(path))?.applicationId === APPLICATION_ID) return;
  throw new TrustError(why, 1, t().backup.replaceOnlyJournal());
}

export async function restore(file: string, opts: { yes?: boolean; json?: boolean }, ctx: Context): Promise<string | null> {
  const m = t().backup;
  const src = resolvePath(file);
  const target = restoreTarget(ctx.dbPath);
  if (src === ctx.dbPath || src === target || (existsSync(src) && realpathSync(src) === target)) {
    throw usageError(m.itself(), m.itselfHint());
  }
  checkBackup(src);
  const there = existsSync(target);
  if (there) checkReplaceable(target);

  if (!opts.yes) {
    if (!ctx.interactive) throw usageError(m.needsYes(), m.needsYesHint({ file }));
    if (!(await ctx.prompt.confirm({ message: m.confirm({ journal: ctx.dbPath, backup: src }), default: false }))) {
      say(ctx, m.nothingChanged());
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
  else say(ctx, `${ctx.c.green('✓')} ${m.restored({ journal: ctx.dbPath, backup: src })}${kept ? `\n${m.keptAt({ path: kept })}` : ''}`);
  return kept;
}
