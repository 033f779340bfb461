/**
 * trust export: the whole journal as JSON (complete, for import), CSV (promises, for
 * spreadsheets) or Markdown (to read). To stdout, or to a private file with --out.
 */
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { anonymize } from '../domain/anonymize.js';
import { readExport } from '../store/exporter.js';
import { writePrivateFile } from '../store/backup.js';
import { toCsv, toMarkdown } from '../ui/export-render.js';

export interface ExportOptions {
  format?: string;
  out?: string;
  anonymize?: boolean;
}

const FORMATS = ['json', 'csv', 'markdown'] as const;

export async function exportJournal(opts: ExportOptions, ctx: Context): Promise<string> {
  const format = (opts.format ?? 'json').toLowerCase();
  if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw usageError(`"${opts.format}" is not an export format.`, 'Use json, csv or markdown.');
  let file = readExport(ctx.db('read'), ctx.now);
  if (opts.anonymize) file = anonymize(file);
  const text = format === 'csv' ? toCsv(file) : format === 'markdown' ? toMarkdown(file) : JSON.stringify(file, null, 2) + '\n';
  if (opts.out) {
    writePrivateFile(opts.out, text);
    ctx.err.write(`Exported ${file.promises.length} promises, ${file.people.length} people, ${file.repairs.length} repairs and ${file.reviews.length} reviews to ${opts.out}.\n`);
  } else ctx.out.write(text);
  return text;
}
