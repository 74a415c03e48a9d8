/**
 * How a student cites an archived article: the source as published, then the archive copy. The
 * style follows the common note-and-bibliography pattern: a title the archive supplied goes in
 * square brackets, an inferred date is marked "c.", and what is unknown is said, not invented.
 */

export interface CitableArticle {
  title: string;
  titleSupplied: boolean;
  byline?: string | undefined;
  /** Undefined when the text does not name its publisher. */
  outletName?: string | undefined;
  /** The date as shown to readers, e.g. "16 December 2023" or "c. 2025". */
  publishedLabel: string;
  url?: string | undefined;
  /** The archive's name and the absolute address of the entry's page. */
  archiveName: string;
  permalink: string;
}

/**
 * @example formatCitation({ title: 'Peskov speaks', titleSupplied: true, publishedLabel: 'c. 2025',
 *   archiveName: 'Kremlin Record', permalink: 'https://example.org/articles/x/' })
 * // '[Peskov speaks]. Unidentified outlet, c. 2025. Archived in Kremlin Record, https://example.org/articles/x/.'
 */
export function formatCitation(article: CitableArticle): string {
  const parts = [
    article.byline ? `${article.byline.replace(/\.$/, '')}.` : '',
    article.titleSupplied ? `[${article.title}].` : `“${article.title.replace(/[.]$/, '')}.”`,
    `${article.outletName ?? 'Unidentified outlet'}, ${article.publishedLabel}.`,
    article.url ? `${article.url}.` : '',
    `Archived in ${article.archiveName}, ${article.permalink}.`,
  ];
  return parts.filter(Boolean).join(' ');
}
