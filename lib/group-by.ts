/**
 * The items under each of their keys, each list in the order of `items`; an
 * item that gives a key twice is listed under it once.
 */
export function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
