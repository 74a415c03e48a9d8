import { describe, expect, it } from 'vitest';
import { toCslDate, toCslItem } from './citable-article.ts';
import { knownArticle, unknownArticle } from './fixtures.ts';

describe('toCslDate', () => {
  it('keeps only the parts the source gave', () => {
    expect(toCslDate({ year: 2023, month: 12, day: 16 })).toEqual({ 'date-parts': [[2023, 12, 16]] });
    expect(toCslDate({ year: 2023, month: 12 })).toEqual({ 'date-parts': [[2023, 12]] });
    expect(toCslDate({ year: 2025 }, true)).toEqual({ 'date-parts': [[2025]], circa: true });
  });
});

describe('toCslItem', () => {
  it('cites the archive page, with the outlet as the newspaper and the retrieved day as the access date', () => {
    expect(toCslItem(knownArticle)).toEqual({
      id: knownArticle.id,
      type: 'article-newspaper',
      title: 'Kremlin aide speaks on talks',
      author: [{ literal: 'Jane Roe' }],
      'container-title': 'The Daily Ledger',
      issued: { 'date-parts': [[2023, 12, 16]] },
      accessed: { 'date-parts': [[2024, 1, 5]] },
      URL: knownArticle.pageUrl,
      archive: 'Kremlin Record',
      language: 'en',
    });
  });

  it('brackets a title the archive wrote and leaves unknown author, outlet and access date out', () => {
    const item = toCslItem(unknownArticle);
    expect(item.title).toBe(`[${unknownArticle.title}]`);
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('container-title');
    expect(item).not.toHaveProperty('accessed');
    expect(item.issued).toEqual({ 'date-parts': [[2025]], circa: true });
  });
});
