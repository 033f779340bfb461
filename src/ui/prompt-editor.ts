/**
 * Editing longer text in the user's own editor, as git does for a commit message: the text goes
 * to a temporary file, the editor opens it on the terminal, and what it saved is read back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The editor the user chose: $VISUAL, else $EDITOR (either may hold arguments: "code --wait"). */
export function chosenEditor(env: NodeJS.ProcessEnv): string | undefined {
  const chosen = [env.VISUAL, env.EDITOR].find((e) => e !== undefined && e.trim() !== '');
  return chosen?.trim();
}

/**
 * The text after the user edited it, or null when the editor could not be started or did not
 * finish cleanly (the text is then theirs to edit some other way). The shell runs the editor's
 * command, so "code --wait" and "vim -u NONE" work as they do for git.
 */
export function editInEditor(text: string, editor: string): string | null {
  const folder = mkdtempSync(join(tmpdir(), 'trust-edit-'));
  const file = join(folder, 'apology.txt');
  try {
    writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`, { mode: 0o600 });
    // Asked of Node at the moment of editing rather than imported: the bundle carries no
    // require of child_process (commander's is stubbed out, test/e2e/bundle.test.ts), so that
    // no run pays for loading it but this one.
    const { spawnSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
    const run = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, editor, file], { stdio: 'inherit' });
    if (run.error || run.status !== 0) return null;
    return readFileSync(file, 'utf8').replace(/\s+$/u, '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
