import { describe, expect, it } from 'vitest';
import { readArticleText } from './article-text.ts';
import { toWords } from './lossless.ts';

const page = (region: string, after = '') =>
  `<!DOCTYPE html><html><body><main><article><h1>Headline</h1>${region}${after}</article><aside><p>Related</p></aside></main></body></html>`;

describe('readArticleText', () => {
  it('reads only the region, with a space after each block of a minified page', () => {
    const html = page('<section class="article-text" lang="en"><p>First<em>ly</em> said.</p><ul><li>One</li><li>Two</li></ul><p>End</p></section>', '<footer>Cite</footer>');
    expect(toWords(readArticleText(html))).toBe(' firstly said one two end ');
  });

  it('decodes named and numeric character references', () => {
    const html = page('<section class="article-text"><p>Lavrov&#x2019;s &quot;peace&quot; &amp; &#1084;&#1080;&#1088; caf&eacute;</p></section>');
    expect(readArticleText(html)).toBe('Lavrov’s "peace" & мир café  ');
  });

  it('keeps nested elements and line breaks apart, and stops where the region closes', () => {
    const html = page('<section class="article-text"><div><blockquote><p>Quoted</p></blockquote>line<br>break</div></section><p>Not archived text</p>');
    expect(toWords(readArticleText(html))).toBe(' quoted line break ');
  });

  it('is empty for a page without the region', () => {
    expect(readArticleText(page('<section class="other"><p>Text</p></section>'))).toBe('');
  });
});
