/**
 * Housekeeping beside the journal: temporary copies left by a run that was killed halfway
 * through an upgrade, a restore or a backup, and modes that let other users read the journal.
 */
import { chmodSync, lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { t } from '../i18n/messages.js';

/** `<name>.tmp-<pid>-<ms since 1970>`, as backup.ts names a copy in progress, with SQLite's side files. */
const TEMPORARY = /\.tmp-(\d+)-(\d+)(?:-wal|-shm|-journal)?$/;

/** No copy takes an hour: a process of that number by then is another one that reused it. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** Whether a process of that number runs (ours or someone else's). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process, running
  }
}

function isStale(name: string, now: number): boolean {
  const match = TEMPORARY.exec(name);
  if (!match) return false;
  const pid = Number(match[1]);
  const startedAt = Number(match[2]);
  if (pid === process.pid) return false;
  return now - startedAt > STALE_AFTER_MS || !isRunning(pid);
}

/**
 * Temporary copies beside the journal whose writer is gone. One readdir of the journal's folder,
 * no stat of each file: only names made by trust for this journal (or its timed backups) count.
 */
export function staleCopies(path: string, now = Date.now()): string[] {
  const folder = dirname(path);
  const ours = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((n) => (n.startsWith(ours) || n.startsWith('trust-backup-')) && isStale(n, now)).map((n) => join(folder, n));
}

/** Removes what `staleCopies` finds; quietly leaves what it may not remove (a read-only folder). */
export function removeStaleCopies(path: string): void {
  for (const file of staleCopies(path)) {
    try {
      unlinkSync(file);
    } catch {
      // Left for `trust doctor` to report.
    }
  }
}

const octal = (mode: number) => mode.toString(8).padStart(4, '0');

/**
 * Makes a journal that others may read private again (0600, and its folder 0700 when it is trust's
 * own), as ssh does with keys. Only when trust writes the file: reading never changes a mode.
 */
export function makePrivate(path: string, notice: (message: string) => void, privateFolder: boolean): void {
  const tighten = (target: string, want: number, what: 'journal' | 'folder' | undefined, kind: 'file' | 'folder') => {
    let mode: number;
    try {
      // lstat: a link is not followed, and only what trust made is changed (a folder of the
      // user's that sits where SQLite's -shm would be is left as it is).
      const stat = lstatSync(target);
      if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) return;
      mode = stat.mode & 0o7777;
    } catch {
      return;
    }
    if ((mode & 0o077) === 0) return;
    try {
      chmodSync(target, want);
      if (what) notice(t().journal.madePrivate({ what, path: target, mode: octal(mode & 0o777), want: octal(want) }));
    } catch {
      // Not ours to change (another owner): `trust doctor` says what to run.
    }
  };
  tighten(path, 0o600, 'journal', 'file');
  // SQLite gave them the journal's mode when it made them: they follow it quietly.
  for (const suffix of ['-wal', '-shm']) tighten(path + suffix, 0o600, undefined, 'file');
  if (privateFolder) tighten(dirname(path), 0o700, 'folder', 'folder');
}
