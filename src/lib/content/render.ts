/**
 * Renders a body's HTML from the very tree the allow-list judged (mdast → hast → HTML). No raw
 * HTML passes (mdast-util-to-hast drops it unless told otherwise), and a node the renderer does
 * not know stops the render rather than being guessed at. Text is kept exactly as written: no
 * smart punctuation.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import type { ComponentUse } from './allow-list.ts';

/**
 * The version of the HTML this module renders. Astro keeps stored entries between builds and
 * clears them only when its config or content.config.ts changes, so a change to what a body
 * renders to must bump this, or unchanged entries keep their old HTML.
 */
export const RENDERER_VERSION = 1;

/** A heading of the body, as Astro's `render()` reports headings. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A body rendered to an HTML tree, with what the page needs besides the HTML. */
export interface RenderedTree {
  hast: HastRoot;
  headings: RenderedHeading[];
  /** The cited article ids in order of first citation; a citation's number is its index + 1. */
  citations: string[];
}

/** A body rendered to HTML, with what the page needs besides the HTML. */
export interface RenderedBody extends Omit<RenderedTree, 'hast'> {
  html: string;
}

/**
 * The cited ids of a body's `<Cite>` uses, each once, in order of first use.
 * @example getCitedIds([{ name: 'Cite', attributes: { id: 'b' }, line: 1 }, { name: 'Cite', attributes: { id: 'a' }, line: 2 }]) // ["b", "a"]
 */
export function getCitedIds(components: readonly ComponentUse[]): string[] {
  return [...new Set(components.flatMap((use) => (use.name === 'Cite' && use.attributes['id'] ? [use.attributes['id']] : [])))];
}

/**
 * Renders a judged body to HTML. `components` are the allowed uses the allow-list found; a
 * citation becomes its note number, linked to the page's notes list (`#note-N`).
 * @example renderBody(parse('Said.<Cite id="a"/>'), uses).html // '<p>Said.<sup class="cite" ...><a href="#note-1" aria-label="Source 1">[1]</a></sup></p>'
 */
export function renderBody(tree: Root, components: readonly ComponentUse[]): RenderedBody {
  const { hast, ...rest } = renderTree(tree, components);
  return { html: toHtml(hast), ...rest };
}

/**
 * Renders a judged body to an HTML syntax tree (hast), as `renderBody` serializes it.
 * @example renderTree(parse('Hi'), []).hast.children[0] // { type: 'element', tagName: 'p', ... }
 */
export function renderTree(tree: Root, components: readonly ComponentUse[]): RenderedTree {
  const citations = getCitedIds(components);
  const numbers = new Map(citations.map((id, index) => [id, index + 1]));
  const cite = (_state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => {
    const attribute = node.attributes.find((each) => each.type === 'mdxJsxAttribute' && each.name === 'id');
    const id = typeof attribute?.value === 'string' ? attribute.value : '';
    const number = numbers.get(id);
    if (node.name !== 'Cite' || number === undefined) throw new Error(`<${node.name ?? ''}> cannot be rendered: only a <Cite id="..."/> the allow-list passed can`);
    const link: Element = { type: 'element', tagName: 'a', properties: { href: `#note-${number}`, ariaLabel: `Source ${number}` }, children: [{ type: 'text', value: `[${number}]` }] };
    return { type: 'element', tagName: 'sup', properties: { className: ['cite'], dataPagefindIgnore: true }, children: [link] };
  };
  const hast = toHast(tree, {
    handlers: { mdxJsxFlowElement: cite, mdxJsxTextElement: cite },
    unknownHandler: (_state, node) => {
      throw new Error(`${node.type} cannot be rendered: it should have been refused by the allow-list`);
    },
  }) as HastRoot;
  const headings = addHeadingIds(hast);
  return { hast, headings, citations };
}

/** Gives each heading the id Astro gives Markdown headings (github-slugger), and lists them. */
function addHeadingIds(root: HastRoot): RenderedHeading[] {
  const slugger = new GithubSlugger();
  const headings: RenderedHeading[] = [];
  const visit = (node: RootContent | HastRoot): void => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const text = getText(node);
      const slug = slugger.slug(text);
      node.properties['id'] = slug;
      headings.push({ depth: Number(node.tagName[1]), slug, text });
      return;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(root);
  return headings;
}

/** The text of a hast node, as a reader sees it. */
const getText = (node: ElementContent | Element): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(getText).join('') : '';

/**
 * The cited article ids a topic's stored HTML numbers, in order: note N is the N-th id.
 * @example getRenderedCitations({ rendered: { html: '', metadata: { citations: ['a'] } } }) // ["a"]
 */
export function getRenderedCitations(entry: { rendered?: { metadata?: Record<string, unknown> } | undefined }): string[] {
  const citations = entry.rendered?.metadata?.['citations'];
  return Array.isArray(citations) ? citations.filter((id): id is string => typeof id === 'string') : [];
}
