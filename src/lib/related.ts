/** Links between articles that the archive derives rather than stores. */

export interface ArticleEvents {
  id: string;
  eventIds: readonly string[];
}

/**
 * Groups items under each id they link to, keeping the items' order, so a page can look up what
 * links to it instead of scanning the whole archive.
 */
export function groupByLinks<T>(items: readonly T[], getIds: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    // Appending in place: copying the group for each item made this quadratic in a group's size.
    for (const id of getIds(item)) {
      const group = groups.get(id);
      if (group) group.push(item);
      else groups.set(id, [item]);
    }
  }
  return groups;
}

/**
 * The other articles that report any of the same events, each once, event by event in the order
 * of `articlesByEvent`. The article itself is never its own other coverage.
 */
export function getOtherCoverage<T extends { id: string }>(article: ArticleEvents, articlesByEvent: ReadonlyMap<string, readonly T[]>): T[] {
  const seen = new Set([article.id]);
  return article.eventIds.flatMap((eventId) =>
    (articlesByEvent.get(eventId) ?? []).filter((other) => !seen.has(other.id) && seen.add(other.id)),
  );
}

/** Items that link to `id` through the ids `getIds` returns, in the order given. */
export function getLinkedTo<T>(items: readonly T[], id: string, getIds: (item: T) => readonly string[]): T[] {
  return items.filter((item) => getIds(item).includes(id));
}
