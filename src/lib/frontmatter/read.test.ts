import { describe, expect, it } from 'vitest';
import { parseYamlSource, splitFrontmatter } from './read.ts';

describe('splitFrontmatter', () => {
  it('cuts the YAML from the body and says on which lines each starts', () => {
    expect(splitFrontmatter('---\ntitle: A\nb: 1\n---\n\nText\n')).toEqual({ yaml: 'title: A\nb: 1', yamlLine: 2, body: '\nText\n', bodyLine: 5 });
  });

  it('reads Windows line endings and a byte order mark', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nText')).toEqual({ yaml: 'title: A', yamlLine: 2, body: 'Text', bodyLine: 4 });
  });

  it('refuses a file that does not open with ---', () => {
    expect(splitFrontmatter('title: A\n---\nText')).toEqual({ line: 1, message: 'missing: the file must start with a --- line that opens the frontmatter' });
  });

  it('refuses frontmatter that is never closed', () => {
    expect(splitFrontmatter('---\ntitle: A\nText')).toMatchObject({ line: 1, message: expect.stringContaining('never closed') });
  });
});

describe('parseYamlSource', () => {
  const yaml = ['title: A', 'topics:', '  - x', '  - y', 'quotes:', '  - text: Hello', '    speaker: p', '  - text: >-', '      Bye', '    speaker: q'].join('\n');

  it('gives the plain data', () => {
    expect(parseYamlSource('a: 1\nb: [x]', 1).data).toEqual({ a: 1, b: ['x'] });
  });

  it('finds the line of a key, a list item and a nested key, offset to the file', () => {
    const source = parseYamlSource(yaml, 2);
    expect(source.getLine(['title'])).toBe(2);
    expect(source.getLine(['topics', 1])).toBe(5);
    expect(source.getLine(['quotes', 1, 'text'])).toBe(9);
    expect(source.getLine(['quotes', 1, 'speaker'])).toBe(11);
  });

  it('gives a missing field the line of its closest parent, or of the opening --- at the top', () => {
    const source = parseYamlSource(yaml, 2);
    expect(source.getLine(['quotes', 0, 'context'])).toBe(7);
    expect(source.getLine(['summary'])).toBe(1);
    expect(parseYamlSource('name: X', 1).getLine(['role'])).toBe(1);
  });

  it('reports the first syntax error with its file line, and no data', () => {
    const source = parseYamlSource('a: 1\na: 2\nb: c: d', 2);
    expect(source.errors).toEqual([{ line: 3, message: 'invalid YAML: Map keys must be unique' }]);
    expect(source.data).toBeUndefined();
  });

  it('reads an empty document as null', () => {
    expect(parseYamlSource('', 2)).toMatchObject({ data: null, errors: [] });
  });
});
