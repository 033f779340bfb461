import type { ChalkInstance } from 'chalk';

export type Paint = ChalkInstance;

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

/**
 * Without colour every style is the text itself, however chained: plain.bold.red('x') is 'x',
 * and several arguments are joined with spaces, as chalk joins them.
 */
const identity = (...text: unknown[]) => text.join(' ');
export const plain: Paint = new Proxy(identity, {
  // Not a promise: `then` stays undefined, or awaiting the painter would never finish.
  get: (_target, key) => (key === 'then' || typeof key === 'symbol' ? undefined : plain),
}) as unknown as Paint;

/**
 * The painter for a run. chalk is loaded only when there is colour to paint: building its
 * styles costs about 1 ms, which piped and scripted runs need not pay.
 */
export async function painter(enabled: boolean): Promise<Paint> {
  if (!enabled) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
