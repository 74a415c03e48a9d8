/**
 * Work over many files without opening them all at once: at 20,000 entries, one `readFile` per
 * entry started together died with EMFILE (too many open files).
 */

/**
 * Maps `items` through `work` with at most `limit` calls running at a time; the results keep the
 * order of `items`. The first failure rejects, after the calls already running have settled.
 * @example await mapWithLimit(['a.mdx', 'b.mdx'], 8, (path) => readFile(path, 'utf8'))
 */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const rejected = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  return results;
}
