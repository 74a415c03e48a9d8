import { describe, expect, it } from 'vitest';
import { readContentEntry } from './entry.ts';
import {
  findCitationProblems,
  findDuplicateIdProblems,
  findDuplicateUrlProblems,
  findReferenceProblems,
  indexEntries,
  joinContentPath,
  normalizeUrl,
} from './link-rules.ts';

const person = readContentEntry({ path: 'people/p.yaml', text: 'name: P\nrole: R\n' }, 'people');
const topic = (body: string) => readContentEntry({ path: 'topics/t.mdx', text: `---\ntitle: T\nsummary: S\norder: 1\n---\n${body}` }, 'topics');
const article = (path: string, fields: string[]) =>
  readContentEntry({ path, text: ['---', 'title: A', "published: '2023'", ...fields, '---', 'Text “hi”.'].join('\n') }, 'articles');

describe('findReferenceProblems', () => {
  it('names each reference to a missing entry, on its line', () => {
    const entry = article('articles/2023/a.mdx', ['outlet: nope', 'topics: [t, u]', 'quotes:', '  - text: hi', '    speaker: q']);
    const index = indexEntries([entry, person, topic('x')]);
    expect(findReferenceProblems(entry, index, 'content')).toEqual([
      { field: 'outlet', line: 4, message: 'no outlet "nope" in content/outlets/' },
      { field: 'topics.1', line: 5, message: 'no topic "u" in content/topics/' },
      { field: 'quotes.0.speaker', line: 8, message: 'no person "q" in content/people/' },
    ]);
  });

  it('leaves ids that are not slugs to the schema', () => {
    const entry = article('articles/2023/a.mdx', ['topics: [Not A Slug]']);
    expect(findReferenceProblems(entry, indexEntries([entry]), 'content')).toEqual([]);
  });
});

describe('findCitationProblems', () => {
  const cited = article('articles/2023/a.mdx', ['topics: [t]']);
  const draft = article('articles/2023/d.mdx', ['topics: [t]', 'draft: true']);
  const index = indexEntries([cited, draft]);

  it('accepts citations of published articles', () => {
    expect(findCitationProblems(topic('Said.<Cite id="a"/>'), index, 'content')).toEqual([]);
  });

  it('names citations of unknown or draft articles on their lines', () => {
    expect(findCitationProblems(topic('One.<Cite id="b"/>\nTwo.<Cite id="d"/>'), index, 'content')).toEqual([
      { field: 'body', line: 6, message: '<Cite id="b"/>: no article "b" in content/articles/' },
      { field: 'body', line: 7, message: '<Cite id="d"/>: article "d" is a draft, which has no page to cite' },
    ]);
  });

  it('refuses a topic that cites nothing', () => {
    expect(findCitationProblems(topic('Nothing cited.'), index, 'content')).toEqual([
      { field: 'body', line: 6, message: 'the topic cites no article: every explainer needs at least one <Cite id="..."/>' },
    ]);
  });
});

describe('duplicates', () => {
  it('names the other files that share an id', () => {
    const first = article('articles/2023/a.mdx', []);
    const second = article('articles/2024/a.mdx', []);
    const problems = findDuplicateIdProblems(indexEntries([first, second, person]), 'content');
    expect(problems.get(first)).toEqual([{ field: 'id', line: 1, message: 'duplicate id "a": also content/articles/2024/a.mdx' }]);
    expect(problems.get(second)).toEqual([{ field: 'id', line: 1, message: 'duplicate id "a": also content/articles/2023/a.mdx' }]);
    expect(problems.has(person)).toBe(false);
  });

  it('names the other articles that share a URL, ignoring a fragment or trailing slash', () => {
    const first = article('articles/2023/a.mdx', ['url: https://x.org/news#top']);
    const second = article('articles/2023/b.mdx', ['url: https://x.org/news/']);
    const third = article('articles/2023/c.mdx', ['url: https://x.org/other']);
    const problems = findDuplicateUrlProblems([first, second, third], 'content');
    expect(problems.get(first)).toEqual([{ field: 'url', line: 4, message: '"https://x.org/news#top" is also the url of content/articles/2023/b.mdx' }]);
    expect(problems.has(third)).toBe(false);
  });
});

describe('normalizeUrl', () => {
  it('drops the fragment and trailing slashes, and lower-cases the host', () => {
    expect(normalizeUrl('https://Example.com/a/#top')).toBe('https://example.com/a');
    expect(normalizeUrl('https://example.com/a/?q=1')).toBe('https://example.com/a?q=1');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('joinContentPath', () => {
  it('puts a content path under the displayed content folder', () => {
    expect(joinContentPath('content', 'topics/x.mdx')).toBe('content/topics/x.mdx');
    expect(joinContentPath('../tmp/x/', 'topics/x.mdx')).toBe('../tmp/x/topics/x.mdx');
    expect(joinContentPath('', 'topics/x.mdx')).toBe('topics/x.mdx');
  });
});
