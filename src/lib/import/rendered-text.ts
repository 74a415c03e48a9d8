/**
 * The trees the importer's checks read text from. An imported body is read as readers see it: the
 * content loader's own path (the one MDX parser, the allow-list articles are judged by, the
 * renderer), so a body the loader would refuse fails here too. A saved page (plain HTML, such as
 * a Readability test page's expected.html) is read with linkedom, the DOM the importer reads pages with.
 */
import type { Root as HastRoot } from 'hast';
import { parseHTML } from 'linkedom';
import { ALLOWED_COMPONENTS, judgeMdxBody } from '../content/allow-list.ts';
import { renderTree } from '../content/render.ts';
import type { TextTreeNode } from './fidelity.ts';

/**
 * Renders an imported article body to an HTML syntax tree (hast) exactly as the content loader
 * would, or throws with every line the loader would refuse.
 * @example renderImportedBody('Hi *you*').children[0] // { type: 'element', tagName: 'p', ... }
 * @example renderImportedBody('a {b}') // throws 'the content loader would refuse this body: line 1: {expression}: ...'
 */
export function renderImportedBody(body: string): HastRoot {
  const judgement = judgeMdxBody(body, ALLOWED_COMPONENTS.articles);
  if (!judgement.tree) {
    const problems = judgement.problems.map(({ line, message }) => `line ${line}: ${message}`).join('; ');
    throw new Error(`the content loader would refuse this body: ${problems}`);
  }
  return renderTree(judgement.tree, judgement.components).hast;
}

/** The DOM nodes the conversion reads (linkedom's, as far as text needs). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Reads an HTML document or fragment into a text tree: elements with their lower-case tag names
 * and text with its character references decoded; comments and doctypes are left out.
 * @example readHtmlTree('<p>a &amp; b</p>').children // [{ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'a & b' }] }]
 */
export function readHtmlTree(html: string): TextTreeNode {
  const { document } = parseHTML(html);
  return { type: 'root', children: convertChildren(document as unknown as DomNode) };
}

function convertChildren(node: DomNode): TextTreeNode[] {
  return Array.from(node.childNodes).flatMap((child): TextTreeNode[] => {
    if (child.nodeType === TEXT_NODE) return [{ type: 'text', value: child.nodeValue ?? '' }];
    if (child.nodeType !== ELEMENT_NODE) return [];
    return [{ type: 'element', tagName: child.nodeName.toLowerCase(), children: convertChildren(child) }];
  });
}
