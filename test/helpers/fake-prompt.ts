/**
 * A scripted stand-in for the terminal: each question takes the next answer from the script.
 * It checks answers the way the real prompt would (validate, choices), and CTRL_C cancels.
 */
import { CancelledError } from '../../src/errors.js';
import { isNote, type Choice, type Note, type Prompter } from '../../src/ui/prompt.js';

export const CTRL_C = Symbol('ctrl-c');

/** For a search question: what is typed, then which offered choice (by visible name) is taken. */
export interface SearchAnswer {
  type: string;
  pick: string | RegExp;
}

export type Answer = string | boolean | number | null | SearchAnswer | typeof CTRL_C;

export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  /** Every search's lines as they were offered for what was typed: a choice's name, or a note. */
  readonly offered: string[][] = [];
  /** What each text question offered to take on Enter, by its message. */
  readonly defaults = new Map<string, string | undefined>();
  constructor(private readonly script: Answer[]) {}

  get remaining(): number {
    return this.script.length;
  }

  private next(message: string): Exclude<Answer, typeof CTRL_C> {
    this.asked.push(message);
    if (this.script.length === 0) throw new Error(`Unscripted question: ${message}`);
    const answer = this.script.shift()!;
    if (answer === CTRL_C) throw new CancelledError();
    return answer;
  }

  async input(q: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string> {
    const answer = this.next(q.message);
    this.defaults.set(q.message, q.default);
    const text = answer === null ? (q.default ?? '') : String(answer);
    const verdict = q.validate?.(text) ?? true;
    if (verdict !== true) throw new Error(`The prompt would refuse "${text}": ${verdict}`);
    return text;
  }

  async select<T>(q: { message: string; choices: Choice<T>[]; default?: T }): Promise<T> {
    const answer = this.next(q.message);
    if (answer === null && q.default !== undefined) return q.default;
    const choice = q.choices.find((c) => c.value === answer) ?? q.choices.find((c) => typeof answer === 'string' && c.name.includes(answer));
    if (!choice) throw new Error(`No choice ${String(answer)} in: ${q.choices.map((c) => c.name).join(' | ')}`);
    return choice.value;
  }

  async confirm(q: { message: string; default?: boolean }): Promise<boolean> {
    const answer = this.next(q.message);
    return answer === null ? (q.default ?? false) : Boolean(answer);
  }

  async search<T>(q: { message: string; source: (term: string) => Array<Choice<T> | Note> }): Promise<T> {
    const answer = this.next(q.message) as SearchAnswer;
    const lines = q.source(answer.type);
    this.offered.push(lines.map((line) => (isNote(line) ? line.note : line.name)));
    const offered = lines.filter((line): line is Choice<T> => !isNote(line));
    const choice = offered.find((c) => (typeof answer.pick === 'string' ? c.name === answer.pick : answer.pick.test(c.name)));
    if (!choice) throw new Error(`Typing "${answer.type}" offers: ${offered.map((c) => c.name).join(' | ')}`);
    return choice.value;
  }
}
