/**
 * Maps items through an async step with at most `limit` of them in flight,
 * results in the items' order. Starting every file of a large archive at
 * once (Promise.all over 10,000 reads) held every source in memory together
 * and spent a fifth of content:check in the garbage collector.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  step: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  // One iterator shared by every lane: each takes the next item when it is free.
  const pending = items.entries();
  const lane = async () => {
    for (const [index, item] of pending) results[index] = await step(item, index);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}
