/**
 * A copy of the built trust in a folder of its own, for tests that change the install (its
 * code cache, a read-only dist/) or run trust as another user.
 *
 * Root ignores file permissions, so a test run as root runs trust as nobody (uid 65534) to see
 * them. Nobody may not be able to read the clone itself (a clone in /root is in a 0700 folder,
 * and a symlink into it does not help), so the copy holds real files: the launcher, the bundle,
 * and of node_modules only what the bundle loads at run time, the
 * compiled SQLite module (commander, chalk, inquirer and better-sqlite3's JavaScript are bundled).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './cli.js';

const root = resolve(import.meta.dirname, '../..');
const NATIVE = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const FILES = ['bin/trust.js', 'bin/package.json', 'dist/cli.cjs', NATIVE];

/** True when the tests run as root, and so run trust as nobody to meet file permissions. */
export const asNobody = process.getuid?.() === 0;
const NOBODY = 65534;

/** Gives a file or folder made by the test to the user trust runs as (a no-op when that is us). */
export function giveToRunner(path: string): void {
  if (asNobody) chownSync(path, NOBODY, NOBODY);
}

/** A folder that the user trust runs as owns (a temporary folder is 0700, and root's). */
export function runnerDir(): string {
  const dir = tempDir();
  giveToRunner(dir);
  return dir;
}

export interface Installed {
  dir: string;
  dist: string;
  /** The bundle's size and time of writing, as the launcher names its caches. */
  version: string;
  /** The code caches beside the bundle. */
  caches(): string[];
  /** Runs the copy as the runner (nobody when the tests run as root), with exactly this environment. */
  run(args: string[], env: Record<string, string>): { code: number | null; stdout: string; stderr: string };
}

/**
 * Copies the built files. Every folder and file is made readable for all, whatever the umask
 * and the modes in the clone; dist/ belongs to the runner, who writes the code cache there.
 */
export function install(): Installed {
  const dir = tempDir();
  for (const file of FILES) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = join(dir, ...parts.slice(0, i));
      mkdirSync(folder, { recursive: true });
      chmodSync(folder, 0o755);
    }
    copyFileSync(join(root, file), join(dir, file));
    chmodSync(join(dir, file), 0o644);
  }
  chmodSync(dir, 0o755);
  const dist = join(dir, 'dist');
  giveToRunner(dist);
  const { size, mtimeMs } = statSync(join(dist, 'cli.cjs'));
  return {
    dir,
    dist,
    version: `${size}-${Math.round(mtimeMs)}`,
    caches: () => readdirSync(dist).filter((f) => f.endsWith('.cache')).sort(),
    run: (args, env) => {
      const ids = asNobody ? { uid: NOBODY, gid: NOBODY } : {};
      const r = spawnSync(process.execPath, [join(dir, 'bin/trust.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, ...ids });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}
