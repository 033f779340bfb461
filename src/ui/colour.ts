import { Chalk, type ChalkInstance } from 'chalk';

export type Paint = ChalkInstance;

/** Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}

export function paint(enabled: boolean): Paint {
  return new Chalk({ level: enabled ? 1 : 0 });
}
