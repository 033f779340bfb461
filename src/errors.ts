/**
 * The one error type of trust. Commands throw it; cli.ts prints the message (and the hint)
 * on stderr and sets the exit code. Anything else that escapes is a bug and gets a stack trace
 * only with TRUST_DEBUG=1.
 */
import { t } from './i18n/messages.js';

export const EXIT = {
  ok: 0,
  failed: 1, // not found, conflict, storage problem
  usage: 2, // bad usage or input
  cancelled: 130, // Ctrl-C
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class TrustError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failed,
    /** What to do next, printed on its own line. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'TrustError';
  }
}

export const usageError = (message: string, hint?: string) => new TrustError(message, EXIT.usage, hint);
export const notFound = (message: string, hint?: string) => new TrustError(message, EXIT.failed, hint);

/** Ctrl-C at a prompt: nothing was saved. */
export class CancelledError extends TrustError {
  constructor(message = t().cli.cancelled()) {
    super(message, EXIT.cancelled);
    this.name = 'CancelledError';
  }
}

/**
 * A message from a library, without the paths of trust's own files (its bundle, its packages:
 * anything under `installRoot`, or in a node_modules folder) or the temporary names of copies in
 * progress, which mean nothing to the person reading.
 */
export function withoutInternalPaths(message: string, installRoot?: string): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ours = installRoot ? `${escape(installRoot)}[\\/][^\\s'"\`()]*|` : '';
  return message
    .replace(new RegExp(`${ours}(?:[A-Za-z]:)?[^\\s'"\`()]*[\\/]node_modules[\\/][^\\s'"\`()]*`, 'g'), t().cli.ownFile())
    .replace(/\.tmp-\d+-\d+(?:-wal|-shm|-journal)?/g, '');
}
