/**
 * The journal holds notes about other people. --anonymize replaces every person's name with a
 * pseudonym made from their UUID (so it is the same in every export), in names and wherever the
 * name appears in text: with or without its honorific, and every name the person had before,
 * as far as the journal remembers them. Free text can still identify someone in other ways; this
 * is not a guarantee, only a much safer default for sharing.
 */
import type { ExportFile, ExportPerson, ExportPromise } from './export-format.js';
import { aliasesOf, matchKey, nameReplacer } from './name-match.js';

export const pseudonym = (uuid: string) => `Person ${uuid.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
/** For a former name the journal cannot tie to one person: still never shown. */
export const UNKNOWN_PERSON = 'Someone';

/**
 * What the journal remembers of who a promise was made to: its person now, the person of the
 * conversation it was logged in (its first person), and each correction of its person, in order.
 */
export interface PersonTrail {
  person: string;
  first: string | null;
  changes: Array<{ from: string; to: string }>;
}

/** The person correction in an 'edited' event's detail ({from: {person}, to: {person}}), if any. */
export function personChange(detail: unknown): { from: string; to: string } | null {
  const d = detail as { from?: { person?: unknown }; to?: { person?: unknown } } | null;
  const from = d?.from?.person;
  const to = d?.to?.person;
  return typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
}

export function trailsOf(file: Pick<ExportFile, 'conversations' | 'promises'>): PersonTrail[] {
  const conversationPerson = new Map(file.conversations.map((c) => [c.uuid, c.person]));
  const trails: PersonTrail[] = [];
  for (const p of file.promises as ExportPromise[]) {
    const changes = p.history.filter((e) => e.kind === 'edited').flatMap((e) => personChange(e.detail) ?? []);
    if (changes.length > 0) trails.push({ person: p.person, first: (p.conversation && conversationPerson.get(p.conversation)) || null, changes });
  }
  return trails;
}

/**
 * Every alias to replace and what replaces it. A claim of a lower level wins: current names (0),
 * their cores without honorifics (1), former names (2) and their cores (3). A former name goes to
 * the person it can be traced to; to UNKNOWN_PERSON when it cannot be, or when two people claim
 * an alias at the same level.
 */
export function aliasTable(people: ReadonlyArray<Pick<ExportPerson, 'uuid' | 'name'>>, trails: readonly PersonTrail[] = []): Array<{ alias: string; to: string }> {
  const table = new Map<string, { spellings: Set<string>; to: string; level: number }>();
  const claim = (alias: string, to: string, level: number) => {
    const key = matchKey(alias);
    const held = table.get(key);
    if (!held || level < held.level) table.set(key, { spellings: new Set([alias, ...(held?.spellings ?? [])]), to, level });
    else {
      held.spellings.add(alias);
      if (level === held.level && held.to !== to) held.to = UNKNOWN_PERSON;
    }
  };
  const claimAll = (name: string, to: string, level: number) => aliasesOf(name).forEach((alias, i) => claim(alias, to, level + (i === 0 ? 0 : 1)));

  for (const p of people) claimAll(p.name, pseudonym(p.uuid), 0);
  const owner = new Map(people.map((p) => [matchKey(p.name), p.uuid]));
  const ownerOf = (name: string) => owner.get(matchKey(name)) ?? null;
  for (const trail of trails) {
    // Walk back from now: each correction's `to` is whoever held the promise after it, and its
    // `from` whoever held it before, which for the first correction is the conversation's person.
    let after: string | null = trail.person;
    for (let i = trail.changes.length - 1; i >= 0; i--) {
      const { from, to } = trail.changes[i]!;
      const toOwner = after ?? ownerOf(to);
      claimAll(to, toOwner ? pseudonym(toOwner) : UNKNOWN_PERSON, 2);
      after = ownerOf(from) ?? (i === 0 ? trail.first : null);
      claimAll(from, after ? pseudonym(after) : UNKNOWN_PERSON, 2);
    }
  }
  return [...table.values()].flatMap((entry) => [...entry.spellings].map((alias) => ({ alias, to: entry.to })));
}

/** UUIDs and ISO times are structure, never a name (a person called "4f" must not eat a UUID). */
const STRUCTURE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{4}-W\d{2})$/i;

function replaceDeep(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return STRUCTURE.test(value) ? value : replace(value);
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, replace));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'uuid' ? v : replaceDeep(v, replace)]));
  }
  return value;
}

/**
 * Anonymizes an export item by item, as it streams past. People come first in an export, so
 * every current name is known by the time any text that might mention one goes by; former names
 * come from `trails`, read before the stream starts.
 */
export function anonymizer(trails: readonly PersonTrail[] = []) {
  const people: ExportPerson[] = [];
  let replace: ((s: string) => string) | null = null;
  return {
    header: <H extends { anonymized: boolean }>(h: H): H => ({ ...h, anonymized: true }),
    item: (section: string, value: object): object => {
      if (section === 'people') {
        const person = value as ExportPerson;
        people.push(person);
        return { ...person, name: pseudonym(person.uuid) };
      }
      replace ??= nameReplacer(aliasTable(people, trails));
      return replaceDeep(value, replace) as object;
    },
  };
}

export function anonymize(file: ExportFile): ExportFile {
  const a = anonymizer(trailsOf(file));
  const sections = ['people', 'conversations', 'promises', 'repairs', 'reviews'] as const;
  const out = a.header({ ...file });
  for (const section of sections) (out as Record<string, unknown>)[section] = (file[section] as object[]).map((item) => a.item(section, item));
  return out;
}
