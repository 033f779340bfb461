/**
 * trust people: everyone in the journal with how it stands between you.
 * trust people rename <old> <new>: correct or change a name; their promises follow.
 * trust people set <name> --relation <relation>: change how you know someone.
 */
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { cleanName, parseRelation, RELATIONS } from '../domain/promise.js';
import { keepRate } from '../domain/streaks.js';
import { countPeople, everyone, findPerson, peopleSummaries, renamePerson, setRelation, type PersonSummary } from '../store/people.js';
import { writeTx } from '../store/tx.js';
import { formatInstant, percent, relativePast } from '../ui/format.js';
import { personJson, writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { personByName } from './lookup.js';
import { parseLimit } from './list.js';
import { say, warn } from '../ui/wrap.js';
import { lookalikes } from '../domain/same-person.js';

// Narrow, the name and how reliable you are with them stay; how you know them and when you last
// logged go first (see ColumnFit).
const PEOPLE_COLUMNS: readonly Column[] = [
  ['Name', 'name', { priority: 1 }],
  ['Relation', 'label', { priority: 6 }],
  ['Made', 'number', { priority: 3 }],
  ['Kept', 'number', { priority: 4 }],
  ['Broken', 'number', { priority: 5 }],
  ['Keep rate', 'number', { priority: 2 }],
  ['Last logged', 'date', { priority: 7 }],
];

export async function people(opts: { json?: boolean; limit?: string | number }, ctx: Context): Promise<PersonSummary[]> {
  const limit = parseLimit(opts.limit, 30);
  const db = ctx.db('read');
  if (opts.json) {
    const all = peopleSummaries(db);
    writeJson(ctx.out, all.map(personJson));
    return all;
  }
  // A screenful is all the text shows: only those rows are read.
  const shown = peopleSummaries(db, undefined, limit);
  const total = countPeople(db);
  if (shown.length === 0) {
    say(ctx, 'Nobody in your journal yet. `trust log` adds someone the first time you log a conversation.');
    return shown;
  }
  const rows = shown.map((p) => [
    p.name,
    p.relation,
    String(p.made),
    String(p.kept) + (p.keptLate ? ` (${p.keptLate} late)` : ''),
    String(p.broken),
    percent(keepRate(p)),
    p.lastLogged ? `${relativePast(p.lastLogged, ctx.now)} (${formatInstant(p.lastLogged, ctx.now, false)})` : '–',
  ]);
  ctx.out.write(renderTable(PEOPLE_COLUMNS, rows, ctx.c, ctx.columns) + '\n');
  if (total > shown.length) say(ctx, ctx.c.dim(`…and ${total - shown.length} more, logged with longer ago: trust people --limit ${total}`));
  return shown;
}

export async function rename(oldName: string, newName: string, opts: { json?: boolean }, ctx: Context): Promise<void> {
  const name = cleanName(newName);
  const db = ctx.db('read');
  const person = personByName(db, oldName);
  const clash = findPerson(db, name);
  if (clash && clash.id !== person.id) {
    throw new TrustError(`There is already someone called "${clash.name}".`, 1, 'Pick a name that tells them apart, such as "Alice (work)".');
  }
  if (name === person.name) {
    say(ctx, `${person.name} already has that name; nothing changed.`);
    return;
  }
  writeTx(db, () => renamePerson(db, person.id, name, ctx.now));
  if (opts.json) writeJson(ctx.out, { from: person.name, to: name });
  else say(ctx, `${ctx.c.green('✓')} ${person.name} is now ${name}.`);
  // Not refused: two people may share a name under different honorifics (a father and a son).
  const { same, alike } = lookalikes(name, everyone(db).filter((p) => p.id !== person.id));
  const others = [...same, ...alike].map((p) => p.name);
  if (others.length > 0) warn(ctx, lookalikeNote(others));
}

const lookalikeNote = (others: string[]) =>
  `Note: ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} also in your journal, under another honorific or spacing of that name; when a name could be either, trust asks which one you mean.`;

/** The command that changes someone's relation, for the messages that point to it. */
const setRelationCommand = (name: string, relation: string) => `trust people set "${name}" --relation ${relation}`;

export async function set(name: string, opts: { relation?: string; json?: boolean }, ctx: Context): Promise<void> {
  if (opts.relation === undefined) {
    throw usageError('Say what to change about them: --relation.', `For example: ${setRelationCommand(name, 'work')} (one of ${RELATIONS.join(', ')}).`);
  }
  const relation = parseRelation(opts.relation);
  const db = ctx.db('read');
  const person = personByName(db, name);
  if (relation !== person.relation) writeTx(db, () => setRelation(db, person.id, relation, ctx.now));
  if (opts.json) writeJson(ctx.out, { name: person.name, relation, previousRelation: person.relation });
  else if (relation === person.relation) say(ctx, `${person.name} is already "${relation}"; nothing changed.`);
  else say(ctx, `${ctx.c.green('✓')} ${person.name} is now "${relation}" (was "${person.relation}").`);
}
