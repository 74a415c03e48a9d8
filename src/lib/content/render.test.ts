import { describe, expect, it } from 'vitest';
import { judgeMdxBody } from './allow-list.ts';
import { getCitedIds, getRenderedCitations, renderBody } from './render.ts';

/** Renders a body that must pass the allow-list, as the loader does. */
function render(body: string, allowed: readonly string[] = []) {
  const { tree, components, problems } = judgeMdxBody(body, allowed);
  if (!tree) throw new Error(`refused: ${JSON.stringify(problems)}`);
  return renderBody(tree, components);
}

describe('renderBody', () => {
  it('renders Markdown to HTML from the parsed tree, with the text exactly as written', () => {
    expect(render('He said "no" -- and \'yes\'... *twice*.').html).toBe('<p>He said "no" -- and \'yes\'... <em>twice</em>.</p>');
  });

  it('renders escaped characters as text, never as markup', () => {
    expect(render('A \\<script\\> and &lt;b&gt; and \\{x\\}').html).toBe('<p>A &#x3C;script> and &#x3C;b> and {x}</p>');
  });

  it('gives headings the ids Astro gave Markdown headings, and lists them', () => {
    const { html, headings } = render('## Putin’s Call\n\nText\n\n## Putin’s Call');
    expect(html).toContain('<h2 id="putins-call">');
    expect(headings).toEqual([
      { depth: 2, slug: 'putins-call', text: 'Putin’s Call' },
      { depth: 2, slug: 'putins-call-1', text: 'Putin’s Call' },
    ]);
  });

  it('numbers citations by first use and links each to its note', () => {
    const { html, citations } = render('One.<Cite id="b"/> Two.<Cite id="a"/> Again.<Cite id="b"/>', ['Cite']);
    expect(citations).toEqual(['b', 'a']);
    expect(html).toBe(
      '<p>One.<sup class="cite" data-pagefind-ignore><a href="#note-1" aria-label="Source 1">[1]</a></sup>' +
        ' Two.<sup class="cite" data-pagefind-ignore><a href="#note-2" aria-label="Source 2">[2]</a></sup>' +
        ' Again.<sup class="cite" data-pagefind-ignore><a href="#note-1" aria-label="Source 1">[1]</a></sup></p>',
    );
  });

  it('renders tables, footnotes and links', () => {
    const { html } = render('| a |\n|---|\n| 1 |\n\nSee [it](https://x.org/).[^n]\n\n[^n]: Note.');
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="https://x.org/">it</a>');
    expect(html).toContain('data-footnote-ref');
  });

  it('refuses to render a tree the allow-list did not pass', () => {
    const { tree } = judgeMdxBody('Fine.', []);
    tree!.children.push({ type: 'mdxFlowExpression', value: 'x' } as never);
    expect(() => renderBody(tree!, [])).toThrow(/mdxFlowExpression cannot be rendered/);
  });
});

describe('getCitedIds', () => {
  it('lists each cited id once, in order of first citation', () => {
    const use = (id: string) => ({ name: 'Cite', attributes: { id }, line: 1 });
    expect(getCitedIds([use('x'), use('y'), use('x')])).toEqual(['x', 'y']);
  });
});

describe('getRenderedCitations', () => {
  it('reads the cited ids the loader stored with the HTML, and nothing else', () => {
    expect(getRenderedCitations({ rendered: { metadata: { citations: ['a', 2, 'b'] } } })).toEqual(['a', 'b']);
    expect(getRenderedCitations({ rendered: undefined })).toEqual([]);
  });
});
