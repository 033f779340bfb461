/**
 * `trust doctor --repair`: rebuilds every index of the journal from its tables, after keeping a
 * copy of the file as it was. A damaged index makes queries miss rows; the rows themselves are
 * in the tables, so rebuilding loses nothing.
 */
import { backupTo, integrityOf } from './backup.js';
import { identifyFile, oddKind, notAJournal } from './recognise.js';
import { t } from '../i18n/messages.js';
import { sqlite } from './sqlite.js';
import { writeToFreeName } from './free-name.js';

export interface Reindexed {
  backup: string;
  before: string[];
  after: string[];
}

/** Keeps the copy under the first free name from `backupStem` on (`<stem>.db`, `<stem>-2.db` …). */
export async function reindexJournal(path: string, backupStem: string): Promise<Reindexed> {
  const kind = oddKind(path);
  if (kind) throw notAJournal(path, kind);
  const identity = identifyFile(path);
  if (identity.kind !== 'journal') throw notAJournal(path, t().journal.notAJournalWhy.empty());
  const db = sqlite(path, { fileMustExist: true, timeout: 5000 });
  try {
    const backup = await writeToFreeName(backupStem, '.db', (dest) => backupTo(db, dest));
    const before = integrityOf(db);
    db.exec('REINDEX');
    return { backup, before, after: integrityOf(db) };
  } finally {
    db.close();
  }
}
