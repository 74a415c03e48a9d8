import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Node as MdastNode } from 'mdast';
import { describe, expect, it } from 'vitest';
import { judgeMdxBody } from './allow-list.ts';
import { parseMdxBody } from './mdx.ts';
import { renderTree } from './render.ts';

// Generated bodies, built from the pieces attacks are made of. Whatever the real parser makes of
// one, two things must hold: a tree with code (ESM, an expression) or any element other than a
// literal <Cite id="..."/> is refused; and what is accepted renders only harmless HTML.
const PIECES = [
  '\n', '\n\n', '\r', '\r\r', '\r\n', ' ', '  ', '\t', 'a', 'Word', '1.', '- ', '> ', '# ', '    ', '```', '~~~', '`',
  '{', '}', '{x}', '{/* c */}', '\\{', '\\<', '<', '>', '</', '/>', '<b>', '</b>', '<script>', '<img src=x>', '<>', '</>',
  '<Cite id="a"/>', '<Cite id={a}/>', '<Cite id="a" x="y"/>', '<Cite/>', '<Foo/>', '<!--', '-->',
  'import x from "y"', 'export const z = 1', 'export default 1', 'import', 'export',
  '[', ']', '(', ')', '[a](', '](', '![', '![i](', '[r]: ', '[^1]', '[^1]: ', 'javascript:alert(1)', 'JaVaScRiPt:', 'java\tscript:',
  '&#106;', '&colon;', '&lt;', 'data:text/html,x', 'https://x.org', 'http://x.org', 'mailto:a@b.org', '/about/', 'www.x.org',
  '|', '|---|', '*', '**', '_', '~~', '"', '\'', '\\',
];

const ALLOWED_TAGS = new Set([
  'p', 'em', 'strong', 'del', 'a', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'hr',
  'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'section', 'input',
]);

/** A fixed-seed generator, so that a failing body reproduces. */
function* generateBodies(count: number, seed: number): Generator<string> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let index = 0; index < count; index += 1) {
    yield Array.from({ length: 1 + Math.floor(next() * 16) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  }
}

interface AnyNode extends MdastNode {
  children?: AnyNode[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Whether the parser's tree holds code or an element other than a literal single-id <Cite/>. */
function holdsCodeOrElement(node: AnyNode, allowCite: boolean): boolean {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'html') return true;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const [only, ...rest] = node.attributes ?? [];
    const literalCite = node.name === 'Cite' && rest.length === 0 && only?.name === 'id' && typeof only.value === 'string';
    if (!(allowCite && literalCite)) return true;
  }
  return (node.children ?? []).some((child) => holdsCodeOrElement(child, allowCite));
}

/** Every element of the rendered tree. */
const elementsOf = (node: HastRoot | RootContent): Element[] =>
  'children' in node ? [...(node.type === 'element' ? [node] : []), ...node.children.flatMap(elementsOf)] : [];

describe.each([
  ['articles', [] as string[], 20231216],
  ['topics', ['Cite'], 20250815],
])('generated %s bodies', (_, allowed, seed) => {
  it('are refused whenever the parser reads code or a forbidden element in them', () => {
    let refusedCode = 0;
    for (const body of generateBodies(800, seed)) {
      const parsed = parseMdxBody(body);
      const judgement = judgeMdxBody(body, allowed);
      if ('error' in parsed) {
        expect(judgement.problems, JSON.stringify(body)).not.toEqual([]);
      } else if (holdsCodeOrElement(parsed.tree as AnyNode, allowed.includes('Cite'))) {
        refusedCode += 1;
        expect(judgement.problems, JSON.stringify(body)).not.toEqual([]);
      }
    }
    // The generator must reach the parser's code paths, or this test proves nothing.
    expect(refusedCode).toBeGreaterThan(50);
  }, 120_000);

  it('render only harmless HTML when accepted: known tags, no handlers, no loads, safe links', () => {
    let accepted = 0;
    for (const body of generateBodies(800, seed + 1)) {
      const { tree, components } = judgeMdxBody(body, allowed);
      if (!tree) continue;
      accepted += 1;
      for (const element of elementsOf(renderTree(tree, components).hast)) {
        const where = `${JSON.stringify(body)}: <${element.tagName}>`;
        expect(ALLOWED_TAGS.has(element.tagName), where).toBe(true);
        expect(Object.keys(element.properties).filter((name) => /^on|^src$|^srcSet$/i.test(name)), where).toEqual([]);
        const href = element.properties['href'];
        if (href !== undefined) expect(String(href), where).toMatch(/^(https?:|mailto:|[^:]*$|[^:]*[/?#])/i);
      }
    }
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);
});
