/**
 * trust doctor: is the journal whole, private and readable by this trust? Says what is wrong
 * and what to do, and exits 1 when anything is.
 */
import type { Context } from '../context.js';
import { TrustError } from '../errors.js';
import { LATEST_VERSION } from '../store/schema.js';
import { dirname, join } from 'node:path';
import { inspect, type FileFacts, type Inspection } from '../store/inspect.js';
import { missingWords } from '../store/recognise.js';
import type { Reindexed } from '../store/reindex.js';
import { stamp } from '../domain/dates.js';
import { writeJson } from '../ui/json.js';
import { say, warn } from '../ui/wrap.js';

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(4, '0');
/** Others may read it. A shared folder with the sticky bit (like /tmp) only lets them see names. */
const tooOpen = (f: FileFacts | null, folder = false) => f !== null && (f.mode & 0o077) !== 0 && !(folder && (f.mode & 0o1000) !== 0);
const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);

const notSqlite = (path: string) => `${path} is not a SQLite database, so not a trust journal. Check --db and TRUST_DB; trust will not touch this file.`;

/** Every problem in one sentence with what to do about it. */
export function problems(i: Inspection, path: string): string[] {
  const list: string[] = [];
  if (!i.file) return [`There is no journal at ${path}. \`trust log\` starts one; check --db and TRUST_DB if you expected one.`];
  // Something else than a journal: one sentence, and none of the advice meant for a journal.
  if (i.notJournal) return [i.refusal ? `${i.refusal} Check --db and TRUST_DB; trust will not touch it.` : notSqlite(path)];
  for (const f of i.leftovers) list.push(`${f} is a temporary copy left by an upgrade, restore or backup that was interrupted. The next trust command that writes to the journal removes it; you may delete it yourself.`);
  for (const side of i.sideFiles) {
    const fix = side.odd ? `If no trust is running, move it away: mv "${side.file}" "${side.file}.old"` : `Run: chmod 600 "${side.file}" (as the user who owns it)`;
    list.push(`The ${side.what} ${side.file} ${side.why}, so trust cannot write the journal. ${fix}`);
  }
  if (i.file.size === 0) return [...list, `${path} is empty: no journal has been written to it yet.`];
  if (!i.isSqlite) return [...list, notSqlite(path)];
  if (i.refusal) list.push(`${i.refusal} trust will not touch it.`);
  if (i.error) list.push(`SQLite could not read the journal (${i.error}). Restore your latest backup with \`trust restore FILE\`.`);
  const open = (f: FileFacts | null, want: string, what: string, folder = false) => {
    if (f && tooOpen(f, folder)) list.push(`The ${what} ${f.path} is open to other users (mode ${octal(f.mode)}). Run: chmod ${want} "${f.path}"`);
  };
  open(i.folder, '700', 'folder', true);
  open(i.file, '600', 'journal');
  open(i.wal, '600', 'write-ahead log');
  open(i.shm, '600', 'shared-memory file');
  if (!i.refusal && i.version !== null && i.version > LATEST_VERSION) list.push(`The journal was written by a newer trust (version ${i.version}; this one knows ${LATEST_VERSION}). Update trust.`);
  if (i.integrity.length > 0 && !(i.integrity.length === 1 && i.integrity[0] === 'ok')) {
    list.push(`The integrity check found damage (${i.integrity.slice(0, 3).join('; ')}). \`trust doctor --repair\` rebuilds damaged indexes (after a backup); else restore your latest backup with \`trust restore FILE\`, or export what can be read with \`trust export\`.`);
  }
  if (i.missing.length > 0) {
    list.push(`The journal is damaged: ${missingWords(i.missing)}, so trust cannot use it. Restore your latest backup with \`trust restore FILE\` (the journal as it is now is kept beside it).`);
  }
  if (i.foreignKeyProblems > 0) list.push(`${i.foreignKeyProblems} rows point at rows that do not exist. Please report this; \`trust export\` keeps what is there.`);
  return list;
}

/** --repair: a backup beside the journal, REINDEX, and the integrity check again; says what it did. */
async function repair(ctx: Context): Promise<Reindexed> {
  const { reindexJournal } = await import('../store/reindex.js');
  const done = await reindexJournal(ctx.dbPath, join(dirname(ctx.dbPath), `trust-backup-${stamp(ctx.now)}-before-repair`));
  const whole = done.after.length === 1 && done.after[0] === 'ok';
  warn(
    ctx,
    `trust: Kept a copy of the journal as it was at ${done.backup}, then rebuilt every index. ` +
      (whole ? 'The integrity check now finds no damage.' : `The integrity check still finds damage (${done.after.slice(0, 2).join('; ')}): restore a backup with \`trust restore FILE\`.`),
  );
  return done;
}

export async function doctor(opts: { json?: boolean; repair?: boolean }, ctx: Context) {
  const repaired = opts.repair ? await repair(ctx) : null;
  const i = inspect(ctx.dbPath);
  const found = problems(i, ctx.dbPath);
  if (opts.json) {
    writeJson(ctx.out, {
      path: ctx.dbPath,
      ok: found.length === 0,
      problems: found,
      size: i.file?.size ?? null,
      walSize: i.wal?.size ?? null,
      mode: i.file ? octal(i.file.mode) : null,
      folderMode: i.folder ? octal(i.folder.mode) : null,
      version: i.version,
      latestVersion: LATEST_VERSION,
      integrity: i.integrity,
      foreignKeyProblems: i.foreignKeyProblems,
      missing: i.missing,
      counts: i.counts,
      leftovers: i.leftovers,
      sideFiles: i.sideFiles.map((f) => f.file),
      repair: repaired,
    });
  } else {
    const { c } = ctx;
    const ok = (good: boolean) => (good ? c.green('✓') : c.red('✗'));
    const lines = [c.bold(`Journal: ${ctx.dbPath}`)];
    if (i.file) lines.push(`  Size: ${size(i.file.size)}${i.wal && !i.notJournal ? ` (+ ${size(i.wal.size)} write-ahead log)` : ''}`);
    if (i.file && !i.notJournal) {
      lines.push(`  Permissions: file ${octal(i.file.mode)}, folder ${i.folder ? octal(i.folder.mode) : '?'} ${ok(!tooOpen(i.file) && !tooOpen(i.folder, true))}`);
    }
    if (i.version !== null) lines.push(`  Schema version: ${i.version} (this trust: ${LATEST_VERSION}) ${ok(i.version <= LATEST_VERSION)}`);
    if (i.integrity.length > 0) lines.push(`  Integrity check: ${i.integrity[0] === 'ok' ? ok(true) : `${ok(false)} ${i.integrity[0]}`}`);
    if (i.version !== null && i.version <= LATEST_VERSION) lines.push(`  Tables and columns: ${i.missing.length === 0 ? ok(true) : `${ok(false)} ${i.missing.length} missing`}`);
    if (i.isSqlite && !i.error && !i.notJournal) lines.push(`  Foreign keys: ${i.foreignKeyProblems === 0 ? 'consistent' : `${i.foreignKeyProblems} broken links`} ${ok(i.foreignKeyProblems === 0)}`);
    if (i.counts) lines.push(`  Contents: ${Object.entries(i.counts).map(([k, v]) => `${v} ${k.replace(/([A-Z])/g, ' $1').toLowerCase()}`).join(', ')}`);
    lines.push('', found.length === 0 ? c.green('All good.') : found.map((p) => `${c.red('✗')} ${p}`).join('\n'));
    say(ctx, lines.join('\n'));
  }
  if (found.length > 0) throw new TrustError(`trust doctor found ${found.length} problem${found.length === 1 ? '' : 's'}.`, 1);
  return i;
}
