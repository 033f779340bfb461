/**
 * The only door to interactive prompts. Commands ask through a Prompter, so tests can drive
 * every flow with a scripted fake, and @inquirer/prompts (the heaviest module trust has) is
 * loaded only when a real person is actually being asked something.
 */
import { CancelledError } from '../errors.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(q: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
  /** Type to filter: source is called with what has been typed so far. */
  search<T>(q: { message: string; source: (term: string) => Choice<T>[] }): Promise<T>;
}

type Inquirer = typeof import('@inquirer/prompts');
/** Where the questions are drawn: stderr, so that stdout carries only the result. */
type Screen = { output: NodeJS.WritableStream };

/** Ctrl-C inside a prompt is a cancel, not a crash. */
async function asking<R>(ask: (inquirer: Inquirer) => Promise<R>): Promise<R> {
  const inquirer = await import('@inquirer/prompts');
  try {
    return await ask(inquirer);
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new CancelledError();
    throw e;
  }
}

/** Asks at the terminal, drawing the questions on `output` (trust passes stderr). */
export function terminalPrompter(output: NodeJS.WritableStream): Prompter {
  const screen: Screen = { output };
  return {
    input: (q) => asking((i) => i.input({ message: q.message, default: q.default, validate: q.validate }, screen)),
    select: (q) => asking((i) => i.select({ message: q.message, choices: q.choices, default: q.default, pageSize: 12 }, screen)),
    confirm: (q) => asking((i) => i.confirm({ message: q.message, default: q.default }, screen)),
    search: (q) => asking((i) => i.search({ message: q.message, source: (term) => q.source(term ?? ''), pageSize: 12 }, screen)),
  };
}

/** Used where nobody is at a terminal: any question is a bug in the caller's TTY check. */
export const noPrompter: Prompter = {
  input: () => Promise.reject(new Error('no terminal to ask on')),
  select: () => Promise.reject(new Error('no terminal to ask on')),
  confirm: () => Promise.reject(new Error('no terminal to ask on')),
  search: () => Promise.reject(new Error('no terminal to ask on')),
};
