/**
 * The order names are listed in. English, and any language without an order of its own yet,
 * keeps the journal's order: by nameKey, code point by code point, as the store's name_key
 * index sorts. Japanese uses ICU's Japanese collation, so that kana follow the gojūon order and
 * kanji names group by reading where ICU knows it.
 *
 * Creating the Japanese collator loads ICU's collation data: 10–25 ms on first use in Node 20
 * (measured on a busy 2-core machine; a comparison after that costs microseconds). So it is made
 * once, on the first call that asks for it, and only code that sorts names may call this.
 */
import { nameKey } from './promise.js';

export type NameOrder = (a: string, b: string) => number;

/** Code point order, which UTF-16 comparison gives everywhere but between surrogates and U+E000–U+FFFF. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// Names with one key (ｱｷ and アキ) cannot both be in a journal, but a list may still hold both.
const journalOrder: NameOrder = (a, b) => byCodePoint(nameKey(a), nameKey(b)) || byCodePoint(a, b);

const collators = new Map<string, NameOrder>();

/** Languages whose speakers expect their own order of names. */
const OWN_ORDER = new Set(['ja']);

export function nameOrder(language = 'en'): NameOrder {
  const code = language.toLowerCase().split(/[-_]/)[0]!;
  if (!OWN_ORDER.has(code)) return journalOrder;
  let order = collators.get(code);
  if (!order) {
    const collator = new Intl.Collator(code, { sensitivity: 'variant', numeric: true });
    // Ties under the collation (ｱ and ア) still need one fixed order.
    order = (a, b) => collator.compare(a, b) || journalOrder(a, b);
    collators.set(code, order);
  }
  return order;
}

/** A sorted copy of items, by the name each has, in the order of the interface language. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, language = 'en'): T[] {
  const order = nameOrder(language);
  return [...items].sort((a, b) => order(nameOf(a), nameOf(b)));
}
