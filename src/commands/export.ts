/**
 * trust export: the whole journal as JSON (complete, for import), CSV (promises, for
 * spreadsheets) or Markdown (to read). To stdout, or with --out to a private file that never
 * replaces the journal or, without --force, any file at all.
 */
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { anonymize, anonymizer } from '../domain/anonymize.js';
import { EXPORT_FORMATS } from '../domain/export-format.js';
import { readExport, writeExportJson } from '../store/exporter.js';
import { personTrails } from '../store/person-trails.js';
import { isStdout, writeOutFile, type Produce } from '../store/out-file.js';
import { toCsv, toMarkdown } from '../ui/export-render.js';
import { warn } from '../ui/wrap.js';
import { localDate } from '../domain/dates.js';
import { parseDuration } from '../domain/duration.js';
import { changedTimes, openDueBetween } from '../store/promises.js';
import { upcomingCheckins } from '../store/repairs.js';
import { currentLanguage, t } from '../i18n/messages.js';

export interface ExportOptions {
  format?: string;
  out?: string;
  force?: boolean;
  anonymize?: boolean;
  /** csv only: true or false when given, else by the language (Excel reads Japanese CSV as Shift_JIS without one). */
  bom?: boolean;
  /** ics only: how long before each event its alarm goes off. */
  alarm?: string;
  /** ics only: promise notes in the events. */
  notes?: boolean;
}

const BOM = '\uFEFF';


export async function exportJournal(opts: ExportOptions, ctx: Context): Promise<void> {
  const format = (opts.format ?? 'json').toLowerCase();
  if (!EXPORT_FORMATS.includes(format as (typeof EXPORT_FORMATS)[number])) throw usageError(t().transfer.notAFormat({ format: String(opts.format) }), t().transfer.notAFormatHint());
  if (opts.bom !== undefined && format !== 'csv') throw usageError(t().help.export.bomOnlyCsv(), t().usage.seeHelp({ path: 'trust export' }));
  for (const [flag, given] of [['--alarm', opts.alarm !== undefined], ['--notes', opts.notes]] as const) {
    if (given && format !== 'ics') throw usageError(t().help.export.icsOnly({ flag }), t().usage.seeHelp({ path: 'trust export' }));
  }
  const alarmMinutes = opts.alarm === undefined ? undefined : parseDuration(opts.alarm);
  if (alarmMinutes === null) throw usageError(t().transfer.ics.notAnAlarm({ value: opts.alarm! }), t().transfer.ics.notAnAlarmHint());
  if (opts.out !== undefined && opts.out.trim() === '') throw usageError(t().transfer.outNeedsName(), t().transfer.outNeedsNameHint());
  // Opened first, so that its -wal and -shm exist by the time --out is checked against them.
  const db = ctx.db('read');
  const write = (produce: Produce) => {
    if (opts.out === undefined || isStdout(opts.out)) return produce((text) => ctx.out.write(text));
    writeOutFile(opts.out, produce, { force: opts.force, protect: ['', '-wal', '-shm', '-journal'].map((suffix) => ctx.dbPath + suffix) });
    warn(ctx, format === 'ics' ? t().transfer.ics.exported({ path: opts.out }) : t().transfer.exported({ path: opts.out }));
  };
  if (format === 'json') {
    // Streamed: a journal of 100,000 promises never sits in memory whole.
    write((out) => writeExportJson(db, ctx.now, out, opts.anonymize ? anonymizer(personTrails(db)) : undefined));
    return;
  }
  if (format === 'ics') {
    // Loaded only here: the calendar library is for this one path.
    const { toIcs } = await import('../ui/export-ics.js');
    const promises = openDueBetween(db, '', '~', Number.MAX_SAFE_INTEGER).items;
    const checkins = upcomingCheckins(db, localDate(ctx.now));
    const changed = changedTimes(db, promises.map((p) => p.id));
    const text = toIcs({ promises: promises.map((p) => ({ ...p, changedAt: changed.get(p.id)! })), checkins, notes: opts.notes === true, now: ctx.now, ...(alarmMinutes === undefined ? {} : { alarmSeconds: alarmMinutes * 60 }) });
    write((out) => out(text));
    return;
  }
  let file = readExport(db, ctx.now);
  if (opts.anonymize) file = anonymize(file);
  const bom = format === 'csv' && (opts.bom ?? currentLanguage() === 'ja') ? BOM : '';
  const text = format === 'csv' ? bom + toCsv(file) : toMarkdown(file);
  write((out) => out(text));
}
