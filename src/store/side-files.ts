/**
 * SQLite's files beside the journal (-wal, the write-ahead log; -shm, its shared-memory index).
 * SQLite refuses the journal when one of them is not a file it can write, and only says
 * "read-only": this says which file, and what is wrong with it.
 */
import { accessSync, constants, lstatSync } from 'node:fs';
import { t } from '../i18n/messages.js';

export interface SideProblem {
  file: string;
  /** "write-ahead log" or "shared-memory file". */
  what: string;
  /** In a few words: "is a folder", "cannot be written by trust (mode 0400)" … */
  why: string;
  /** Not a regular file at all, rather than one trust may not write. */
  odd: boolean;
}

const SIDES = [
  ['-wal', 'wal'],
  ['-shm', 'shm'],
] as const;

/** What is wrong with each side file that is there, for writing the journal at `path`. */
export function sideProblems(path: string): SideProblem[] {
  const found: SideProblem[] = [];
  for (const [suffix, kind] of SIDES) {
    const file = path + suffix;
    let s;
    try {
      s = lstatSync(file);
    } catch {
      continue;
    }
    const m = t().journal.side;
    const what = m[kind]();
    const odd = (why: string) => found.push({ file, what, why, odd: true });
    if (s.isSymbolicLink()) odd(m.symlink());
    else if (s.isDirectory()) odd(m.folder());
    else if (!s.isFile()) odd(m.notRegular());
    else {
      try {
        accessSync(file, constants.W_OK);
      } catch {
        found.push({ file, what, why: m.notWritable({ mode: (s.mode & 0o777).toString(8).padStart(4, '0') }), odd: false });
      }
    }
  }
  return found;
}

/** The first problem as part of a sentence: "its shared-memory file /x/trust.db-shm is a folder". */
export function sideProblemWords(path: string): string | null {
  const [first] = sideProblems(path);
  return first ? t().journal.side.words({ what: first.what, file: first.file, why: first.why }) : null;
}
