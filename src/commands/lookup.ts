/**
 * Turning what the user typed into a stored promise or person, with one clear sentence when
 * there is none.
 */
import type { Context } from '../context.js';
import { notFound, usageError } from '../errors.js';
import { similarNames, type PersonRecord } from '../domain/promise.js';
import { lookalikes } from '../domain/same-person.js';
import type { DB } from '../store/open.js';
import { everyone, findPerson, peopleByRecency } from '../store/people.js';
import { getPromise, type StoredPromise } from '../store/promises.js';
import { warn } from '../ui/wrap.js';

const orList = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

const SAY = {
  nobody: (name: string) => `There is nobody called "${name}" in your journal.`,
  didYouMean: (names: string[]) => `Did you mean ${orList(names)}?`,
  seePeople: '`trust people` lists everyone.',
  couldBe: (name: string, names: string[]) => `"${name}" could be ${orList(names)}.`,
  asWritten: (name: string) => `Give the name as it is written in your journal, for example "${name}".`,
  notAsTyped: (name: string, names: string[]) => `"${name}" is not in your journal as written, but ${orList(names)} ${names.length === 1 ? 'is' : 'are'}.`,
  addAtTerminal: (first: string, name: string) =>
    `To mean ${first}, write the name as it is in your journal. If "${name}" is someone else, run the command at a terminal, where trust asks, or give a name that tells them apart.`,
  using: (found: string, name: string) => `Using ${found} for "${name}": honorifics and spaces are ignored when matching names.`,
  confirmOne: (name: string) => `Did you mean ${name}?`,
  pickOne: 'Did you mean one of these?',
  someoneNew: (name: string) => `No: "${name}" is someone new`,
};

export function parseId(text: string): number {
  const id = /^#?(\d{1,15})$/.exec(text.trim());
  if (!id) throw usageError(`"${text}" is not a promise id.`, 'Ids are the numbers `trust list` shows, like 12.');
  return Number(id[1]);
}

export function promiseById(db: DB, text: string): StoredPromise {
  const id = parseId(text);
  const promise = getPromise(db, id);
  if (!promise) throw notFound(`There is no promise #${id}.`, '`trust list --status all` shows every promise with its id.');
  if (promise.deletedAt) throw notFound(`Promise #${id} was deleted.`, `\`trust show ${id}\` still shows its history.`);
  return promise;
}

/**
 * Someone already in the journal: as written, or the one person the name stands for without
 * its honorific or spacing (田中 finds 田中さん). A name that stands for several is refused.
 */
export function personByName(db: DB, name: string): PersonRecord {
  const person = findPerson(db, name);
  if (person) return person;
  const { same, alike } = lookalikes(name, everyone(db));
  if (same.length === 1) return same[0]!;
  if (same.length > 1) throw usageError(SAY.couldBe(name.trim(), same.map((p) => p.name)), SAY.asWritten(same[0]!.name));
  const close = [...new Set([...alike.map((p) => p.name), ...similarNames(name, peopleByRecency(db).map((p) => p.name))])].slice(0, 3);
  throw notFound(SAY.nobody(name), close.length > 0 ? SAY.didYouMean(close) : SAY.seePeople);
}

/**
 * For a command that may add someone: the person already in the journal that a typed name
 * stands for, or null for someone new. It never adds a second person for a name that is already
 * there under another honorific or spacing without asking, and never files under someone else
 * without saying so. At a terminal the user decides; without one, only a name that differs from
 * one person's by spacing or a left-off honorific is taken as theirs (with a note), and anything
 * less certain is refused, as guessing could mix two people's promises.
 */
export async function existingFor(db: DB, typed: string, ctx: Context): Promise<PersonRecord | null> {
  const exact = findPerson(db, typed);
  if (exact) return exact;
  const { same, alike } = lookalikes(typed, everyone(db));
  const candidates = [...same, ...alike];
  if (candidates.length === 0) return null;
  const name = typed.trim();
  if (!ctx.interactive) {
    if (same.length === 1 && alike.length === 0) {
      warn(ctx, SAY.using(same[0]!.name, name));
      return same[0]!;
    }
    const names = candidates.map((p) => p.name);
    throw usageError(SAY.notAsTyped(name, names), SAY.addAtTerminal(names[0]!, name));
  }
  if (candidates.length === 1) return (await ctx.prompt.confirm({ message: SAY.confirmOne(candidates[0]!.name), default: true })) ? candidates[0]! : null;
  return ctx.prompt.select<PersonRecord | null>({
    message: SAY.pickOne,
    choices: [...candidates.map((p) => ({ name: p.name, value: p, description: p.relation })), { name: SAY.someoneNew(name), value: null }],
  });
}
