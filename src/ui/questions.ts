/**
 * Questions more than one command asks, written once against the prompt adapter.
 */
import type { Day } from '../domain/dates.js';
import { personFinder } from '../domain/person-search.js';
import { parseDue, cleanName, cleanNote, cleanText, RELATIONS, type PersonRecord, type Relation } from '../domain/promise.js';
import { TrustError } from '../errors.js';
import type { Choice, Note, Prompter } from './prompt.js';

export type PersonPick = { existing: PersonRecord } | { newName: string };

/** Turns a thrown usage error into the message a prompt shows under the answer. */
export function validity(check: () => unknown): true | string {
  try {
    check();
    return true;
  } catch (e) {
    if (e instanceof TrustError) return [e.message, e.hint].filter(Boolean).join(' ');
    throw e;
  }
}

/**
 * Pick someone known by typing part of their name, or add the typed name as someone new.
 * `people` come most recent first: with nothing typed, and among equally good matches, the
 * people logged with lately come first.
 */
export function pickPerson(prompt: Prompter, people: PersonRecord[], message = 'Who did you talk with?'): Promise<PersonPick> {
  const find = personFinder(people);
  return prompt.search<PersonPick>({
    message: `${message} (type to find or add)`,
    source: (term) => {
      const found = find(term);
      const lines: Array<Choice<PersonPick> | Note> = [];
      if (found.total > found.shown.length) {
        lines.push({ note: `${found.shown.length} of ${found.total.toLocaleString('en')} shown, best first: type more of the name to narrow them down` });
      }
      for (const p of found.shown) lines.push({ name: p.name, value: { existing: p }, description: p.relation });
      if (term.trim() !== '' && !found.exact && validity(() => cleanName(term)) === true) {
        lines.push({ name: `+ Add "${cleanName(term)}" as someone new`, value: { newName: cleanName(term) }, description: 'new person' });
      }
      return lines;
    },
  });
}

const RELATION_HELP: Record<Relation, string> = {
  work: 'a colleague, manager or report',
  partner: 'your partner',
  family: 'a family member',
  friend: 'a friend',
  customer: 'a client or customer',
  self: 'yourself: promises to yourself build self-trust',
  other: 'anyone else',
};

export function askRelation(prompt: Prompter, name: string): Promise<Relation> {
  return prompt.select<Relation>({
    message: `How do you know ${name}?`,
    choices: RELATIONS.map((r) => ({ name: r, value: r, description: RELATION_HELP[r] })),
    default: 'other',
  });
}

export interface Draft {
  text: string;
  due: Day | null;
  note: string | null;
}

/**
 * Where a promise is asked for: right after a conversation (what was promised, already said), or
 * in a repair (a new promise, still to be made to them).
 */
export type PromiseMoment = 'log' | 'repair';

function promiseQuestion(whom: string, first: boolean, moment: PromiseMoment): string {
  if (!first) return `Another promise to ${whom}? (leave empty when done)`;
  return moment === 'repair' ? `What small promise will you make to ${whom}?` : `What did you promise ${whom}? (leave empty if nothing)`;
}

/** One new promise: its text (empty answer = done), due date and note. Null when the user is done. */
export async function askPromise(prompt: Prompter, whom: string, now: Date, first: boolean, moment: PromiseMoment = 'log'): Promise<Draft | null> {
  const text = await prompt.input({
    message: promiseQuestion(whom, first, moment),
    validate: (v) => v.trim() === '' || validity(() => cleanText(v)),
  });
  if (text.trim() === '') return null;
  const dueAnswer = await prompt.input({
    message: 'By when? (fri, tomorrow 17:00, +3d, eow; leave empty for no date)',
    validate: (v) => v.trim() === '' || validity(() => parseDue(v, now)),
  });
  const note = await prompt.input({ message: 'A note for later? (optional)', validate: (v) => validity(() => cleanNote(v)) });
  return { text: cleanText(text), due: dueAnswer.trim() === '' ? null : parseDue(dueAnswer, now), note: cleanNote(note) };
}
