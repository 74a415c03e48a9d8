/** Links between articles that the archive derives rather than stores. */

export interface ArticleEvents {
  id: string;
  eventIds: readonly string[];
}

/**
 * The other articles that report any of the same events, in the order given (callers pass them
 * newest first). The article itself is never its own other coverage.
 */
export function getOtherCoverage<T extends ArticleEvents>(article: ArticleEvents, articles: readonly T[]): T[] {
  const events = new Set(article.eventIds);
  return articles.filter((other) => other.id !== article.id && other.eventIds.some((id) => events.has(id)));
}

/** Items that link to `id` through the ids `getIds` returns, in the order given. */
export function getLinkedTo<T>(items: readonly T[], id: string, getIds: (item: T) => readonly string[]): T[] {
  return items.filter((item) => getIds(item).includes(id));
}
