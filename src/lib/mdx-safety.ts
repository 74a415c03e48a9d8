/**
 * MDX safety. MDX compiles `import`/`export` lines, `{expressions}` and JSX tags into code that runs
 * at build time, so an entry from an outside pull request could run anything. Entries may hold
 * text, Markdown and the few components the engine allows, and nothing else. The scan follows what
 * the MDX parser treats as code: code spans and fenced code blocks are text, a backslash escapes
 * punctuation, and a `<` followed by a space or a tab is a plain character.
 */
import type { LineMessage } from './frontmatter.ts';
import { createCodeSpanJudge, findCodeSpanEnd, findFenceEnd } from './mdx-code.ts';
import {
  createLineLocator,
  decodeCharacterReferences,
  ESCAPABLE,
  findClosingBrace,
  getLineEnd,
  readLinkResource,
  readTag,
} from './mdx-syntax.ts';

/** A use of an allowed component, such as a topic's `<Cite id="..."/>`. */
export interface ComponentUse {
  name: string;
  /** Its attributes; only quoted string values pass the scan, so every value is a string. */
  attributes: Readonly<Record<string, string>>;
  /** Its line, counted from the body's first line (1). */
  line: number;
}

/** What the scan of one body found; lines count from the body's first line (1). */
export interface MdxScan {
  problems: LineMessage[];
  components: ComponentUse[];
}

// Only a fence at the very start of a line is sure to be a top-level fence. One that is indented
// or inside a list item or quote may open or close code depending on block structure that only a
// full parser knows, so after the first such line (or a doubtful closing line) the scan reads
// every fence's content as text.
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_LIKE = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*(?:`{3,}|~{3,})/;
const ESM_LINE = /^(import|export)(?![\p{L}\p{N}_$-])/u;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(\S+)/;
const SAFE_LINK_SCHEMES = new Set(['https', 'http', 'mailto']);

/**
 * Every construct in an MDX body that would run code, or that MDX cannot compile.
 * @example findMdxSafetyProblems('Hi {name}', []) // [{ line: 1, message: '{expression}: ...' }]
 */
export function findMdxSafetyProblems(body: string, allowedComponents: readonly string[]): LineMessage[] {
  return scanMdxBody(body, allowedComponents).problems;
}

/**
 * The well-formed uses of allowed components in an MDX body.
 * @example findComponentUses('A.<Cite id="x"/>', ['Cite']) // [{ name: 'Cite', attributes: { id: 'x' }, line: 1 }]
 */
export function findComponentUses(body: string, allowedComponents: readonly string[]): ComponentUse[] {
  return scanMdxBody(body, allowedComponents).components;
}

/** Scans an MDX body once, collecting its problems and its uses of allowed components. */
export function scanMdxBody(body: string, allowedComponents: readonly string[]): MdxScan {
  const problems: LineMessage[] = [];
  const components: ComponentUse[] = [];
  const lineAt = createLineLocator(body);
  const isCodeSpanTrusted = createCodeSpanJudge(body);
  const report = (offset: number, message: string): void => void problems.push({ line: lineAt(offset), message });
  const checkLink = (destination: string, offset: number): void => {
    const message = findUnsafeLinkProblem(destination);
    if (message) report(offset, message);
  };
  // One problem per element: `<script>...</script>` is one problem, not two.
  const reportedTags = new Set<string>();
  let fencesAreCode = true;
  let index = 0;
  while (index < body.length) {
    if (index === 0 || body[index - 1] === '\n') {
      const lineEnd = getLineEnd(body, index);
      const lineText = body.slice(index, lineEnd);
      const fence = fencesAreCode ? FENCE_OPEN.exec(lineText) : null;
      const marker = fence?.[1] ?? '';
      // A backtick fence's info string may not hold a backtick; such a line is a code span instead.
      if (fence && !(marker.startsWith('`') && (fence[2] ?? '').includes('`'))) {
        const fenceEnd = findFenceEnd(body, lineEnd, marker);
        fencesAreCode = fenceEnd.certain;
        index = fenceEnd.end;
        continue;
      }
      if (FENCE_LIKE.test(lineText)) fencesAreCode = false;
      const esm = ESM_LINE.exec(lineText);
      if (esm) report(index, `${esm[1]} statement: entries may not run code at build time (if this is text, rewrap the line)`);
      const definition = LINK_DEFINITION.exec(lineText);
      if (definition?.[1]) checkLink(definition[1], index);
    }
    const char = body[index] ?? '';
    const next = body[index + 1] ?? '';
    if (char === '\\' && ESCAPABLE.test(next) && !(next === '<' && isInBareUrl(body, index))) {
      index += 2;
    } else if (char === '`') {
      const length = /^`+/.exec(body.slice(index, index + 100))?.[0].length ?? 1;
      const end = isCodeSpanTrusted(index) ? findCodeSpanEnd(body, index + length, length) : undefined;
      index = end ?? index + length;
    } else if (char === '{') {
      report(index, '{expression}: entries may not run code at build time; write \\{ and \\} for braces');
      index = findClosingBrace(body, index) ?? index + 1;
    } else if (char === '}') {
      report(index, 'unescaped "}": write \\}');
      index += 1;
    } else if (char === '<' && body.startsWith('<!--', index)) {
      report(index, 'HTML comment <!-- -->: MDX cannot compile it; put the remark in the notes field');
      const end = body.indexOf('-->', index + 4);
      index = end === -1 ? body.length : end + 3;
    } else if (char === '<' && next !== ' ' && next !== '\t') {
      const tag = readTag(body, index);
      if (!tag) {
        report(index, 'unescaped "<": MDX reads it as the start of a tag; write \\< or &lt;');
        index += 1;
        continue;
      }
      const allowed = allowedComponents.includes(tag.name);
      // On one line only: a tag or link that spans lines could hide a fence from this scan.
      if (allowed && tag.wellFormed && !tag.closing && !body.slice(index, tag.end).includes('\n')) {
        components.push({ name: tag.name, attributes: tag.attributes, line: lineAt(index) });
      } else if (allowed) {
        report(index, `<${tag.name}> must be written as <${tag.name} name="value"/>: on one line, self-closing, quoted values only`);
      } else if (!(tag.closing && reportedTags.has(tag.name))) {
        reportedTags.add(tag.name);
        report(index, describeForbiddenTag(tag.name, allowedComponents));
      }
      index = tag.end;
    } else if (char === ']' && next === '(') {
      const lineEnd = getLineEnd(body, index);
      checkLink(readLinkResource(body, index + 1, lineEnd)?.destination ?? body.slice(index + 2, lineEnd), index);
      index += 2;
    } else {
      index += 1;
    }
  }
  return { problems, components };
}

/**
 * Why a Markdown link destination is unsafe, or undefined. A `javascript:` link would run script
 * in a reader's browser, so body links keep to web and mail addresses.
 * @example findUnsafeLinkProblem('javascript:alert(1))') // 'link to a "javascript:" address: ...'
 */
export function findUnsafeLinkProblem(destination: string): string | undefined {
  // Browsers ignore whitespace and control characters inside a scheme, so they are dropped first.
  const plain = decodeCharacterReferences(destination).replace(/^\s*</, '').replace(/[\s\\\0-\x1f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  if (scheme === undefined || SAFE_LINK_SCHEMES.has(scheme)) return undefined;
  return `link to a "${scheme}:" address: only https, http and mailto links are allowed`;
}

/**
 * Whether `offset` is inside a bare URL or e-mail address, which GFM turns into a link that runs
 * up to the next space or "<": there a backslash is part of the address, and escapes nothing.
 */
function isInBareUrl(body: string, offset: number): boolean {
  const word = /\S*$/.exec(body.slice(Math.max(0, offset - 2000), offset))?.[0] ?? '';
  return /https?:\/\/|www\.|@/i.test(word);
}

function describeForbiddenTag(name: string, allowedComponents: readonly string[]): string {
  const escape = 'write \\< for a literal "<"';
  if (name === '') return `<> fragment: JSX is not allowed; ${escape}`;
  if (name.endsWith(':')) return `<${name}...> autolink: MDX reads it as a tag; write the address without angle brackets`;
  if (/^[a-z]/.test(name)) return `<${name}> element: HTML is not allowed in entries; ${escape}`;
  const allowed = allowedComponents.length > 0 ? allowedComponents.map((each) => `<${each}/>`).join(', ') : 'none';
  return `<${name}> component is not allowed here (allowed: ${allowed}); ${escape}`;
}
