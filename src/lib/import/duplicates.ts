/**
 * Finding an article the archive already holds: the same address, or nearly the same text (the
 * same wire story pasted twice, or one copy with a few lines of chrome more than the other).
 */

/** An archived article, as far as duplicate detection needs it. */
export interface ArchivedText {
  /** Where it is, for the warning: its file path. */
  path: string;
  url?: string | undefined;
  /** Its plain text. */
  text: string;
}

/** The default share of word sequences two texts must have in common to count as near duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
const SHINGLE_SIZE = 5;

/**
 * The text's words, lower-cased, with apostrophes and quotation marks dropped so that typesetting
 * does not hide a copy.
 * @example getWords('Putin’s “plan”, again') // ["putins", "plan", "again"]
 */
export function getWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`"“”]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The set of runs of `size` consecutive words; a text shorter than `size` words is one run.
 * @example getShingles('a b c d', 3) // Set { "a b c", "b c d" }
 */
export function getShingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const words = getWords(text);
  const shingles = new Set<string>();
  if (words.length === 0) return shingles;
  for (let index = 0; index + size <= Math.max(words.length, size); index += 1) {
    shingles.add(words.slice(index, index + size).join(' '));
  }
  return shingles;
}

/**
 * Jaccard similarity of two sets: shared members over all members, from 0 to 1.
 * @example getJaccardSimilarity(new Set(['a', 'b']), new Set(['b', 'c'])) // 1 / 3
 */
export function getJaccardSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const member of a) if (b.has(member)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** An archived article whose text is close to the imported one. */
export interface NearDuplicate {
  path: string;
  similarity: number;
}

/**
 * Archived articles whose word-shingle Jaccard similarity with `text` reaches `threshold`, most
 * similar first.
 */
export function findNearDuplicates(
  text: string,
  archive: readonly ArchivedText[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const shingles = getShingles(text);
  return archive
    .map((article) => ({ path: article.path, similarity: getJaccardSimilarity(shingles, getShingles(article.text)) }))
    .filter((match) => match.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);
}

/**
 * An address reduced to what identifies the page: no fragment, no tracking parameters, no
 * trailing slash, host in lower case, `http` and `https` alike.
 * @example normalizeUrl('http://Example.com/a/?utm_source=x#top') // "example.com/a"
 */
export function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    for (const key of [...parsed.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|ref$|mc_)/i.test(key)) parsed.searchParams.delete(key);
    }
    const query = parsed.searchParams.toString();
    const host = parsed.hostname.replace(/^www\./, '');
    return `${host}${parsed.pathname.replace(/\/+$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return url.trim();
  }
}

/** Archived articles with the same address as `url`. */
export function findSameUrl(url: string, archive: readonly ArchivedText[]): string[] {
  const wanted = normalizeUrl(url);
  return archive.filter((article) => article.url !== undefined && normalizeUrl(article.url) === wanted).map((article) => article.path);
}
