/**
 * The only door to interactive prompts. Commands ask through a Prompter, so tests can drive
 * every flow with a scripted fake, and inquirer (the heaviest code trust has) is loaded only
 * when a real person is actually being asked something.
 *
 * Each kind of question is its own @inquirer package (the ones @inquirer/prompts gathers), and
 * each is loaded on its first use: the first question costs one prompt and inquirer's core, not
 * all ten prompts with the editor's and the encodings' modules behind them. They are bundled
 * into dist/cli.cjs, so the launcher's code cache holds them too.
 */
import { wrap } from './wrap.js';
import { CancelledError } from '../errors.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

/** A line among a search's choices that cannot be taken: says what the list leaves out. */
export interface Note {
  note: string;
}

export const isNote = <T>(line: Choice<T> | Note): line is Note => 'note' in line;

export interface Prompter {
  input(q: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
  /** Type to filter: source is called with what has been typed so far. */
  search<T>(q: { message: string; source: (term: string) => Array<Choice<T> | Note> }): Promise<T>;
}

/** Where the questions are drawn: stderr, so that stdout carries only the result. */
type Screen = { output: NodeJS.WritableStream };

let asked = false;
/** Whether this run asked anything at the terminal: bin/trust.js keeps such a run's code cache apart. */
export const askedQuestions = (): boolean => asked;

/** Ctrl-C inside a prompt is a cancel, not a crash. */
async function asking<R>(ask: () => Promise<R>): Promise<R> {
  asked = true;
  try {
    return await ask();
  } catch (e) {
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new CancelledError();
    throw e;
  }
}

/**
 * Text for a line that inquirer draws after a two-column mark ("? " before a question, "❯ "
 * before a choice): wrapped by trust at word boundaries to the terminal's width, each further
 * line indented under the first. Inquirer would otherwise break it wherever the width ran out,
 * inside words and dates.
 */
function fitted(text: string, columns: number): string {
  return wrap(text, columns - 2, { hang: 0 }).replace(/\n/g, '\n  ');
}

/** Asks at the terminal, drawing the questions on `output` (trust passes stderr). */
export function terminalPrompter(output: NodeJS.WritableStream): Prompter {
  const screen: Screen = { output };
  // Read at each question: the terminal may have been resized meanwhile.
  const fit = (text: string) => fitted(text, (output as { columns?: number }).columns || 80);
  const fitChoices = <T>(choices: Choice<T>[]) => choices.map((c) => ({ ...c, name: fit(c.name) }));
  return {
    input: (q) =>
      asking(async () => (await import('@inquirer/input')).default({ message: fit(q.message), default: q.default, validate: q.validate }, screen)),
    select: (q) =>
      asking(async () => (await import('@inquirer/select')).default({ message: fit(q.message), choices: fitChoices(q.choices), default: q.default, pageSize: 12 }, screen)),
    confirm: (q) => asking(async () => (await import('@inquirer/confirm')).default({ message: fit(q.message), default: q.default }, screen)),
    search: (q) =>
      asking(async () => {
        const { default: search, Separator } = await import('@inquirer/search');
        const source = (term: string | undefined) => q.source(term ?? '').map((line) => (isNote(line) ? new Separator(fit(line.note)) : { ...line, name: fit(line.name) }));
        return search({ message: fit(q.message), source, pageSize: 12 }, screen);
      }),
  };
}

/** Used where nobody is at a terminal: any question is a bug in the caller's TTY check. */
export const noPrompter: Prompter = {
  input: () => Promise.reject(new Error('no terminal to ask on')),
  select: () => Promise.reject(new Error('no terminal to ask on')),
  confirm: () => Promise.reject(new Error('no terminal to ask on')),
  search: () => Promise.reject(new Error('no terminal to ask on')),
};
