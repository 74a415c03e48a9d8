import { describe, expect, it } from 'vitest';
import { readContentEntry, type ContentEntry } from './entry.ts';
import {
  compareAtCommonPrecision,
  findDateProblems,
  findIdProblems,
  findMissingTextProblems,
  findQuoteProblems,
} from './entry-rules.ts';

const TODAY = { year: 2025, month: 6, day: 1 };

const readArticle = (path: string, fields: string[], body = 'He said “no”.'): ContentEntry =>
  readContentEntry({ path, text: ['---', 'title: T', 'topics: [x]', ...fields, '---', body].join('\n') }, 'articles');

describe('compareAtCommonPrecision', () => {
  it('orders dates only where their periods do not overlap', () => {
    expect(compareAtCommonPrecision({ year: 2023, month: 11 }, { year: 2023, month: 12, day: 1 })).toBe(-1);
    expect(compareAtCommonPrecision({ year: 2023, month: 12 }, { year: 2023, month: 12, day: 16 })).toBe(0);
    expect(compareAtCommonPrecision({ year: 2024 }, { year: 2023, month: 12, day: 16 })).toBe(1);
  });
});

describe('findDateProblems', () => {
  it('refuses a date after today, at the date\'s own precision', () => {
    const entry = readArticle('articles/2025/a.mdx', ["published: '2025-07'"]);
    expect(findDateProblems(entry, TODAY)).toEqual([{ field: 'published', line: 4, message: '"2025-07" is in the future (today is 2025-06-01)' }]);
    expect(findDateProblems(readArticle('articles/2025/a.mdx', ["published: '2025'"]), TODAY)).toEqual([]);
  });

  it('refuses a retrieved date before the published date, but not one inside its period', () => {
    const before = readArticle('articles/2023/a.mdx', ["published: '2023-12-16'", "retrieved: '2023-12-15'"]);
    expect(findDateProblems(before, TODAY)).toEqual([
      { field: 'retrieved', line: 5, message: '"2023-12-15" is before the publication date "2023-12-16"' },
    ]);
    const inside = readArticle('articles/2023/a.mdx', ["published: '2023-12-16'", "retrieved: '2023-12'"]);
    expect(findDateProblems(inside, TODAY)).toEqual([]);
  });

  it('checks an event\'s date too', () => {
    const entry = readContentEntry({ path: 'events/e.yaml', text: "title: E\ndate: '2030'\ntopics: [x]\nsummary: S\n" }, 'events');
    expect(findDateProblems(entry, TODAY)).toEqual([{ field: 'date', line: 2, message: '"2030" is in the future (today is 2025-06-01)' }]);
  });
});

describe('findQuoteProblems', () => {
  const quotes = ['quotes:', '  - text: "no"', '    speaker: p', '  - text: yes', '    speaker: p'];

  it('names each quote the body does not contain, on its line', () => {
    const entry = readArticle('articles/2023/a.mdx', ["published: '2023'", ...quotes]);
    expect(findQuoteProblems(entry)).toEqual([
      { field: 'quotes.1.text', line: 8, message: '"yes" does not appear in the body (quotes are verbatim)' },
    ]);
  });

  it('lets a draft quote words its text does not hold yet', () => {
    expect(findQuoteProblems(readArticle('articles/2023/a.mdx', ["published: '2023'", 'draft: true', ...quotes], ''))).toEqual([]);
  });
});

describe('findMissingTextProblems', () => {
  it('refuses a published article without text, at the body line', () => {
    expect(findMissingTextProblems(readArticle('articles/2023/a.mdx', ["published: '2023'"], '\n'))).toEqual([
      { field: 'body', line: 6, message: 'the article has no text (set draft: true until it has)' },
    ]);
    expect(findMissingTextProblems(readArticle('articles/2023/a.mdx', ["published: '2023'", 'draft: true'], ''))).toEqual([]);
  });
});

describe('findIdProblems', () => {
  it('checks an article id against its date, outlet and folder', () => {
    expect(findIdProblems(readArticle('articles/2023/2023-12-nbc-x.mdx', ["published: '2023-12'", 'outlet: nbc']))).toEqual([]);
    expect(findIdProblems(readArticle('articles/2024/2023-12-unidentified-x.mdx', ["published: '2023-12'"]))).toEqual([
      { field: 'id', line: 1, message: 'file must be in the folder "2023/", the year it was published' },
    ]);
  });

  it('requires other entries to have slug ids', () => {
    const entry = readContentEntry({ path: 'people/Dmitry Peskov.yaml', text: 'name: D\nrole: R\n' }, 'people');
    expect(findIdProblems(entry)).toEqual([
      { field: 'id', line: 1, message: 'id "Dmitry Peskov" (the file name) must be lower-case letters, digits and single hyphens' },
    ]);
  });
});
