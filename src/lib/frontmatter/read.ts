/**
 * Frontmatter and YAML with line numbers. The content check names every problem by file line, so
 * YAML is parsed into a `yaml` Document (which keeps source offsets) rather than a plain value.
 */
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, type Node } from 'yaml';

/** A message tied to a line of the file, 1-based, counting the opening `---` line. */
export interface LineMessage {
  line: number;
  message: string;
}

/** An MDX file cut into its frontmatter and its body, each with the file line it starts on. */
export interface FrontmatterParts {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** File line of the YAML's first line (2, right after the opening `---`). */
  yamlLine: number;
  /** Everything after the closing `---` line. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

/** The fence Astro and MDX accept around frontmatter: a line of exactly three hyphens. */
const isFence = (line: string | undefined): boolean => line !== undefined && line.trimEnd() === '---';

/**
 * Cuts an MDX file into frontmatter and body, or says why it cannot.
 * @example splitFrontmatter('---\ntitle: A\n---\nText') // { yaml: 'title: A', yamlLine: 2, body: 'Text', bodyLine: 4 }
 */
export function splitFrontmatter(text: string): FrontmatterParts | LineMessage {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!isFence(lines[0])) {
    return { line: 1, message: 'missing: the file must start with a --- line that opens the frontmatter' };
  }
  const end = lines.findIndex((line, index) => index > 0 && isFence(line));
  if (end === -1) return { line: 1, message: 'the --- line that opens the frontmatter is never closed by another --- line' };
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

/** An entry file read leniently into its frontmatter data and its body. */
export interface EntrySource {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Reads an entry file's fields and body without judging them, for the tools that only look (the
 * importer's duplicate search, the bench). A file whose frontmatter is missing or does not parse
 * gives empty data, so one broken entry does not stop an import: the check reports it.
 */
export function readEntrySource(source: string): EntrySource {
  const parts = splitFrontmatter(source);
  if (!('yaml' in parts)) return { data: {}, body: source };
  let data: unknown;
  try {
    data = parse(parts.yaml);
  } catch {
    data = undefined;
  }
  const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
  return { data: isRecord ? (data as Record<string, unknown>) : {}, body: parts.body };
}

/** Parsed YAML that can say on which line each field is. */
export interface YamlSource {
  /** The plain value; `undefined` when the YAML has a syntax error. */
  data: unknown;
  /** The first syntax error, or the warnings when there is none; a later error is usually an echo of the first. */
  errors: LineMessage[];
  /**
   * The file line of a field path such as `['quotes', 1, 'text']`: the line of its key, or of its
   * list item. A path that does not exist gets the line of its closest existing parent, so that a
   * missing field is reported where it belongs.
   */
  getLine: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses YAML that starts on file line `firstLine` (2 for frontmatter, 1 for a `.yaml` file).
 * @example parseYamlSource('a:\n  - x\n  - y', 1).getLine(['a', 1]) // 3
 */
export function parseYamlSource(yaml: string, firstLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const [firstError] = document.errors;
  const errors = (firstError ? [firstError] : document.warnings).map((error) => ({
    line: toFileLine(error.pos[0]),
    message: `invalid YAML: ${error.message}`,
  }));
  // The whole-file line: the opening `---` of frontmatter, or the first line of a YAML file.
  const rootLine = Math.max(1, firstLine - 1);
  const getLine = (path: readonly PropertyKey[]): number => {
    let node: unknown = document.contents;
    let line = rootLine;
    for (const key of path) {
      const next = getChild(node, key);
      if (!next) break;
      line = toFileLine(next.start);
      node = next.node;
    }
    return line;
  };
  if (firstError) return { data: undefined, errors, getLine };
  try {
    return { data: document.toJS(), errors, getLine };
  } catch (error) {
    // `yaml` refuses to expand an alias bomb (aliases of aliases, exponentially), by throwing.
    return { data: undefined, errors: [{ line: rootLine, message: `invalid YAML: ${(error as Error).message}` }], getLine };
  }
}

/** The child of a map or sequence node at `key`, with the offset where its key or item starts. */
function getChild(node: unknown, key: PropertyKey): { node: unknown; start: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    const start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    return pair && start !== undefined ? { node: pair.value, start } : undefined;
  }
  if (isSeq(node) && typeof key !== 'symbol' && /^\d+$/.test(String(key))) {
    const item: unknown = node.items[Number(key)];
    const start = isNode(item) ? item.range?.[0] : undefined;
    return start !== undefined ? { node: item, start } : undefined;
  }
  return undefined;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && 'range' in value;
