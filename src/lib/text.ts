/**
 * Plain text from an article body as stored: the importer escapes characters MDX would read as
 * code or markup (`\{`, `\<`, `&lt;`), and a reader or a checker wants the characters themselves.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The body's readable text: backslash escapes and HTML entities resolved, Markdown emphasis and
 * heading marks dropped, whitespace kept as it is.
 * @example getPlainText('He said \\{no\\} &amp; *left*') // "He said {no} & left"
 */
export function getPlainText(body: string): string {
  return body
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*{1,2}|_{1,2})(?=\S)([^*_]+?)(?<=\S)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~"'])/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

/**
 * The first sentence of a text, for listings of articles that have no summary. Abbreviations
 * such as "U.S." do not end a sentence.
 * @example getFirstSentence('The U.S. envoy spoke. Then he left.') // "The U.S. envoy spoke."
 */
export function getFirstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^.+?(?<!\b[A-Z]|\b[A-Z]\.[A-Z]|\bMr|\bMrs|\bDr|\bSt)[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9]|$)/.exec(flat);
  return match ? match[0] : flat;
}

/**
 * A text cut to at most `maxLength` characters at a word boundary, with an ellipsis when cut.
 * @example truncate('one two three', 8) // "one two…"
 */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
