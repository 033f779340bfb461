/**
 * The journal holds notes about other people. --anonymize replaces every person's name with a
 * pseudonym made from their UUID (so it is the same in every export), in names and wherever the
 * name appears in text. Free text can still identify someone in other ways; this is not a
 * guarantee, only a much safer default for sharing.
 */
import type { ExportFile } from './export-format.js';

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

export function anonymize(file: ExportFile): ExportFile {
  // Longest names first, so "Alice Smith" is replaced whole before "Alice".
  const names = [...file.people].sort((a, b) => b.name.length - a.name.length);
  const patterns = names.map((p) => ({
    re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(p.name)}(?![\\p{L}\\p{N}])`, 'giu'),
    to: pseudonym(p.uuid),
  }));
  const replace = (s: string) => patterns.reduce((text, p) => text.replace(p.re, p.to), s);
  const people = file.people.map((p) => ({ ...p, name: pseudonym(p.uuid) }));
  const rest = replaceDeep({ conversations: file.conversations, promises: file.promises, repairs: file.repairs, reviews: file.reviews }, replace) as Pick<
    ExportFile,
    'conversations' | 'promises' | 'repairs' | 'reviews'
  >;
  return { ...file, anonymized: true, people, ...rest };
}
