/**
 * Citations in topic explainers, written in MDX as `<Cite id="<article id>"/>`. A citation's
 * number is the position of its article's first citation, so repeated citations share a note, and
 * the rendered notes list follows the same order.
 *
 * Only citations MDX will render count: one inside an MDX comment (`{/* ... *\/}`), a code fence
 * or inline code is not a citation, or the notes would be numbered with gaps the reader never sees.
 */

/** One use of `<Cite>` in a body. */
export interface Citation {
  /** The cited article id; empty when the tag gives no literal id. */
  id: string;
  /** 1-based line in the body. */
  line: number;
}

/** `<Cite ...>` or `<Cite .../>`, whatever the spacing and other attributes. */
const CITE_TAG = /<Cite(?=[\s/>])([^>]*)>/g;
/** `id="x"`, `id='x'`, `id={"x"}` or `id={'x'}`, with any spacing around `=`. */
const ID_ATTRIBUTE = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\})/;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
/** Inline code on one line; a stray backtick must not blank out the rest of the text. */
const INLINE_CODE = /(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Replaces every character but line breaks with a space, so offsets and lines stay true. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** The body with fenced code blocks blanked out (an unclosed fence runs to the end, as in Markdown). */
function blankFencedCode(body: string): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence === undefined) {
        if (marker === undefined) return line;
        fence = marker;
        return blank(line);
      }
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return blank(line);
    })
    .join('\n');
}

/** The body with everything MDX does not render as components blanked out. */
function getRenderedSource(body: string): string {
  return blankFencedCode(body).replace(MDX_COMMENT, blank).replace(INLINE_CODE, blank);
}

/**
 * Every citation in the body, in order, repeats included, each with its line.
 * @example findCitations('One.<Cite id="a"/>\nTwo.<Cite id="a"/>') // [{ id: "a", line: 1 }, { id: "a", line: 2 }]
 */
export function findCitations(body: string): Citation[] {
  const source = getRenderedSource(body);
  const citations: Citation[] = [];
  let line = 1;
  let lastIndex = 0;
  for (const match of source.matchAll(CITE_TAG)) {
    line += source.slice(lastIndex, match.index).split('\n').length - 1;
    lastIndex = match.index;
    const id = ID_ATTRIBUTE.exec(match[1] ?? '');
    citations.push({ id: id?.[1] ?? id?.[2] ?? id?.[3] ?? id?.[4] ?? '', line });
  }
  return citations;
}

/**
 * The cited article ids in order of first citation, each once; a citation's number is its
 * index + 1. Tags without an id are left to `findUnknownCitations`.
 * @example extractCitationIds('a<Cite id="x"/> b<Cite id="y"/> c<Cite id="x"/>') // ["x", "y"]
 */
export function extractCitationIds(body: string): string[] {
  return [...new Set(findCitations(body).map((citation) => citation.id))].filter((id) => id !== '');
}

/**
 * Each cited id's note number, starting at 1, in order of first citation.
 * @example numberCitations('a<Cite id="x"/> b<Cite id="y"/> c<Cite id="x"/>') // Map { "x" => 1, "y" => 2 }
 */
export function numberCitations(body: string): Map<string, number> {
  return new Map(extractCitationIds(body).map((id, index) => [id, index + 1]));
}

/**
 * Every citation of an id the archive does not hold (or of no id at all), each use with its
 * 1-based line in the body, so a check can name where to fix it.
 * @example findUnknownCitations('x\n<Cite id="gone"/>', new Set(['a'])) // [{ id: "gone", line: 2 }]
 */
export function findUnknownCitations(body: string, knownIds: ReadonlySet<string> | readonly string[]): Citation[] {
  const known: ReadonlySet<string> = knownIds instanceof Set ? knownIds : new Set(knownIds);
  return findCitations(body).filter((citation) => !known.has(citation.id));
}
