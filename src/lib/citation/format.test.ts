import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { toCslItem } from './citable-article.ts';
import { CITATION_STYLES, formatAllCitations, formatCitations, templateName, toBibtex, toCslJson, toRis } from './format.ts';
import { knownArticle, unknownArticle, variedArticles } from './fixtures.ts';

const known = toCslItem(knownArticle);
const unknown = toCslItem(unknownArticle);
const monthOnly = toCslItem({ ...knownArticle, published: { year: 2023, month: 12 } });
const text = (html: string) => html.replace(/<[^>]+>/g, '');

/** What Citation.js reads back from a file it or a reference manager was given. */
function readBack(file: string) {
  const [item] = new Cite(file).data as { title: string; issued: { 'date-parts': number[][] }; URL: string }[];
  return { title: item!.title, dateParts: item!.issued['date-parts'][0], url: item!.URL };
}

describe('formatCitations', () => {
  // The first citation builds citeproc-js's three engines, which takes seconds on a busy machine.
  it('renders APA, MLA and Chicago with the outlet, the date and the archive page', { timeout: 60_000 }, () => {
    const citations = formatCitations(known);
    expect(citations.map((citation) => citation.label)).toEqual(['APA', 'MLA', 'Chicago']);
    const [apa, mla, chicago] = citations.map((citation) => text(citation.html));
    expect(apa).toBe(`Jane Roe. (2023, December 16). Kremlin aide speaks on talks. The Daily Ledger. Kremlin Record. ${knownArticle.pageUrl}`);
    expect(mla).toContain('“Kremlin Aide Speaks on Talks.” The Daily Ledger, 16 Dec. 2023');
    expect(chicago).toContain('“Kremlin Aide Speaks on Talks.” The Daily Ledger, December 16, 2023.');
    for (const citation of [mla, chicago]) expect(citation).toContain(knownArticle.pageUrl);
  });

  it('never adds a day or a month the source did not give', () => {
    for (const { html } of formatCitations(monthOnly)) expect(text(html)).not.toMatch(/\b(1|01|16),? 2023|Dec\.? 1\b|December 1\b/);
    const yearOnly = formatCitations(unknown).map(({ html }) => text(html));
    for (const citation of yearOnly) expect(citation).not.toMatch(/January|Jan\.|December|Dec\./);
    expect(yearOnly[0]).toContain('(ca. 2025)');
  });

  // The text is read from the HTML rendering rather than rendered a second time, so it must be
  // what citeproc-js renders as text: escapes, markup in titles, quotes, superscripts, spaces.
  it('gives as text exactly what citeproc-js renders as text', { timeout: 120_000 }, () => {
    for (const item of [known, unknown, monthOnly, ...variedArticles(140).map(toCslItem)]) {
      // Formatting first registers the styles that the text rendering below names.
      const derived = formatCitations(item).map((citation) => citation.text);
      const cite = new Cite(item);
      const rendered = CITATION_STYLES.map(({ key }) =>
        cite.format('bibliography', { template: templateName(key), format: 'text', lang: 'en-US', asEntryArray: true })[0]![1].trim());
      expect(derived, item.title).toEqual(rendered);
    }
  });

  it('formats many articles in one pass exactly as it formats each alone, an author repeated or not', { timeout: 60_000 }, () => {
    // Consecutive entries by one author: MLA and Chicago would put a dash for the second one's name.
    const sameAuthor = variedArticles(12).map((article, index) => ({ ...article, id: `same-author-${index}`, byline: 'Jane Roe' }));
    const items = [known, unknown, ...[...variedArticles(60), ...sameAuthor].map(toCslItem)];
    expect(formatAllCitations(items)).toEqual(items.map((item) => formatCitations(item)));
  });

  it('refuses to format together two items with one id, whose entries it could not tell apart', () => {
    expect(() => formatAllCitations([known, { ...known, title: 'Another title' }])).toThrow('distinct ids');
  });

  it('escapes markup in a title instead of rendering it', () => {
    const [apa] = formatCitations(toCslItem({ ...unknownArticle, title: '<script>alert(1)</script>' }));
    expect(apa!.html).not.toContain('<script>');
    expect(apa!.html).toContain('&#60;script&#62;');
  });
});

describe('the BibTeX, RIS and CSL-JSON files', () => {
  for (const [name, item] of [['a day-precision article', known], ['a month-precision article', monthOnly], ['a year-precision article', unknown]] as const) {
    it(`read back with the same title, date parts and address for ${name}`, () => {
      const expected = { title: item.title, dateParts: item.issued['date-parts'][0], url: item.URL };
      expect(readBack(toCslJson(item))).toEqual(expected);
      expect(readBack(toRis(item))).toEqual(expected);
      expect(readBack(toBibtex(item))).toEqual(expected);
    });
  }

  it('keeps a long title on one RIS line and names the author and outlet', () => {
    const ris = toRis(toCslItem({ ...knownArticle, title: unknownArticle.title }));
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
    expect(ris).toContain(`TI  - ${unknownArticle.title}\n`);
    expect(ris).toMatch(/^AU {2}- Jane Roe$/m);
    expect(ris).toMatch(/^PB {2}- The Daily Ledger$/m);
    expect(ris).toMatch(/^DA {2}- 2023\/12\/16/m);
  });

  // Known bug, found by the fixture archive's Russian report: the BibTeX plugin writes ASCII only
  // and drops each letter it has no LaTeX command for, so the title and outlet come out empty.
  // Turning `asciiOnly` off keeps them but leaves braces unescaped, which can break the file.
  it('keeps a Russian title and outlet in BibTeX, and Latin text as before', () => {
    const russian = toCslItem({ ...knownArticle, title: 'Песков заявил об открытости к диалогу: «Путин»', outletName: 'Восточная лента', byline: 'Иван Петров', language: 'ru' });
    const bibtex = toBibtex(russian);
    expect(readBack(bibtex).title).toBe('Песков заявил об открытости к диалогу: «Путин»');
    expect(bibtex).toContain('journal = {Восточная лента}');
    expect(bibtex).toContain('author = {{Иван Петров}}');
    expect(bibtex).toMatch(/^@article\{Ivan2023Peskov,$/m);
    expect(bibtex).not.toMatch(/zqx/);
    expect(toBibtex(toCslItem({ ...knownArticle, title: 'Peace & war in Kyiv: Zelenskyy’s café' }))).toContain('Peace \\& war');
  });

  it('gives BibTeX the byline as one literal name and the access date in a note', () => {
    const bibtex = toBibtex(known);
    expect(bibtex).toContain('author = {{Jane Roe}}');
    expect(bibtex).toContain('accessed 2024-01-05');
  });
});
