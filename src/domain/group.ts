/** Groups items by a key in one pass, keeping their order, each mapped on the way. */
export function groupBy<R, K, T>(items: Iterable<R>, keyOf: (item: R) => K, map: (item: R) => T): Map<K, T[]> {
  const by = new Map<K, T[]>();
  for (const item of items) {
    const list = by.get(keyOf(item));
    if (list) list.push(map(item));
    else by.set(keyOf(item), [map(item)]);
  }
  return by;
}
