import { describe, expect, it } from 'vitest';
import { readContentEntry } from './entry.ts';

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
