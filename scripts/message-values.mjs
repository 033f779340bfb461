/**
 * The values an ICU message takes, by name, at any depth of its plurals and selects: a count for
 * plural, text for select, either for {name}. The build types each compiled message by it
 * (scripts/messages.mjs); test/i18n/catalogue.test.ts holds every language to the same names.
 */
import { parse } from '@messageformat/parser';

export function valuesOf(message) {
  const found = new Map();
  const visit = (tokens) => {
    for (const token of tokens) {
      if (token.type === 'argument' || token.type === 'function') found.set(token.arg, found.get(token.arg) ?? 'string | number');
      // A plural's count is shown by #, which a language may leave out (1件 needs no "one" form).
      if (token.type === 'plural' || token.type === 'selectordinal') found.set(token.arg, 'number');
      if (token.type === 'select') found.set(token.arg, found.get(token.arg) ?? 'string');
      if ('cases' in token) for (const c of token.cases) visit(c.tokens);
    }
  };
  // Plural categories are checked when the catalogues are compiled (scripts/messages.mjs).
  visit(parse(message, { cardinal: [], ordinal: [] }));
  return found;
}
