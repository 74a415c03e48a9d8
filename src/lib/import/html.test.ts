import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from './html.ts';

const readFixture = (name: string) => readFileSync(new URL(`../../cli/fixtures/import/${name}`, import.meta.url), 'utf8');
const textOf = (html: string) => extractHtmlArticle(html).blocks.map((block) => block.text).join('\n');

describe('extractHtmlArticle on a news page', () => {
  const article = extractHtmlArticle(readFixture('news-site.html'));
  const text = article.blocks.map((block) => block.text).join('\n');

  it('reads headline, byline, date, address, site name and language from the page', () => {
    expect(article.title).toBe('Kremlin says talks with Washington are frozen');
    expect(article.byline).toBe('Anna Koval');
    expect(article.published?.date).toEqual({ year: 2023, month: 12, day: 15 });
    expect(article.url).toBe('https://meridian-ledger.example/world/europe/kremlin-talks-frozen-4821');
    expect(article.siteName).toBe('The Meridian Ledger');
    expect(article.language).toBe('en-GB');
  });

  it('keeps the article text and its section headings', () => {
    expect(text).toContain('The Kremlin said on Friday that there was no dialogue left with Washington');
    expect(text).toContain('“Every new package only makes this conflict longer,” Peskov said.');
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Aid to Ukraine', 'Navalny']);
  });

  it('leaves out navigation, cookie notice, share bar, ads, newsletter, related links, comments, footer and scripts', () => {
    for (const chrome of ['Accept all', 'We use cookies', 'Politics', 'Facebook', 'Advertisement', 'Sign up', 'Putin says he will run',
      'Leave a Reply', 'All rights reserved', 'gtag', 'fbq', 'dataLayer', 'Photo: Example Agency']) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('extractHtmlArticle on a blog-style page', () => {
  const article = extractHtmlArticle(readFixture('blog-post.html'));

  it('takes the byline from the author link, not from the author box', () => {
    expect(article.byline).toBe('Oleg Brandt');
  });

  it('reads the date from the <time> element when there is no date metadata', () => {
    expect(article.published?.date).toEqual({ year: 2024, month: 2, day: 19 });
  });

  it('takes the headline from the <h1> rather than the title with the site name', () => {
    expect(article.title).toBe('Peskov: Zelensky talks “not on the agenda”');
  });
});

describe('extractHtmlArticle on titles', () => {
  const page = (head: string) => `<html><head>${head}</head><body><p>Text of the story.</p></body></html>`;

  it('cuts the site name after the last separator and keeps the headline as printed', () => {
    expect(extractHtmlArticle(page('<title>Kyiv – Moscow talks: a timeline | Daily Example</title><meta property="og:site_name" content="Daily Example">')).title)
      .toBe('Kyiv – Moscow talks: a timeline');
  });

  it('keeps a title whose last part is not a site name', () => {
    expect(extractHtmlArticle(page('<title>Peskov - the Kremlin spokesman who speaks for Putin at length</title>')).title)
      .toBe('Peskov - the Kremlin spokesman who speaks for Putin at length');
  });
});

describe('extractHtmlArticle on markup', () => {
  it('quotes only the characters of a date from the metadata it read the date from', () => {
    const html = '<html><head><meta property="article:published_time" content="2024-05-06 {x} <script>alert(1)</script>"></head><body><p>Text.</p></body></html>';
    const published = extractHtmlArticle(html).published;
    expect(published?.date).toEqual({ year: 2024, month: 5, day: 6 });
    expect(published?.source).not.toMatch(/[<>{}]/);
  });

  it('turns h2 and h3 into headings, list items into items, splits paragraphs at <br> and keeps a table as one', () => {
    const html = `<html><body><article>
      <p>${'A first paragraph long enough to be an article paragraph for Readability. '.repeat(4)}</p>
      <h3>Section</h3><p>Line one<br>Line two</p><ul><li>One</li><li>Two</li></ul>
      <table><tr><th>Region</th><th>Votes</th></tr><tr><td>North</td><td>1,204</td></tr></table></article></body></html>`;
    const blocks = extractHtmlArticle(html).blocks;
    expect(blocks.slice(1)).toEqual([
      { kind: 'heading', text: 'Section' },
      { kind: 'paragraph', text: 'Line one' },
      { kind: 'paragraph', text: 'Line two' },
      { kind: 'item', text: 'One' },
      { kind: 'item', text: 'Two' },
      { kind: 'table', rows: [['Region', 'Votes'], ['North', '1,204']], text: 'Region Votes North 1,204' },
    ]);
  });

  it('takes figure captions out, recording them', () => {
    const html = `<html><body><article><p>${'Text of the story that is long enough to count. '.repeat(5)}</p>
      <figure><img src="a.jpg"><figcaption>Peskov in Moscow. Photo: Agency</figcaption></figure></article></body></html>`;
    const article = extractHtmlArticle(html);
    expect(article.blocks.map((block) => block.text).join(' ')).not.toContain('Photo: Agency');
    expect(article.removed).toEqual([{ kind: 'caption', text: 'Peskov in Moscow. Photo: Agency' }]);
  });

  it('keeps only the words of links and drops scripts, images and event handlers', () => {
    const text = textOf(readFixture('hostile.html'));
    expect(text).toContain('A link that looks harmless and one with a handler keep only their words.');
    expect(text).not.toMatch(/javascript:alert\('link'\)|onerror|onclick|alert\('inline'\)|evil\.example/);
  });

  it('keeps angle brackets and braces that the page shows as text', () => {
    const text = textOf(readFixture('hostile.html'));
    expect(text).toContain('a tag written as text, <script>alert("x")</script>, must show literally too.');
    expect(text).toContain('{props.secret}');
  });
});
