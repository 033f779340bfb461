/**
 * Editing longer text in the user's own editor, as git does for a commit message: the text goes
 * to a temporary file, the editor opens it on the terminal, and what it saved is read back.
 */
// Not 'node:child_process': the bundle stands that name in with an empty stub for commander's
// sake (scripts/build.mjs); this module is loaded only when the user asks to edit.
import { spawnSync } from 'child_process';
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
    const run = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, editor, file], { stdio: 'inherit' });
    if (run.error || run.status !== 0) return null;
    return readFileSync(file, 'utf8').replace(/\s+$/u, '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
