/**
 * What an entry's body may hold, judged on the parser's own tree: Markdown text and its plain
 * structures, and the few components a collection allows (a topic's `<Cite id="..."/>`).
 * Everything else is refused with its line: code (`import`/`export`, `{expressions}`), any other
 * JSX or HTML, links that are not web, mail or site addresses, and anything that would load a
 * resource (an image, from wherever), so a page never requests another origin for a reader.
 */
import type { Node as MdastNode, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { LineMessage } from '../frontmatter/read.ts';
import { parseMdxBody } from './mdx.ts';

/** A use of an allowed component, such as a topic's `<Cite id="..."/>`. */
export interface ComponentUse {
  name: string;
  /** Its attributes; only literal strings pass, so every value is a string. */
  attributes: Readonly<Record<string, string>>;
  /** Its line, counted from the body's first line (1). */
  line: number;
}

/** What the walk over one body found; lines count from the body's first line (1). */
export interface BodyJudgement {
  problems: LineMessage[];
  /** The allowed component uses, in the order of the source. */
  components: ComponentUse[];
  /** The parsed tree when the body has no problem: the only tree that may be rendered. */
  tree?: Root;
}

/**
 * Parses a body with the one MDX parser and judges its tree.
 * @example judgeMdxBody('Said.<Cite id="a"/>', ['Cite']) // { problems: [], components: [{ name: 'Cite', attributes: { id: 'a' }, line: 1 }], tree: { type: 'root', ... } }
 */
export function judgeMdxBody(body: string, allowedComponents: readonly string[]): BodyJudgement {
  const parsed = parseMdxBody(body);
  if ('error' in parsed) return { problems: [parsed.error], components: [] };
  const judgement = judgeBody(parsed.tree, body, allowedComponents);
  return judgement.problems.length > 0 ? judgement : { ...judgement, tree: parsed.tree };
}

/** Markdown and GFM nodes that carry only text and structure. */
const PLAIN_NODES = new Set([
  'root', 'paragraph', 'text', 'emphasis', 'strong', 'delete', 'list', 'listItem', 'heading', 'blockquote',
  'footnoteReference', 'footnoteDefinition', 'table', 'tableRow', 'tableCell', 'code', 'inlineCode',
  'thematicBreak', 'break', 'linkReference',
]);

const SAFE_SCHEMES = new Set(['https', 'http', 'mailto']);

/** The components each collection's body may use: articles are plain text; topics cite articles. */
export const ALLOWED_COMPONENTS: Readonly<Record<'articles' | 'topics', readonly string[]>> = { articles: [], topics: ['Cite'] };

/** The one attribute each allowed component takes, always a literal string. */
const COMPONENT_ATTRIBUTES: Readonly<Record<string, string>> = { Cite: 'id' };

interface Visited extends MdastNode {
  children?: Visited[];
  value?: string;
  url?: string;
}

/**
 * Walks a parsed body and judges every node against the allow-list.
 * @example judgeBody(parse('Hi {x}'), 'Hi {x}', []).problems // [{ line: 1, message: '{expression}: ...' }]
 */
export function judgeBody(tree: Root, source: string, allowedComponents: readonly string[]): BodyJudgement {
  const problems: LineMessage[] = [];
  const components: ComponentUse[] = [];
  const visit = (node: Visited): void => {
    const line = node.position?.start.line ?? 1;
    const refuse = (message: string): void => void problems.push({ line, message });
    if (node.type === 'link' || node.type === 'definition') {
      const problem = findUnsafeLinkProblem(node.url ?? '');
      if (problem) refuse(problem);
    } else if (node.type === 'image' || node.type === 'imageReference') {
      refuse('image: entries load no pictures or media, from this site or another; link to it instead, as [text](address)');
      return;
    } else if (node.type === 'mdxjsEsm') {
      const keyword = /^\s*(import|export)/.exec(node.value ?? '')?.[1] ?? 'import/export';
      refuse(`${keyword} statement: entries may not run code at build time (if this is text, rewrap the line)`);
      return;
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      refuse('{expression}: entries may not run code at build time; write \\{ and \\} for braces');
      return;
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as unknown as MdxJsxFlowElement | MdxJsxTextElement;
      const use = readComponentUse(element, source, allowedComponents, line);
      if (typeof use === 'string') refuse(use);
      else components.push(use);
      return;
    } else if (!PLAIN_NODES.has(node.type)) {
      refuse(node.type === 'html' ? 'raw HTML is not allowed in entries; write \\< for a literal "<"' : `${node.type} is not allowed in entries`);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as Visited);
  return { problems, components };
}

/** An allowed component written as `<Name attr="literal"/>`, or why the element is refused. */
function readComponentUse(element: MdxJsxFlowElement | MdxJsxTextElement, source: string, allowed: readonly string[], line: number): ComponentUse | string {
  const name = element.name ?? '';
  const attributeName = COMPONENT_ATTRIBUTES[name];
  if (!allowed.includes(name) || attributeName === undefined) return describeForbiddenTag(name, allowed);
  const malformed = `<${name}> must be written as <${name} ${attributeName}="..."/>: self-closing, with one quoted ${attributeName} and nothing else`;
  const [attribute, ...others] = element.attributes;
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  const selfClosing = start !== undefined && end !== undefined && /\/\s*>$/.test(source.slice(start, end));
  if (!selfClosing || element.children.length > 0 || others.length > 0) return malformed;
  if (attribute?.type !== 'mdxJsxAttribute' || attribute.name !== attributeName || typeof attribute.value !== 'string') return malformed;
  return { name, attributes: { [attributeName]: attribute.value }, line };
}

/**
 * Why a link destination is unsafe, or undefined. Only web, mail and site addresses survive: a
 * `javascript:` or `data:` link would run script in a reader's browser. The parser has already
 * decoded character references; browsers also ignore whitespace, control characters and
 * backslashes inside a scheme, so those are dropped before the scheme is read.
 * @example findUnsafeLinkProblem('JavaScript:alert(1)') // 'link to a "javascript:" address: only https, http and mailto links are allowed'
 */
export function findUnsafeLinkProblem(destination: string): string | undefined {
  const plain = destination.replace(/[\s\\\0-\x1f\x7f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return undefined;
  return `link to a "${scheme}:" address: only https, http and mailto links are allowed`;
}

function describeForbiddenTag(name: string, allowed: readonly string[]): string {
  const escape = 'write \\< for a literal "<"';
  if (name === '') return `<> fragment: JSX is not allowed; ${escape}`;
  if (/^[a-z]/.test(name)) return `<${name}> element: HTML is not allowed in entries; ${escape}`;
  const list = allowed.length > 0 ? allowed.map((each) => `<${each}/>`).join(', ') : 'none';
  return `<${name}> component is not allowed here (allowed: ${list}); ${escape}`;
}
