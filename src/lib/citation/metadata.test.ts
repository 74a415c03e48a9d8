import { describe, expect, it } from 'vitest';
import { getDublinCoreTags, getHighwireTags, getNewsArticleJsonLd, toHighwireDate, toScriptJson } from './metadata.ts';
import { knownArticle, unknownArticle } from './fixtures.ts';

const asObject = (tags: { name: string; content: string }[]) => Object.fromEntries(tags.map((tag) => [tag.name, tag.content]));

describe('toHighwireDate', () => {
  it('writes a date at its own precision, never padded to a day', () => {
    expect(toHighwireDate({ year: 2023, month: 12, day: 6 })).toBe('2023/12/06');
    expect(toHighwireDate({ year: 2023, month: 12 })).toBe('2023/12');
    expect(toHighwireDate({ year: 2023 })).toBe('2023');
  });
});

describe('getHighwireTags', () => {
  it('gives a fully known article every tag Google Scholar and Zotero read', () => {
    expect(asObject(getHighwireTags(knownArticle))).toEqual({
      citation_title: 'Kremlin aide speaks on talks',
      citation_author: 'Jane Roe',
      citation_publication_date: '2023/12/16',
      citation_journal_title: 'The Daily Ledger',
      citation_publisher: 'The Daily Ledger',
      citation_language: 'en',
      citation_public_url: 'https://ledger.example/aide-speaks',
      citation_fulltext_html_url: knownArticle.pageUrl,
    });
  });

  it('leaves out what is not known instead of writing "Unknown"', () => {
    const tags = asObject(getHighwireTags(unknownArticle));
    expect(Object.keys(tags).sort()).toEqual(['citation_fulltext_html_url', 'citation_language', 'citation_publication_date', 'citation_title']);
    expect(tags.citation_publication_date).toBe('2025');
    expect(Object.values(tags).join(' ')).not.toMatch(/\bunknown\b|Unidentified outlet/i);
  });
});

describe('getDublinCoreTags', () => {
  it('matches the Highwire tags in Dublin Core terms, dates in W3C form at their precision', () => {
    const tags = asObject(getDublinCoreTags(knownArticle));
    expect(tags).toMatchObject({ 'DC.title': knownArticle.title, 'DC.creator': 'Jane Roe', 'DC.date': '2023-12-16', 'DC.publisher': 'The Daily Ledger', 'DC.source': knownArticle.url, 'DC.identifier': knownArticle.pageUrl });
    expect(asObject(getDublinCoreTags({ ...unknownArticle, published: { year: 2023, month: 12 } }))['DC.date']).toBe('2023-12');
    expect(asObject(getDublinCoreTags(unknownArticle))).not.toHaveProperty('DC.creator');
  });
});

describe('getNewsArticleJsonLd', () => {
  it('describes this page as the archived copy of the original', () => {
    expect(getNewsArticleJsonLd(knownArticle)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: knownArticle.title,
      datePublished: '2023-12-16',
      inLanguage: 'en',
      url: knownArticle.pageUrl,
      author: { name: 'Jane Roe' },
      publisher: { '@type': 'Organization', name: 'The Daily Ledger' },
      isBasedOn: knownArticle.url,
      archivedAt: [knownArticle.pageUrl, knownArticle.archivedUrl],
    });
  });

  it('has no publisher, author or original when none is known', () => {
    const jsonLd = getNewsArticleJsonLd(unknownArticle);
    expect(jsonLd).not.toHaveProperty('publisher');
    expect(jsonLd).not.toHaveProperty('author');
    expect(jsonLd).not.toHaveProperty('isBasedOn');
    expect(jsonLd.datePublished).toBe('2025');
    expect(jsonLd.archivedAt).toBe(unknownArticle.pageUrl);
  });
});

describe('toScriptJson', () => {
  it('cannot close its script block, whatever a headline holds', () => {
    const json = toScriptJson({ headline: 'a </script><script>alert(1)</script>' });
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toEqual({ headline: 'a </script><script>alert(1)</script>' });
  });
});
