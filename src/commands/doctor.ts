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
import { t } from '../i18n/messages.js';

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(4, '0');
/** Others may read it. A shared folder with the sticky bit (like /tmp) only lets them see names. */
const tooOpen = (f: FileFacts | null, folder = false) => f !== null && (f.mode & 0o077) !== 0 && !(folder && (f.mode & 0o1000) !== 0);
const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);

const notSqlite = (path: string) => t().doctor.notSqlite({ path });

/** Every problem in one sentence with what to do about it. */
export function problems(i: Inspection, path: string): string[] {
  const m = t().doctor;
  const list: string[] = [];
  if (!i.file) return [m.noJournal({ path })];
  // Something else than a journal: one sentence, and none of the advice meant for a journal.
  if (i.notJournal) return [i.refusal ? m.refusedElse({ refusal: i.refusal }) : notSqlite(path)];
  for (const f of i.leftovers) list.push(m.leftover({ file: f }));
  for (const side of i.sideFiles) {
    const fix = side.odd ? m.moveAway({ file: side.file }) : m.chmodSide({ file: side.file });
    list.push(m.sideFile({ what: side.what, file: side.file, why: side.why, fix }));
  }
  if (i.file.size === 0) return [...list, m.empty({ path })];
  if (!i.isSqlite) return [...list, notSqlite(path)];
  if (i.refusal) list.push(m.refused({ refusal: i.refusal }));
  if (i.error) list.push(m.unreadable({ error: i.error }));
  const open = (f: FileFacts | null, want: string, what: 'folder' | 'journal' | 'wal' | 'shm', folder = false) => {
    if (f && tooOpen(f, folder)) list.push(m.tooOpen({ what, path: f.path, mode: octal(f.mode), want }));
  };
  open(i.folder, '700', 'folder', true);
  open(i.file, '600', 'journal');
  open(i.wal, '600', 'wal');
  open(i.shm, '600', 'shm');
  if (!i.refusal && i.version !== null && i.version > LATEST_VERSION) list.push(m.newer({ version: i.version, latest: LATEST_VERSION }));
  if (i.integrity.length > 0 && !(i.integrity.length === 1 && i.integrity[0] === 'ok')) {
    list.push(m.integrity({ damage: i.integrity.slice(0, 3).join('; ') }));
  }
  if (i.missing.length > 0) {
    list.push(m.missing({ missing: missingWords(i.missing) }));
  }
  if (i.foreignKeyProblems > 0) list.push(m.foreignKeys({ count: i.foreignKeyProblems }));
  return list;
}

/** --repair: a backup beside the journal, REINDEX, and the integrity check again; says what it did. */
async function repair(ctx: Context): Promise<Reindexed> {
  const { reindexJournal } = await import('../store/reindex.js');
  const done = await reindexJournal(ctx.dbPath, join(dirname(ctx.dbPath), `trust-backup-${stamp(ctx.now)}-before-repair`));
  const whole = done.after.length === 1 && done.after[0] === 'ok';
  const m = t().doctor;
  const after = whole ? m.repairWhole() : m.repairStillDamaged({ damage: done.after.slice(0, 2).join('; ') });
  warn(ctx, m.repaired({ backup: done.backup, after }));
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
    const m = t().doctor;
    const lines = [c.bold(m.journal({ path: ctx.dbPath }))];
    if (i.file) lines.push(i.wal && !i.notJournal ? m.sizeWithWal({ size: size(i.file.size), wal: size(i.wal.size) }) : m.size({ size: size(i.file.size) }));
    if (i.file && !i.notJournal) {
      lines.push(m.permissions({ file: octal(i.file.mode), folder: i.folder ? octal(i.folder.mode) : '?', mark: ok(!tooOpen(i.file) && !tooOpen(i.folder, true)) }));
    }
    if (i.version !== null) lines.push(m.schema({ version: i.version, latest: LATEST_VERSION, mark: ok(i.version <= LATEST_VERSION) }));
    if (i.integrity.length > 0) lines.push(m.integrityLine({ result: i.integrity[0] === 'ok' ? ok(true) : `${ok(false)} ${i.integrity[0]}` }));
    if (i.version !== null && i.version <= LATEST_VERSION) lines.push(m.tables({ result: i.missing.length === 0 ? ok(true) : `${ok(false)} ${m.tablesMissing({ count: i.missing.length })}` }));
    if (i.isSqlite && !i.error && !i.notJournal) {
      const links = i.foreignKeyProblems === 0 ? m.consistent() : m.brokenLinks({ count: i.foreignKeyProblems });
      lines.push(m.foreignKeysLine({ result: links, mark: ok(i.foreignKeyProblems === 0) }));
    }
    if (i.counts) lines.push(m.contents({ list: Object.entries(i.counts).map(([k, v]) => m.count[k as keyof typeof m.count]({ count: v })).join(m.contentsSeparator()) }));
    lines.push('', found.length === 0 ? c.green(m.allGood()) : found.map((p) => `${c.red('✗')} ${p}`).join('\n'));
    say(ctx, lines.join('\n'));
  }
  if (found.length > 0) throw new TrustError(t().doctor.found({ count: found.length }), 1);
  return i;
}
