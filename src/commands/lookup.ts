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
import { listOf, t } from '../i18n/messages.js';

const orList = (names: string[]) => listOf(names, 'or');

export function parseId(text: string): number {
  const id = /^#?(\d{1,15})$/.exec(text.trim());
  if (!id) throw usageError(t().people.notAnId({ text }), t().people.notAnIdHint());
  return Number(id[1]);
}

export function promiseById(db: DB, text: string): StoredPromise {
  const id = parseId(text);
  const promise = getPromise(db, id);
  const m = t().people;
  if (!promise) throw notFound(m.noPromise({ id }), m.noPromiseHint());
  if (promise.deletedAt) throw notFound(m.wasDeleted({ id }), m.wasDeletedHint({ id }));
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
  const m = t().people;
  if (same.length > 1) throw usageError(m.couldBe({ name: name.trim(), names: orList(same.map((p) => p.name)) }), m.asWritten({ name: same[0]!.name }));
  const close = [...new Set([...alike.map((p) => p.name), ...similarNames(name, peopleByRecency(db).map((p) => p.name))])].slice(0, 3);
  throw notFound(m.nobody({ name }), close.length > 0 ? m.didYouMean({ names: orList(close) }) : m.seePeople());
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
  const m = t().people;
  if (!ctx.interactive) {
    if (same.length === 1 && alike.length === 0) {
      warn(ctx, m.using({ found: same[0]!.name, name }));
      return same[0]!;
    }
    const names = candidates.map((p) => p.name);
    throw usageError(m.notAsTyped({ name, names: orList(names), count: names.length }), m.addAtTerminal({ first: names[0]!, name }));
  }
  if (candidates.length === 1) return (await ctx.prompt.confirm({ message: m.confirmOne({ name: candidates[0]!.name }), default: true })) ? candidates[0]! : null;
  return ctx.prompt.select<PersonRecord | null>({
    message: m.pickOne(),
    choices: [
      ...candidates.map((p) => ({ name: p.name, value: p, description: t().words.relation[p.relation]() })),
      { name: m.someoneNew({ name }), value: null },
    ],
  });
}
