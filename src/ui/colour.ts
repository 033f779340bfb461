import type { ChalkInstance } from 'chalk';

export type Paint = ChalkInstance;

/** chalk's levels: 0 none, 1 the 16 basic colours, 2 256 colours, 3 true colour. */
export type ColourLevel = 0 | 1 | 2 | 3;

/**
 * How much colour a run paints: chalk's rules (supports-color), under the product's own rule
 * that NO_COLOR (no-color.org) means no colour.
 * 1. --no-color: none.
 * 2. NO_COLOR set and not empty: none, unless this very run asks with --color (no-color.org lets
 *    a per-run flag override the standing variable; FORCE_COLOR, a standing variable too, does not).
 * 3. FORCE_COLOR set: 0 or false none; 1, 2, 3 that level even when piped; anything else
 *    (true, empty), level 1.
 * 4. --color: level 1, even when piped.
 * 5. Else none when TERM is dumb or output is not a terminal; level 1 otherwise: trust paints
 *    nothing that needs more, and asking the terminal costs start-up.
 * `flag` is --color (true) or --no-color (false), as commander read them.
 */
export function colourLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): ColourLevel {
  if (flag === false) return 0;
  if (env.NO_COLOR && flag !== true) return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === 'false') return 0;
    const level = Number.parseInt(forced, 10);
    return Number.isNaN(level) ? 1 : (Math.max(0, Math.min(level, 3)) as ColourLevel);
  }
  if (flag === true) return 1;
  if (env.TERM === 'dumb' || !stream.isTTY) return 0;
  return 1;
}

/** Whether a run paints at all (see colourLevel). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  return colourLevel(stream, env, flag) > 0;
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
export async function painter(level: ColourLevel): Promise<Paint> {
  if (level === 0) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
