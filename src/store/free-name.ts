/**
 * Names for the files trust adds beside the journal (the journal kept before a restore, the copy
 * before a repair, a timed backup). Two runs in the same second, or a file of the user's that
 * happens to have the name, must never cost anything: an existing file is never replaced, the
 * next free name is taken instead (`-2`, `-3` …).
 */
import { lstatSync } from 'node:fs';
import { t } from '../i18n/messages.js';

/** SQLite's files beside a database: a stale one would be read as part of the new file. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** Whether anything, even a dangling symbolic link, holds the name or one of its SQLite companions. */
function taken(path: string): boolean {
  return COMPANIONS.some((suffix) => {
    try {
      lstatSync(path + suffix);
      return true;
    } catch (e) {
      // A name too long or in a missing folder is free here: writing it says what is wrong.
      return (e as NodeJS.ErrnoException).code === 'EACCES';
    }
  });
}

const MAX_TRIES = 1000;

const numbered = (stem: string, ext: string, n: number) => `${stem}${n === 1 ? '' : `-${n}`}${ext}`;

/** The number of the first free name among `<stem><ext>`, `<stem>-2<ext>`, `<stem>-3<ext>` …, from `from` on. */
function firstFree(stem: string, ext: string, from: number): number {
  for (let n = from; n < from + MAX_TRIES; n++) if (!taken(numbered(stem, ext, n))) return n;
  throw Object.assign(new Error(t().journal.noFreeName({ name: `${stem}${ext}` })), { code: 'EEXIST' });
}

/**
 * Writes a new file under the first free name and returns that name. `write` must fail with
 * EEXIST rather than replace a file; when another process took the name in between, the next
 * free one is tried.
 */
export async function writeToFreeName(stem: string, ext: string, write: (dest: string) => Promise<void>): Promise<string> {
  let n = 1;
  for (let tries = 0; ; tries++) {
    n = firstFree(stem, ext, n);
    const dest = numbered(stem, ext, n);
    try {
      await write(dest);
      return dest;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || tries >= 20) throw e;
      n++;
    }
  }
}
