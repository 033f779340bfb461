/**
 * trust people: everyone in the journal with how it stands between you.
 * trust people rename <old> <new>: correct or change a name; their promises follow.
 * trust people set <name> [--relation <relation>] [--every <rhythm>]: change how you know someone,
 * and how often you want to be in touch.
 */
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { cleanName, parseRelation, RELATIONS } from '../domain/promise.js';
import { keepRate } from '../domain/streaks.js';
import { countPeople, everyone, findPerson, peopleSummaries, renamePerson, setRelation, setRhythm, type PersonSummary } from '../store/people.js';
import { parseRhythm, rhythmWords } from '../domain/rhythm.js';
import { writeTx } from '../store/tx.js';
import { formatInstant, percent, relativePast } from '../ui/format.js';
import { personJson, writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { personByName } from './lookup.js';
import { parseLimit } from './list.js';
import { say, warn } from '../ui/wrap.js';
import { lookalikes } from '../domain/same-person.js';
import { currentLanguage, t } from '../i18n/messages.js';

// Narrow, the name and how reliable you are with them stay; how you know them and when you last
// logged go first (see ColumnFit).
function peopleColumns(): readonly Column[] {
  const h = t().people.head;
  return [
    [h.name(), 'name', { priority: 1 }],
    [h.relation(), 'label', { priority: 6 }],
    [h.made(), 'number', { priority: 3 }],
    [h.kept(), 'number', { priority: 4 }],
    [h.broken(), 'number', { priority: 5 }],
    [h.keepRate(), 'number', { priority: 2 }],
    [h.lastLogged(), 'date', { priority: 7 }],
  ];
}

export async function people(opts: { json?: boolean; limit?: string | number; byName?: boolean }, ctx: Context): Promise<PersonSummary[]> {
  const limit = parseLimit(opts.limit, 30);
  const db = ctx.db('read');
  if (opts.json) {
    const all = opts.byName ? await byName(peopleSummaries(db)) : peopleSummaries(db);
    writeJson(ctx.out, all.map(personJson));
    return all;
  }
  // A screenful is all the text shows: only those rows are read, unless they are sorted by name,
  // in the interface language's order (Japanese collation costs a load, so only here).
  const shown = opts.byName ? (await byName(peopleSummaries(db))).slice(0, limit) : peopleSummaries(db, undefined, limit);
  const total = countPeople(db);
  if (shown.length === 0) {
    say(ctx, t().people.nobodyYet());
    return shown;
  }
  const m = t().people;
  const relation = t().words.relation;
  const rows = shown.map((p) => [
    p.name,
    relation[p.relation](),
    String(p.made),
    p.keptLate ? m.keptLate({ kept: p.kept, late: p.keptLate }) : String(p.kept),
    String(p.broken),
    percent(keepRate(p)),
    p.lastLogged ? m.whenLogged({ relative: relativePast(p.lastLogged, ctx.now), day: formatInstant(p.lastLogged, ctx.now, false) }) : '–',
  ]);
  ctx.out.write(renderTable(peopleColumns(), rows, ctx.c, ctx.columns) + '\n');
  if (total > shown.length) say(ctx, ctx.c.dim((opts.byName ? m.moreByName : m.more)({ count: total - shown.length, total })));
  return shown;
}

async function byName(people: PersonSummary[]): Promise<PersonSummary[]> {
  const { sortByName } = await import('../domain/name-order.js');
  return sortByName(people, (p) => p.name, currentLanguage());
}

export async function rename(oldName: string, newName: string, opts: { json?: boolean }, ctx: Context): Promise<void> {
  const name = cleanName(newName);
  const db = ctx.db('read');
  const person = personByName(db, oldName);
  const clash = findPerson(db, name);
  const m = t().people;
  if (clash && clash.id !== person.id) throw new TrustError(m.nameTaken({ name: clash.name }), 1, m.nameTakenHint());
  if (name === person.name) {
    say(ctx, m.sameName({ name: person.name }));
    return;
  }
  writeTx(db, () => renamePerson(db, person.id, name, ctx.now));
  if (opts.json) writeJson(ctx.out, { from: person.name, to: name });
  else say(ctx, `${ctx.c.green('✓')} ${m.renamed({ from: person.name, to: name })}`);
  // Not refused: two people may share a name under different honorifics (a father and a son).
  const { same, alike } = lookalikes(name, everyone(db).filter((p) => p.id !== person.id));
  const others = [...same, ...alike].map((p) => p.name);
  if (others.length > 0) warn(ctx, lookalikeNote(others));
}

const lookalikeNote = (others: string[]) => t().people.lookalikes({ names: others.join(t().words.separator()), count: others.length });

/** The command that changes someone's relation, for the messages that point to it. */
const setRelationCommand = (name: string, relation: string) => `trust people set "${name}" --relation ${relation}`;

export async function set(name: string, opts: { relation?: string; every?: string; json?: boolean }, ctx: Context): Promise<void> {
  const m = t().people;
  if (opts.relation === undefined && opts.every === undefined) {
    throw usageError(m.setWhat(), m.setWhatHint({ command: setRelationCommand(name, 'work'), list: RELATIONS.join(', ') }));
  }
  // Both flags are checked before anything is written.
  const relation = opts.relation === undefined ? undefined : parseRelation(opts.relation);
  const rhythm = opts.every === undefined ? undefined : parseRhythm(opts.every);
  const db = ctx.db('read');
  const person = personByName(db, name);
  const newRelation = relation !== undefined && relation !== person.relation;
  const newRhythm = rhythm !== undefined && rhythm !== person.rhythmDays;
  if (newRelation || newRhythm) {
    writeTx(db, () => {
      if (newRelation) setRelation(db, person.id, relation, ctx.now);
      if (newRhythm) setRhythm(db, person.id, rhythm, ctx.now);
    });
  }
  if (opts.json) {
    writeJson(ctx.out, {
      name: person.name,
      relation: relation ?? person.relation,
      previousRelation: person.relation,
      rhythmDays: rhythm === undefined ? person.rhythmDays : rhythm,
      previousRhythmDays: person.rhythmDays,
    });
    return;
  }
  const words = t().words.relation;
  const lines: string[] = [];
  const done = (text: string) => lines.push(`${ctx.c.green('✓')} ${text}`);
  if (relation !== undefined) {
    if (newRelation) done(m.relationSet({ name: person.name, relation: words[relation](), was: words[person.relation]() }));
    else lines.push(m.sameRelation({ name: person.name, relation: words[relation]() }));
  }
  if (rhythm !== undefined) {
    if (!newRhythm) lines.push(rhythm === null ? m.rhythmCleared({ name: person.name }) : m.sameRhythm({ name: person.name, rhythm: rhythmWords(rhythm) }));
    else if (rhythm === null) done(m.rhythmCleared({ name: person.name }));
    else done(m.rhythmSet({ name: person.name, rhythm: rhythmWords(rhythm) }));
  }
  say(ctx, lines.join('\n'));
}
