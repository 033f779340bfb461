/**
 * Questions more than one command asks, written once against the prompt adapter.
 */
import type { Day } from '../domain/dates.js';
import { personFinder } from '../domain/person-search.js';
import { parseDue, cleanName, cleanNote, cleanText, RELATIONS, type PersonRecord, type Relation } from '../domain/promise.js';
import { parseRhythm } from '../domain/rhythm.js';
import { TrustError } from '../errors.js';
import type { Choice, Note, Prompter } from './prompt.js';
import { t } from '../i18n/messages.js';

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
export function pickPerson(prompt: Prompter, people: PersonRecord[], message = t().log.whoTalked()): Promise<PersonPick> {
  const find = personFinder(people);
  const m = t().log;
  return prompt.search<PersonPick>({
    message: m.findOrAdd({ question: message }),
    source: (term) => {
      const found = find(term);
      const lines: Array<Choice<PersonPick> | Note> = [];
      if (found.total > found.shown.length) {
        lines.push({ note: m.shownOf({ shown: found.shown.length, total: found.total }) });
      }
      for (const p of found.shown) lines.push({ name: p.name, value: { existing: p }, description: t().words.relation[p.relation]() });
      if (term.trim() !== '' && !found.exact && validity(() => cleanName(term)) === true) {
        lines.push({ name: m.addNew({ name: cleanName(term) }), value: { newName: cleanName(term) }, description: m.newPerson() });
      }
      return lines;
    },
  });
}

export function askRelation(prompt: Prompter, name: string): Promise<Relation> {
  return prompt.select<Relation>({
    message: t().log.howKnow({ name }),
    choices: RELATIONS.map((r) => ({ name: t().words.relation[r](), value: r, description: t().log.relationHelp[r]() })),
    default: 'other',
  });
}

/** Someone about to be added: how you know them and, unless it is yourself, how often to be in touch. */
export interface NewPerson {
  name: string;
  relation: Relation;
  /** Null: the default four weeks. */
  rhythmDays?: number | null;
}

/** Asks what is missing about someone new: the relation (unless given), then the rhythm. */
export async function askNewPerson(prompt: Prompter, name: string, relation?: Relation): Promise<NewPerson> {
  const chosen = relation ?? (await askRelation(prompt, name));
  return { name, relation: chosen, rhythmDays: chosen === 'self' ? null : await askRhythm(prompt, name) };
}

/** The usual rhythms to pick from, and a way to type any other; Enter keeps the default. */
export async function askRhythm(prompt: Prompter, name: string): Promise<number | null> {
  const m = t().log;
  const picked = await prompt.select<number | null | 'other'>({
    message: m.howOften({ name }),
    choices: [
      { name: m.rhythmChoice.week(), value: 7 },
      { name: m.rhythmChoice.twoWeeks(), value: 14 },
      { name: m.rhythmChoice.fourWeeks(), value: null },
      { name: m.rhythmChoice.threeMonths(), value: 90 },
      { name: m.rhythmChoice.other(), value: 'other' },
    ],
    default: null,
  });
  if (picked !== 'other') return picked;
  return parseRhythm(await prompt.input({ message: m.typeRhythm(), validate: (v) => validity(() => parseRhythm(v)) }));
}

export interface Draft {
  text: string;
  due: Day | null;
  note: string | null;
  /** The if-then cue, from --when. */
  cue?: string | null;
}

/**
 * Where a promise is asked for: right after a conversation (what was promised, already said), or
 * in a repair (a new promise, still to be made to them).
 */
export type PromiseMoment = 'log' | 'repair' | 'self-repair';

function promiseQuestion(whom: string, first: boolean, moment: PromiseMoment): string {
  const m = t().log;
  if (!first) return m.anotherPromise({ whom });
  if (moment === 'self-repair') return m.selfPromise();
  return moment === 'repair' ? m.repairPromise({ whom }) : m.whatPromised({ whom });
}

/** One new promise: its text (empty answer = done), due date and note. Null when the user is done. */
export async function askPromise(prompt: Prompter, whom: string, now: Date, first: boolean, moment: PromiseMoment = 'log'): Promise<Draft | null> {
  const text = await prompt.input({
    message: promiseQuestion(whom, first, moment),
    validate: (v) => v.trim() === '' || validity(() => cleanText(v)),
  });
  if (text.trim() === '') return null;
  const dueAnswer = await prompt.input({
    message: t().log.byWhen(),
    validate: (v) => v.trim() === '' || validity(() => parseDue(v, now)),
  });
  const note = await prompt.input({ message: t().log.noteForLater(), validate: (v) => validity(() => cleanNote(v)) });
  return { text: cleanText(text), due: dueAnswer.trim() === '' ? null : parseDue(dueAnswer, now), note: cleanNote(note) };
}
