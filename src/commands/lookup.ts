/**
 * Turning what the user typed into a stored promise or person, with one clear sentence when
 * there is none.
 */
import { notFound, usageError } from '../errors.js';
import { similarNames, type PersonRecord } from '../domain/promise.js';
import type { DB } from '../store/open.js';
import { findPerson, peopleByRecency } from '../store/people.js';
import { getPromise, type StoredPromise } from '../store/promises.js';

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

export function personByName(db: DB, name: string): PersonRecord {
  const person = findPerson(db, name);
  if (person) return person;
  const close = similarNames(name, peopleByRecency(db).map((p) => p.name));
  throw notFound(
    `There is nobody called "${name}" in your journal.`,
    close.length > 0 ? `Did you mean ${close.join(' or ')}?` : '`trust people` lists everyone.',
  );
}
