import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { SCRIPTS } from '../completion/scripts.js';

/** Prints the completion script for a shell. */
export async function completion(shell: string | undefined, ctx: Pick<Context, 'out'>): Promise<void> {
  const name = (shell ?? '').trim().toLowerCase();
  if (!(name in SCRIPTS)) throw usageError(`trust has no completion for "${shell}".`, 'Use one of: bash, zsh, fish.');
  ctx.out.write(SCRIPTS[name as keyof typeof SCRIPTS]);
}
