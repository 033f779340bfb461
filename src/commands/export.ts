/**
 * trust export: the whole journal as JSON (complete, for import), CSV (promises, for
 * spreadsheets) or Markdown (to read). To stdout, or to a private file with --out.
 */
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { anonymize, anonymizer } from '../domain/anonymize.js';
import { readExport, writeExportJson } from '../store/exporter.js';
import { writePrivateFile } from '../store/backup.js';
import { toCsv, toMarkdown } from '../ui/export-render.js';

export interface ExportOptions {
  format?: string;
  out?: string;
  anonymize?: boolean;
}

const FORMATS = ['json', 'csv', 'markdown'] as const;

export async function exportJournal(opts: ExportOptions, ctx: Context): Promise<void> {
  const format = (opts.format ?? 'json').toLowerCase();
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw usageError(`"${opts.format}" is not an export format.`, 'Use json, csv or markdown.');
  const db = ctx.db('read');
  const write = (produce: (write: (text: string) => void) => void) => {
    if (opts.out) {
      writePrivateFile(opts.out, produce);
      ctx.err.write(`Exported the journal to ${opts.out}.\n`);
    } else produce((text) => ctx.out.write(text));
  };
  if (format === 'json') {
    // Streamed: a journal of 100,000 promises never sits in memory whole.
    write((out) => writeExportJson(db, ctx.now, out, opts.anonymize ? anonymizer() : undefined));
    return;
  }
  let file = readExport(db, ctx.now);
  if (opts.anonymize) file = anonymize(file);
  const text = format === 'csv' ? toCsv(file) : toMarkdown(file);
  write((out) => out(text));
}
