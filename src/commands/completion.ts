import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { SCRIPTS } from '../completion/scripts.js';
import { t } from '../i18n/messages.js';

/** Prints the completion script for a shell. */
export async function completion(shell: string | undefined, ctx: Pick<Context, 'out'>): Promise<void> {
  const name = (shell ?? '').trim().toLowerCase();
  if (!(name in SCRIPTS)) throw usageError(t().transfer.noCompletion({ shell: String(shell) }), t().transfer.noCompletionHint());
  ctx.out.write(SCRIPTS[name as keyof typeof SCRIPTS]);
}
