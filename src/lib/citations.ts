/**
 * Citations in topic explainers, written in MDX as `<Cite id="<article id>"/>`. A citation's
 * number is the position of its article's first citation, so repeated citations share a note.
 */

const CITE_PATTERN = /<Cite\s+id\s*=\s*(?:"([^"]*)"|'([^']*)')\s*\/>/g;

interface CitationUse {
  id: string;
  line: number;
}

function findCitationUses(body: string): CitationUse[] {
  return [...body.matchAll(CITE_PATTERN)].map((match) => ({
    id: match[1] ?? match[2] ?? '',
    line: body.slice(0, match.index).split('\n').length,
  }));
}

/**
 * The cited article ids in order of first citation, each once.
 * @example extractCitationIds('a<Cite id="x"/> b<Cite id="y"/> c<Cite id="x"/>') // ["x", "y"]
 */
export function extractCitationIds(body: string): string[] {
  return [...new Set(findCitationUses(body).map((use) => use.id))];
}

/** Each cited id's note number, starting at 1. */
export function numberCitations(body: string): Map<string, number> {
  return new Map(extractCitationIds(body).map((id, index) => [id, index + 1]));
}

/** Citations of ids the archive does not hold, with their 1-based line in the body. */
export function findUnknownCitations(body: string, knownIds: ReadonlySet<string>): CitationUse[] {
  return findCitationUses(body).filter((use) => !knownIds.has(use.id));
}
