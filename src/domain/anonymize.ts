/**
 * The journal holds notes about other people. --anonymize replaces every person's name with a
 * pseudonym made from their UUID (so it is the same in every export), in names and wherever the
 * name appears in text. Free text can still identify someone in other ways; this is not a
 * guarantee, only a much safer default for sharing.
 */
import type { ExportFile, ExportPerson } from './export-format.js';

export const pseudonym = (uuid: string) => `Person ${uuid.replace(/-/g, '').slice(0, 6).toUpperCase()}`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function replaceDeep(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, replace));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'uuid' ? v : replaceDeep(v, replace)]));
  }
  return value;
}

/**
 * Anonymizes an export item by item, as it streams past. People come first in an export, so
 * every name is known by the time any text that might mention one goes by.
 */
export function anonymizer() {
  const people: ExportPerson[] = [];
  let replace: ((s: string) => string) | null = null;
  const build = () => {
    // Longest names first, so "Alice Smith" is replaced whole before "Alice".
    const patterns = [...people]
      .sort((a, b) => b.name.length - a.name.length)
      .map((p) => ({ re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(p.name)}(?![\\p{L}\\p{N}])`, 'giu'), to: pseudonym(p.uuid) }));
    return (s: string) => patterns.reduce((text, p) => text.replace(p.re, p.to), s);
  };
  return {
    header: <H extends { anonymized: boolean }>(h: H): H => ({ ...h, anonymized: true }),
    item: (section: string, value: object): object => {
      if (section === 'people') {
        const person = value as ExportPerson;
        people.push(person);
        return { ...person, name: pseudonym(person.uuid) };
      }
      replace ??= build();
      return replaceDeep(value, replace) as object;
    },
  };
}

export function anonymize(file: ExportFile): ExportFile {
  const a = anonymizer();
  const sections = ['people', 'conversations', 'promises', 'repairs', 'reviews'] as const;
  const out = a.header({ ...file });
  for (const section of sections) (out as Record<string, unknown>)[section] = (file[section] as object[]).map((item) => a.item(section, item));
  return out;
}
