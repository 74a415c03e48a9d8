import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../schemas/article.ts';
import { idSchema } from '../../schemas/common.ts';
import { personSchema } from '../../schemas/person.ts';
import { describeSchemaIssues, describeValue, getFieldNames } from './schema-issues.ts';

const article = articleSchema(() => idSchema);
const valid = { title: 'A', published: '2023', topics: ['x'] };

function issuesOf(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : describeSchemaIssues(result.error.issues, data, schema);
}

describe('describeSchemaIssues', () => {
  it('says a missing field is required', () => {
    expect(issuesOf(article, { published: '2023', topics: ['x'] })).toEqual([{ path: ['title'], message: 'is required' }]);
  });

  it('names the expected kind and the value given', () => {
    expect(issuesOf(article, { ...valid, draft: 'yes', topics: 'x' })).toEqual([
      { path: ['topics'], message: 'must be a list, not "x"' },
      { path: ['draft'], message: 'must be true or false, not "yes"' },
    ]);
  });

  it('says an empty text must not be empty', () => {
    expect(issuesOf(article, { ...valid, title: '' })).toEqual([{ path: ['title'], message: 'must not be empty' }]);
  });

  it('puts the value before a schema message that reads as a predicate', () => {
    expect(issuesOf(article, { ...valid, url: 'http://x.org' })).toEqual([{ path: ['url'], message: '"http://x.org" must be an https:// URL' }]);
  });

  it('reports each unknown key at its own path, suggesting a close field name', () => {
    expect(issuesOf(article, { ...valid, publised: '2023', quotes: [{ text: 'a', speaker: 'p', contxt: 'b' }] })).toEqual([
      { path: ['quotes', 0, 'contxt'], message: 'unknown field (did you mean "context"?)' },
      { path: ['publised'], message: 'unknown field (did you mean "published"?)' },
    ]);
  });

  it('lists the fields when no name is close', () => {
    expect(issuesOf(personSchema(), { name: 'A', role: 'B', x: 1 })).toEqual([
      { path: ['x'], message: 'unknown field (the fields are: name, role, aliases, nativeNames, wikidata)' },
    ]);
  });

  it('says a document that is not a mapping must be one', () => {
    expect(issuesOf(article, null)).toEqual([{ path: [], message: 'must be a mapping of fields, not empty' }]);
  });
});

describe('getFieldNames', () => {
  it('finds the fields of an object nested in lists and defaults', () => {
    expect(getFieldNames(article, ['quotes', 3])).toEqual(['text', 'speaker', 'context']);
    expect(getFieldNames(article, ['title'])).toEqual([]);
  });
});

describe('describeValue', () => {
  it('quotes text, shortens long text and names other kinds', () => {
    expect(describeValue('yes')).toBe('"yes"');
    expect(describeValue('x'.repeat(80))).toBe(`"${'x'.repeat(57)}..."`);
    expect([3, true, null, ['a'], { a: 1 }].map(describeValue)).toEqual(['3', 'true', 'empty', 'a list', 'a mapping']);
  });
});
