/**
 * trust backup [FILE] and trust restore FILE: whole-journal copies through SQLite's backup API.
 * A restore checks the file first and keeps the current journal as a backup before replacing it.
 */
import { existsSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { localDate, localTime } from '../domain/dates.js';
import { backupTo, checkJournalFile, copyJournalFile, keepJournal } from '../store/backup.js';
import { LATEST_VERSION } from '../store/schema.js';
import { writeJson } from '../ui/json.js';

/** "20261121-0930": a name that sorts by time and never holds a colon. */
const stamp = (now: Date) => `${localDate(now).replace(/-/g, '')}-${localTime(now).replace(':', '')}${String(now.getSeconds()).padStart(2, '0')}`;

export async function backup(file: string | undefined, opts: { json?: boolean }, ctx: Context): Promise<string> {
  const db = ctx.db('read');
  const dest = resolvePath(file ?? join(dirname(ctx.dbPath), `trust-backup-${stamp(ctx.now)}.db`));
  if (existsSync(dest)) throw new TrustError(`${dest} already exists; a backup never replaces a file.`, 1, 'Give another name, or move that file away.');
  try {
    await backupTo(db, dest);
  } catch (e) {
    throw new TrustError(`Could not write the backup to ${dest}: ${(e as Error).message}`, 1, 'Check that the folder exists and that you may write to it.');
  }
  if (opts.json) writeJson(ctx.out, { path: dest, size: statSync(dest).size });
  else ctx.out.write(`${ctx.c.green('✓')} Backed up to ${dest}\n`);
  return dest;
}

export async function restore(file: string, opts: { yes?: boolean; json?: boolean }, ctx: Context): Promise<string | null> {
  const src = resolvePath(file);
  if (!existsSync(src)) throw new TrustError(`There is no file at ${src}.`, 1);
  if (src === ctx.dbPath) throw usageError('That file is the journal itself.', 'Give a backup made with `trust backup`.');
  let checked: { version: number; integrity: string };
  try {
    checked = checkJournalFile(src);
  } catch {
    throw new TrustError(`${src} is not a SQLite database, so trust cannot restore from it.`, 1, 'Give a file made by `trust backup`.');
  }
  if (checked.integrity !== 'ok') throw new TrustError(`${src} is damaged (${checked.integrity}); the journal was left as it was.`, 1, 'Try an older backup.');
  if (checked.version < 1) throw new TrustError(`${src} is not a trust journal; the journal was left as it was.`, 1);
  if (checked.version > LATEST_VERSION) throw new TrustError(`${src} was written by a newer version of trust; update trust to restore it.`, 1);

  if (!opts.yes) {
    if (!ctx.interactive) throw usageError('trust restore replaces your journal; with no terminal, add --yes.', `For example: trust restore ${file} --yes`);
    if (!(await ctx.prompt.confirm({ message: `Replace the journal at ${ctx.dbPath} with ${src}? The current one is kept as a backup.`, default: false }))) {
      ctx.out.write('Nothing was changed.\n');
      return null;
    }
  }
  let kept: string | null = null;
  if (existsSync(ctx.dbPath)) {
    kept = `${ctx.dbPath}.before-restore-${stamp(ctx.now)}`;
    await keepJournal(ctx.dbPath, kept);
  }
  const tmp = `${ctx.dbPath}.restoring`;
  await copyJournalFile(src, tmp, { replace: true });
  renameSync(tmp, ctx.dbPath);
  if (opts.json) writeJson(ctx.out, { restoredFrom: src, previousJournal: kept });
  else ctx.out.write(`${ctx.c.green('✓')} Restored ${ctx.dbPath} from ${src}.${kept ? `\nThe journal as it was is kept at ${kept}` : ''}\n`);
  return kept;
}
