/**
 * trust import FILE: reads trust's JSON export and merges it by UUID. The whole file is checked
 * first, then imported in one transaction: all of it, or nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { ExportProblem, checkExport } from '../domain/export-check.js';
import type { ExportFile } from '../domain/export-format.js';
import { importExport, type ImportReport } from '../store/importer.js';
import { writeTx } from '../store/tx.js';
import { writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { wrap } from '../ui/wrap.js';

/**
 * The largest file an import reads. The file is parsed whole, and its objects take several times
 * its size in memory: past this, Node would run out of memory, or of string length, mid-way.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const EXPORT_HINT = 'Import a file made by `trust export` (the json format).';

function readExportText(path: string): string {
  if (path.trim() === '') throw usageError('trust import needs the name of a file to import.', 'For example: trust import trust-export.json (a file made by `trust export --out`).');
  const read = <T>(what: () => T): T => {
    try {
      return what();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new TrustError(`Could not read "${path}": there is no such file.`, 1, 'Check its name and folder; `trust export --out FILE` makes a file to import.');
      if (code === 'EACCES') throw new TrustError(`Could not read "${path}": you may not read it.`, 1, 'Check the permissions of the file and its folder.');
      throw new TrustError(`Could not read "${path}": ${(e as Error).message}.`, 1);
    }
  };
  const stat = read(() => statSync(path));
  // A device or a pipe has no size to check, and /dev/zero never ends.
  if (!stat.isFile()) throw usageError(`${path} is not a file.`, EXPORT_HINT);
  if (stat.size > MAX_IMPORT_BYTES) {
    throw usageError(
      `${path} is too large to import: ${Math.ceil(stat.size / 1024 / 1024)} MB, and trust reads up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      'Nothing was imported. A file made by `trust export` is far smaller; check that this is the right file.',
    );
  }
  return read(() => readFileSync(path, 'utf8'));
}

const REPORT_COLUMNS: readonly Column[] = [
  ['', 'label'],
  ['Added', 'number'],
  ['Updated', 'number'],
  ['Unchanged', 'number'],
];

export async function importJournal(path: string, opts: { json?: boolean }, ctx: Context): Promise<ImportReport> {
  const text = readExportText(path);
  let data: unknown;
  try {
    // Notepad and some other editors begin a UTF-8 file with a byte order mark.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw usageError(`${path} is not JSON, so not a trust export.`, EXPORT_HINT);
  }
  const refused = (e: unknown) =>
    e instanceof ExportProblem ? usageError(`${path} cannot be imported, so nothing was imported: ${e.message}.`, 'Correct that item (or export the journal again), then import the file again.') : e;
  try {
    checkExport(data);
  } catch (e) {
    // Only a value nested far deeper than any export reaches the stack's end.
    if (e instanceof RangeError) throw usageError(`${path} is nested too deeply to be a trust export, so nothing was imported.`, EXPORT_HINT);
    throw refused(e);
  }
  const db = ctx.db('write');
  let report: ImportReport;
  try {
    // A clash with what the journal holds is found inside the transaction, which then rolls back.
    report = writeTx(db, () => importExport(db, data as ExportFile, ctx.now, basename(path)));
  } catch (e) {
    throw refused(e);
  }
  if (opts.json) writeJson(ctx.out, report);
  else {
    const rows = Object.entries(report).map(([what, t]) => [what, String(t.added), String(t.updated), String(t.skipped)]);
    ctx.out.write(`${wrap(`Imported ${path}:`, ctx.columns)}\n${renderTable(REPORT_COLUMNS, rows, ctx.c, ctx.columns)}\n`);
  }
  return report;
}
