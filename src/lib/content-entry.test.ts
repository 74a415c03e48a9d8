import { describe, expect, it } from 'vitest';
import { getCollectionOfPath, readContentEntry } from './content-entry.ts';

describe('getCollectionOfPath', () => {
  it('follows the loaders of content.config.ts', () => {
    expect(getCollectionOfPath('articles/2023/x.mdx')).toBe('articles');
    expect(getCollectionOfPath('articles/x.mdx')).toBe('articles');
    expect(getCollectionOfPath('topics/x.mdx')).toBe('topics');
    expect(getCollectionOfPath('people/x.yaml')).toBe('people');
    expect(getCollectionOfPath('outlets/x.yml')).toBe('outlets');
    expect(getCollectionOfPath('events/x.yaml')).toBe('events');
  });

  it('finds no collection for a file no loader reads', () => {
    expect(getCollectionOfPath('articles/2023/x.md')).toBeUndefined();
    expect(getCollectionOfPath('topics/sub/x.mdx')).toBeUndefined();
    expect(getCollectionOfPath('people/x.json')).toBeUndefined();
    expect(getCollectionOfPath('README.md')).toBeUndefined();
  });
});

describe('readContentEntry', () => {
  it('reads a YAML entry: id, fields and field lines', () => {
    const entry = readContentEntry({ path: 'people/dmitry-peskov.yaml', text: 'name: Dmitry Peskov\nrole: Spokesperson\n' }, 'people');
    expect(entry).toMatchObject({ id: 'dmitry-peskov', collection: 'people', fields: { name: 'Dmitry Peskov' }, problems: [] });
    expect(entry.getLine(['role'])).toBe(2);
  });

  it('reads an MDX entry: body, body line and allowed components', () => {
    const text = '---\ntitle: T\nsummary: S\norder: 1\n---\n\nSaid.<Cite id="a"/>\n';
    const entry = readContentEntry({ path: 'topics/t.mdx', text }, 'topics');
    expect(entry).toMatchObject({ body: '\nSaid.<Cite id="a"/>\n', bodyLine: 6, problems: [] });
    expect(entry.components).toEqual([{ name: 'Cite', attributes: { id: 'a' }, line: 2 }]);
  });

  it('reports schema problems on the lines of their fields', () => {
    const entry = readContentEntry({ path: 'topics/t.mdx', text: '---\ntitle: T\nsummary: S\norder: first\n---\nText' }, 'topics');
    expect(entry.problems).toEqual([{ field: 'order', line: 4, message: 'must be a number, not "first"' }]);
  });

  it('reports problems of the body on file lines, using the allow-list of the collection', () => {
    const text = '---\ntitle: T\nsummary: S\norder: 1\n---\nText\n<Chart/>';
    expect(readContentEntry({ path: 'topics/t.mdx', text }, 'topics').problems).toEqual([
      { field: 'body', line: 7, message: '<Chart> component is not allowed here (allowed: <Cite/>); write \\< for a literal "<"' },
    ]);
  });

  it('names frontmatter that is missing or not a mapping', () => {
    expect(readContentEntry({ path: 'topics/t.mdx', text: 'Text' }, 'topics').problems).toMatchObject([{ field: 'frontmatter', line: 1 }]);
    expect(readContentEntry({ path: 'topics/t.mdx', text: '---\n---\nText' }, 'topics').problems).toEqual([
      { field: 'frontmatter', line: 1, message: 'must be a mapping of fields, not empty' },
    ]);
  });
});
