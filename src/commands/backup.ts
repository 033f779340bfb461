/**
 * trust backup [FILE] and trust restore FILE: whole-journal copies through SQLite's backup API.
 * A backup is checked after it is written; a restore checks the file first and keeps the current
 * journal as a backup before replacing it.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { localDate, localTime } from '../domain/dates.js';
import { backupTo, checkJournalFile, integrityOf, keepJournal } from '../store/backup.js';
import { removeStaleCopies } from '../store/leftovers.js';
import { ensureFolder } from '../store/open.js';
import { oddKind, notAJournal } from '../store/recognise.js';
import { snapshot } from '../store/snapshot.js';
import { sqlite } from '../store/sqlite.js';
import { LATEST_VERSION } from '../store/schema.js';
import { writeJson } from '../ui/json.js';

/** "20261121-0930": a name that sorts by time and never holds a colon. */
export const stamp = (now: Date) => `${localDate(now).replace(/-/g, '')}-${localTime(now).replace(':', '')}${String(now.getSeconds()).padStart(2, '0')}`;

const writable = (folder: string) => {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** The integrity check of the file just written: a damaged journal makes a damaged copy, and nobody should learn that on the day they need it. */
function damageIn(file: string): string[] {
  const db = sqlite(file, { fileMustExist: true });
  try {
    const found = integrityOf(db);
    return found.length === 1 && found[0] === 'ok' ? [] : found;
  } finally {
    db.close();
  }
}

export async function backup(file: string | undefined, opts: { json?: boolean }, ctx: Context): Promise<string> {
  const db = ctx.db('read');
  const dest = resolvePath(file ?? join(dirname(ctx.dbPath), `trust-backup-${stamp(ctx.now)}.db`));
  if (existsSync(dest)) throw new TrustError(`${dest} already exists; a backup never replaces a file.`, 1, 'Give another name, or move that file away.');
  try {
    await backupTo(db, dest);
  } catch (e) {
    const elsewhere = !file && !writable(dirname(dest)) ? ` The journal's folder is read-only: give a FILE somewhere else, such as \`trust backup ~/trust-backup.db\`.` : '';
    throw new TrustError(`Could not write the backup to ${dest}: ${(e as Error).message}`, 1, `Check that the folder exists and that you may write to it.${elsewhere}`);
  }
  const damage = damageIn(dest);
  if (damage.length > 0) {
    throw new TrustError(
      `The backup was written to ${dest}, but the journal it copies is damaged (${damage.slice(0, 2).join('; ')}${damage.length > 2 ? '; …' : ''}).`,
      1,
      'Keep that backup, and run `trust doctor` to see more; `trust doctor --repair` can rebuild damaged indexes.',
    );
  }
  if (opts.json) writeJson(ctx.out, { path: dest, size: statSync(dest).size, integrity: 'ok' });
  else ctx.out.write(`${ctx.c.green('✓')} Backed up to ${dest} (checked: whole)\n`);
  return dest;
}

/** Refuses anything restore must not read or replace: a missing file, a pipe, a file that is not a whole trust journal. */
function checkBackup(src: string): number {
  if (!existsSync(src)) throw new TrustError(`There is no file at ${src}.`, 1);
  const hint = 'Give a file made by `trust backup`.';
  let checked: ReturnType<typeof checkJournalFile>;
  try {
    checked = checkJournalFile(src);
  } catch (e) {
    if (e instanceof TrustError) throw new TrustError(`${e.message.replace(/; it was left untouched\.$/, '')}, so trust cannot restore from it; the journal was left as it was.`, 1, hint);
    throw new TrustError(`${src} is not a SQLite database, so trust cannot restore from it.`, 1, hint);
  }
  const damaged = !(checked.integrity.length === 1 && checked.integrity[0] === 'ok');
  if (damaged) throw new TrustError(`${src} is damaged (${checked.integrity.slice(0, 2).join('; ')}); the journal was left as it was.`, 1, 'Try an older backup.');
  if (checked.foreignKeyProblems > 0) throw new TrustError(`${src} has ${checked.foreignKeyProblems} rows that point at rows it does not hold; the journal was left as it was.`, 1, 'Try an older backup.');
  if (checked.version > LATEST_VERSION) throw new TrustError(`${src} was written by a newer version of trust; update trust to restore it.`, 1);
  return checked.version;
}

export async function restore(file: string, opts: { yes?: boolean; json?: boolean }, ctx: Context): Promise<string | null> {
  const src = resolvePath(file);
  if (src === ctx.dbPath) throw usageError('That file is the journal itself.', 'Give a backup made with `trust backup`.');
  checkBackup(src);
  const there = existsSync(ctx.dbPath);
  if (there) {
    const kind = oddKind(ctx.dbPath);
    if (kind) throw notAJournal(ctx.dbPath, kind);
  }

  if (!opts.yes) {
    if (!ctx.interactive) throw usageError('trust restore replaces your journal; with no terminal, add --yes.', `For example: trust restore ${file} --yes`);
    if (!(await ctx.prompt.confirm({ message: `Replace the journal at ${ctx.dbPath} with ${src}? The current one is kept as a backup.`, default: false }))) {
      ctx.out.write('Nothing was changed.\n');
      return null;
    }
  }
  // On a new computer the journal's folder may not exist yet.
  ensureFolder(ctx.dbPath);
  removeStaleCopies(ctx.dbPath);
  let kept: string | null = null;
  if (there) {
    kept = `${ctx.dbPath}.before-restore-${stamp(ctx.now)}`;
    await keepJournal(ctx.dbPath, kept);
  }
  // From the copy in memory that was checked: written under a temporary name, then renamed into place.
  const checked = snapshot(src);
  try {
    await backupTo(checked, ctx.dbPath, { replace: true });
  } finally {
    checked.close();
  }
  if (opts.json) writeJson(ctx.out, { restoredFrom: src, previousJournal: kept });
  else ctx.out.write(`${ctx.c.green('✓')} Restored ${ctx.dbPath} from ${src}.${kept ? `\nThe journal as it was is kept at ${kept}` : ''}\n`);
  return kept;
}
