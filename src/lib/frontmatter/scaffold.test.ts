import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { readEntrySource } from './read.ts';
import { buildScaffoldFields, extractFieldDocs, getScaffoldPath, renderScaffold } from './scaffold.ts';

const schemaSource = readFileSync(new URL('../../schemas/article.ts', import.meta.url), 'utf8');
const fieldNames = Object.keys(articleSchema(() => z.string()).shape);
const docs = extractFieldDocs(schemaSource, 'articleSchema');
const quoteDocs = extractFieldDocs(schemaSource, 'quoteSchema');

describe('extractFieldDocs', () => {
  it('reads the doc comment of every field of the article schema, and only of that schema', () => {
    expect([...docs.keys()]).toEqual(fieldNames);
    expect(docs.get('circa')).toBe('True when the date is inferred from the text rather than printed.');
    expect([...quoteDocs.keys()]).toEqual(['text', 'speaker', 'context']);
  });

  it('joins a doc comment written over several lines', () => {
    const source = 'export const s = z.object({\n  /**\n   * First line,\n   * second line.\n   */\n  name: z.string(),\n});';
    expect(extractFieldDocs(source, 's')).toEqual(new Map([['name', 'First line, second line.']]));
  });
});

describe('buildScaffoldFields and renderScaffold', () => {
  const source = renderScaffold(buildScaffoldFields(fieldNames, docs, quoteDocs, { title: 'Peskov speaks' }));

  it('lists every field, with its doc comment above it', () => {
    for (const field of fieldNames) {
      expect(source, field).toMatch(new RegExp(`# ${docs.get(field)?.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*\\n(?:#[^\\n]*\\n)*#? ?${field}:`));
    }
  });

  it('fails the schema on the required fields the maintainer has not given', () => {
    const result = articleSchema(() => z.string()).safeParse(readEntrySource(source).data);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['published', 'topics']);
  });

  it('still lists, commented out, a field the rules do not know', () => {
    const fields = buildScaffoldFields(['title', 'newField'], new Map([['newField', 'A field added later.']]), new Map(), { title: 'T' });
    expect(fields[1]).toEqual({ key: 'newField', comment: 'A field added later.', placeholder: '' });
  });

  it('explains the body in a YAML comment and leaves the body empty', () => {
    expect(source).toMatch(/# Body: below the closing --- line goes the article's text[\s\S]*\n---\n$/);
    expect(readEntrySource(source).body).toBe('');
  });
});

describe('a Russian scaffold', () => {
  it('writes the language given and files the entry under a transliterated id', () => {
    const options = { title: 'Песков заявил', published: { year: 2023, month: 12, day: 16 }, outlet: 'tass', language: 'ru' };
    const { data } = readEntrySource(renderScaffold(buildScaffoldFields(fieldNames, docs, quoteDocs, options)));
    expect(data['language']).toBe('ru');
    expect(getScaffoldPath(options)).toBe('2023/2023-12-16-tass-peskov-zayavil.mdx');
  });
});

describe('getScaffoldPath', () => {
  it('files a dated entry under its id, an undated one under undated/', () => {
    expect(getScaffoldPath({ title: 'Peskov speaks', published: { year: 2023, month: 12 }, outlet: 'nbc-news' })).toBe('2023/2023-12-nbc-news-peskov-speaks.mdx');
    expect(getScaffoldPath({ title: 'Peskov speaks' })).toBe('undated/peskov-speaks.mdx');
  });
});
