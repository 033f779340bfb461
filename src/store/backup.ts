/**
 * Consistent copies of the journal through SQLite's online backup API, written under a
 * temporary name and renamed into place, so a copy that exists is always a whole one.
 */
import { chmodSync, closeSync, existsSync, linkSync, openSync, renameSync, unlinkSync } from 'node:fs';
import type { DB } from './open.js';

/** Copies the open journal to `dest` (mode 0600). Refuses to replace an existing file unless asked. */
export async function backupTo(db: DB, dest: string, { replace = false } = {}): Promise<void> {
  const tmp = `${dest}.tmp-${process.pid}-${Date.now()}`;
  closeSync(openSync(tmp, 'wx', 0o600));
  try {
    // After the first step, ask for every remaining page at once: one read snapshot, no restarts.
    await db.backup(tmp, { progress: () => 0x7fffffff });
    chmodSync(tmp, 0o600);
    if (replace) renameSync(tmp, dest);
    else {
      linkSync(tmp, dest); // fails if dest exists: never clobber a copy someone else made
      unlinkSync(tmp);
    }
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}
