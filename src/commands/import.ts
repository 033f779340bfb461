/**
 * trust import FILE: reads trust's JSON export and merges it by UUID, in one transaction: all of
 * it, or nothing. A file in the layout `trust export` writes (one item to a line) is read line by
 * line, each item checked and written as it comes, so an export of any size imports in a steady
 * amount of memory. Any other JSON (an export someone reformatted) is parsed whole.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { ExportChecker, ExportProblem, checkExport } from '../domain/export-check.js';
import { importExport, startImport, type ImportReport } from '../store/importer.js';
import { LineProblem, readExportLines } from '../store/export-lines.js';
import type { DB } from '../store/open.js';
import type { ExportFile } from '../domain/export-format.js';
import { writeTx } from '../store/tx.js';
import { absentJournal, discardIfUnused } from '../store/discard.js';
import { writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { wrap } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

/**
 * The largest file an import parses whole (one not in the layout `trust export` writes). Its
 * objects take several times its size in memory: past this, Node would run out of memory, or of
 * string length, mid-way.
 */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;


function readable<T>(path: string, what: () => T): T {
  try {
    return what();
  } catch (e) {
    const m = t().transfer;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new TrustError(m.noSuchFile({ path }), 1, m.noSuchFileHint());
    if (code === 'EACCES') throw new TrustError(m.mayNotRead({ path }), 1, t().journal.checkPermissions());
    throw new TrustError(m.couldNotRead({ path, reason: (e as Error).message }), 1);
  }
}

/** Whether the file begins as `trust export` writes it: "{", then the format on a line of its own. */
function inExportLayout(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(256);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    return /^\uFEFF?\{\r?\n[ \t]*"format": /.test(text);
  } finally {
    closeSync(fd);
  }
}

const reportColumns = (): readonly Column[] => {
  const m = t().transfer;
  return [
    ['', 'label'],
    [m.added(), 'number'],
    [m.updated(), 'number'],
    [m.unchanged(), 'number'],
  ];
};

export async function importJournal(path: string, opts: { json?: boolean }, ctx: Context): Promise<ImportReport> {
  const m = t().transfer;
  if (path.trim() === '') throw usageError(m.needsFile(), m.needsFileHint());
  const stat = readable(path, () => statSync(path));
  // A device or a pipe has no size to check, and /dev/zero never ends.
  if (!stat.isFile()) throw usageError(m.notAFile({ path }), m.exportHint());
  const refused = (e: unknown) => {
    if (e instanceof ExportProblem || e instanceof LineProblem) return usageError(m.refused({ path, problem: e.message }), m.fixHint());
    // Only a value nested far deeper than any export reaches the stack's end.
    if (e instanceof RangeError) return usageError(m.tooDeep({ path }), m.exportHint());
    return e;
  };
  // A file refused into a journal that did not exist leaves none behind (the transaction alone would leave an empty one).
  const absent = absentJournal(ctx.dbPath);
  let opened: DB | undefined;
  const journal = () => (opened ??= ctx.db('write'));
  let report: ImportReport;
  try {
    report = importFile(path, stat.size, journal, ctx.now, refused);
  } catch (e) {
    // Only a journal this run made: one made meanwhile by another trust is theirs.
    if (absent && opened) discardIfUnused(opened, absent);
    throw e;
  }
  if (opts.json) writeJson(ctx.out, report);
  else {
    const rows = Object.entries(report).map(([what, n]) => [m.section[what as keyof typeof m.section](), String(n.added), String(n.updated), String(n.skipped)]);
    ctx.out.write(`${wrap(m.imported({ path }), ctx.columns)}\n${renderTable(reportColumns(), rows, ctx.c, ctx.columns)}\n`);
  }
  return report;
}

/** `journal` opens the journal (creating it) when the import first needs it. */
function importFile(path: string, size: number, journal: () => DB, now: Date, refused: (e: unknown) => unknown): ImportReport {
  if (!readable(path, () => inExportLayout(path))) return importWhole(path, size, journal, now, refused);
  try {
    return importLines(journal(), path, now);
  } catch (e) {
    // Laid out otherwise further on (reformatted by hand, say): read whole, where it is small enough.
    if (!(e instanceof LineProblem) || size > MAX_IMPORT_BYTES) throw refused(e);
    return importWhole(path, size, journal, now, refused, e);
  }
}

/** Checks and writes each item as it is read; a problem names the line it is on. */
function importLines(db: DB, path: string, now: Date): ImportReport {
  return writeTx(db, () => {
    const checker = new ExportChecker();
    const sink = startImport(db, now, basename(path), checker);
    readExportLines(path, {
      header: (h) => checker.header(h),
      section: (name) => checker.section(name),
      item: (name, value, index, line) => {
        try {
          checker.item(name, index, value);
          sink.item(name, value as object, index);
        } catch (e) {
          if (e instanceof ExportProblem) throw new ExportProblem(t().transfer.onLine({ line, problem: e.message }));
          throw e;
        }
      },
    });
    checker.finish();
    return sink.finish();
  });
}

/** Parses the whole file, checks all of it, then writes it. `lineProblem` is why reading it line by line failed. */
function importWhole(path: string, size: number, journal: () => DB, now: Date, refused: (e: unknown) => unknown, lineProblem?: LineProblem): ImportReport {
  if (size > MAX_IMPORT_BYTES) {
    const m = t().transfer;
    throw usageError(m.tooLarge({ path, size: Math.ceil(size / 1024 / 1024), max: MAX_IMPORT_BYTES / 1024 / 1024 }), m.tooLargeHint());
  }
  let data: unknown;
  try {
    // Notepad and some other editors begin a UTF-8 file with a byte order mark.
    data = JSON.parse(readable(path, () => readFileSync(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof TrustError) throw e;
    if (lineProblem) throw refused(lineProblem);
    throw usageError(t().transfer.notJson({ path }), t().transfer.exportHint());
  }
  try {
    checkExport(data);
  } catch (e) {
    throw refused(e);
  }
  const db = journal();
  try {
    // A clash with what the journal holds is found inside the transaction, which then rolls back.
    return writeTx(db, () => importExport(db, data as ExportFile, now, basename(path)));
  } catch (e) {
    throw refused(e);
  }
}
