import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from './html.ts';
import { removeComments, replaceMathJaxContainers } from './html-prepare.ts';

// A formula as MathJax 3 leaves it in a page: a rendering for the eye, and the MathML for the ear.
const FORMULA = `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>`;
const PROSE = 'A paragraph long enough for Readability to take this page for an article worth reading. '.repeat(4);

describe('replaceMathJaxContainers', () => {
  it('puts each formula’s MathML in its container’s place', () => {
    const { document } = parseHTML(`<p>When ${FORMULA}, there are two solutions.</p>`);
    expect(replaceMathJaxContainers(document)).toBe(1);
    expect(document.querySelector('mjx-container')).toBeNull();
    expect(document.querySelector('p')?.textContent).toBe('When a≠0, there are two solutions.');
  });

  it('keeps the formulas of a page through the import, where Readability 0.6.0 alone drops them', () => {
    const html = `<html><body><article><p>${PROSE}</p><p>When ${FORMULA}, there are two solutions.</p><p>${PROSE}</p></article></body></html>`;
    const text = extractHtmlArticle(html).blocks.map((block) => block.text).join('\n');
    expect(text).toContain('When a≠0, there are two solutions.');
  });
});

describe('removeComments', () => {
  it('removes comments at any depth and leaves the text as it is', () => {
    const { document } = parseHTML('<div><!-- a --><p>Abigail Williams<!-- --> contributed<!-- -->.</p></div>');
    expect(removeComments(document)).toBe(3);
    expect(document.querySelector('div')?.innerHTML).toBe('<p>Abigail Williams contributed.</p>');
  });

  it('keeps loose text around comments in one paragraph through the import, adding no space', () => {
    const html = `<html><body><article><p>${PROSE}</p><div>Abigail Williams<!-- --> and <!-- -->Beomsu Jo<!-- --> <!-- -->contributed<!-- -->.</div></article></body></html>`;
    const text = extractHtmlArticle(html).blocks.map((block) => block.text).join('\n');
    expect(text).toContain('Abigail Williams and Beomsu Jo contributed.');
  });
});
