/**
 * Low-level readers of MDX source for the safety scan: where a tag, an `{expression}` or a link's
 * resource ends, what a link points to, and which line an offset is on. Each follows the MDX
 * parser closely enough to tell text from code.
 */

/** A JSX-like tag as MDX would read it. */
export interface MdxTag {
  /** The element or component name; empty for a fragment `<>`. */
  name: string;
  /** A closing tag such as `</script>`. */
  closing: boolean;
  /** Self-closing with quoted string values only, so nothing in it runs code. */
  wellFormed: boolean;
  /** The attributes with quoted values. */
  attributes: Record<string, string>;
  /** The offset just after the tag. */
  end: number;
}

/** ASCII punctuation, which a backslash escapes in Markdown. */
export const ESCAPABLE = /[!-/:-@[-`{-~]/;
const NAME = /[A-Za-z_$][\w$.:-]*/y;
const ATTRIBUTE_NAME = /[A-Za-z_$:][\w$.:-]*/y;
const QUOTED_VALUE = /\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * Reads the tag that starts with the `<` at `start`; undefined when no name (or `>`) follows it,
 * as in `a <3 b`.
 * @example readTag('<Cite id="x"/>', 0) // { name: 'Cite', closing: false, wellFormed: true, attributes: { id: 'x' }, end: 14 }
 */
export function readTag(source: string, start: number): MdxTag | undefined {
  let index = start + 1;
  const closing = source[index] === '/';
  if (closing) index += 1;
  NAME.lastIndex = index;
  const name = NAME.exec(source)?.[0] ?? '';
  if (name === '' && source[index] !== '>') return undefined;
  index += name.length;
  const attributes: Record<string, string> = {};
  let literalOnly = true;
  while (index < source.length) {
    while (/\s/.test(source[index] ?? '')) index += 1;
    if (source.startsWith('/>', index)) return { name, closing, wellFormed: literalOnly, attributes, end: index + 2 };
    if (source[index] === '>') return { name, closing, wellFormed: false, attributes, end: index + 1 };
    if (source[index] === '{') {
      literalOnly = false;
      index = findClosingBrace(source, index) ?? source.length;
      continue;
    }
    ATTRIBUTE_NAME.lastIndex = index;
    const attribute = ATTRIBUTE_NAME.exec(source)?.[0];
    if (!attribute) break;
    index += attribute.length;
    QUOTED_VALUE.lastIndex = index;
    const value = QUOTED_VALUE.exec(source);
    if (value) {
      attributes[attribute] = value[1] ?? value[2] ?? '';
      index = QUOTED_VALUE.lastIndex;
    } else if (/^\s*=/.test(source.slice(index))) {
      // An unquoted or `{expression}` value: read on from after the `=`.
      literalOnly = false;
      index = source.indexOf('=', index) + 1;
    }
  }
  // Malformed (a stray character, no closing `>`): MDX would still read a tag up to the next `>`.
  const end = source.indexOf('>', index);
  return { name, closing, wellFormed: false, attributes, end: end === -1 ? source.length : end + 1 };
}

/**
 * The offset just after the `}` that closes the `{` at `start`, counting nested braces.
 * @example findClosingBrace('a {b {c}} d', 2) // 9
 */
export function findClosingBrace(source: string, start: number): number | undefined {
  let depth = 0;
  for (let index = start; index < source.length; index += 1) {
    if (source[index] === '{') depth += 1;
    else if (source[index] === '}' && --depth === 0) return index + 1;
  }
  return undefined;
}

/** An inline link's `(destination "title")`, read as Markdown reads it. */
export interface LinkResource {
  destination: string;
  /** The offset just after the closing `)`. */
  end: number;
}

const LINK_SPACE = /[ \t]*\n?[ \t]*/y;

/**
 * Reads the resource of an inline link from its `(` at `start`, ending before `limit`; undefined
 * when there is none, so the text is not a link. Backticks and braces inside it are part of the
 * link, not code.
 * @example readLinkResource('[a](https://x.org "T") b', 3) // { destination: 'https://x.org', end: 22 }
 */
export function readLinkResource(source: string, start: number, limit = source.length): LinkResource | undefined {
  let index = start + 1;
  const skipSpace = (): void => {
    LINK_SPACE.lastIndex = index;
    LINK_SPACE.exec(source);
    index = LINK_SPACE.lastIndex;
  };
  skipSpace();
  let destination: string;
  if (source[index] === '<') {
    const angled = /<((?:[^<>\n\\]|\\.)*)>/y;
    angled.lastIndex = index;
    const match = angled.exec(source);
    if (!match) return undefined;
    destination = match[1] ?? '';
    index = angled.lastIndex;
  } else {
    const begin = index;
    let depth = 0;
    for (let char = source[index]; char !== undefined && !/[\s\0-\x1f]/.test(char); char = source[index]) {
      if (char === '\\' && ESCAPABLE.test(source[index + 1] ?? '')) index += 1;
      else if (char === '(') depth += 1;
      else if (char === ')' && --depth < 0) break;
      index += 1;
    }
    // Markdown needs the parentheses of a bare destination balanced, or there is no link.
    if (depth > 0) return undefined;
    destination = source.slice(begin, index);
  }
  skipSpace();
  const opener = source[index];
  if (opener === '"' || opener === "'" || opener === '(') {
    const closer = opener === '(' ? ')' : opener;
    const title = new RegExp(`\\${opener}(?:[^\\${closer}\\\\]|\\\\.)*\\${closer}`, 'y');
    title.lastIndex = index;
    const match = title.exec(source);
    if (!match || /\n[ \t]*\n/.test(match[0])) return undefined;
    index = title.lastIndex;
    skipSpace();
  }
  return source[index] === ')' && index < limit ? { destination, end: index + 1 } : undefined;
}

/**
 * The offset of the end of the line that `from` is on (its `\n`, or the end of the source).
 * @example getLineEnd('ab\ncd', 0) // 2
 */
export function getLineEnd(source: string, from: number): number {
  const end = source.indexOf('\n', from);
  return end === -1 ? source.length : end;
}

/**
 * A function giving the 1-based line of an offset in `source`.
 * @example createLineLocator('a\nb')(2) // 2
 */
export function createLineLocator(source: string): (offset: number) => number {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n' };

/**
 * Resolves numeric character references and the few named ones that can hide a URL scheme, since
 * Markdown decodes them in link destinations (`&#106;avascript:` is a script link).
 * @example decodeCharacterReferences('&#106;avascript&colon;') // "javascript:"
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&#x([0-9a-f]+);?|&#(\d+);?|&(colon|tab|newline);/gi, (entity: string, hex?: string, decimal?: string, name?: string) => {
    const codePoint = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : undefined;
    if (codePoint !== undefined) return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    return NAMED_REFERENCES[name?.toLowerCase() ?? ''] ?? entity;
  });
}
