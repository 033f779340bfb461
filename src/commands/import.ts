/**
 * trust import FILE: reads trust's JSON export and merges it by UUID. The whole file is checked
 * first, then imported in one transaction: all of it, or nothing.
 */
import { readFileSync } from 'node:fs';
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { validateExport, type ExportFile } from '../domain/export-format.js';
import { importExport, type ImportReport } from '../store/importer.js';
import { writeTx } from '../store/tx.js';
import { writeJson } from '../ui/json.js';
import { renderTable } from '../ui/table.js';

export async function importJournal(path: string, opts: { json?: boolean }, ctx: Context): Promise<ImportReport> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new TrustError(`Could not read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (e as Error).message}.`, 1);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw usageError(`${path} is not JSON, so not a trust export.`, 'Import a file made by `trust export` (the json format).');
  }
  const problems = validateExport(data);
  if (problems.length > 0) {
    throw usageError(
      `${path} cannot be imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}, so nothing was imported.`,
      problems.slice(0, 5).join('\n') + (problems.length > 5 ? `\n…and ${problems.length - 5} more.` : ''),
    );
  }
  const db = ctx.db('write');
  const report = writeTx(db, () => importExport(db, data as ExportFile));
  if (opts.json) writeJson(ctx.out, report);
  else {
    const rows = Object.entries(report).map(([what, t]) => [what, String(t.added), String(t.updated), String(t.skipped)]);
    ctx.out.write(`Imported ${path}:\n${renderTable(['', 'Added', 'Updated', 'Unchanged'], rows, ctx.c)}\n`);
  }
  return report;
}
