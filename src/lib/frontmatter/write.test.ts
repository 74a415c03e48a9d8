import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatComment, formatField, renderFrontmatter } from './write.ts';
import { readEntrySource } from './read.ts';

describe('formatComment', () => {
  it('writes comment lines wrapped at word boundaries', () => {
    const comment = formatComment(`${'word '.repeat(30)}end`);
    expect(comment.split('\n').every((line) => line.startsWith('# ') && line.length <= 100)).toBe(true);
    expect(formatComment('One.\nTwo.')).toBe('# One.\n# Two.');
  });
});

describe('formatField', () => {
  it('double-quotes dates, so that no YAML reader takes them for timestamps or numbers', () => {
    expect(formatField({ key: 'published', value: '2023-12-16' })).toBe('published: "2023-12-16"');
    expect(formatField({ key: 'published', value: '2023' })).toBe('published: "2023"');
  });

  it('writes lists, booleans and nested records as YAML', () => {
    expect(formatField({ key: 'topics', value: [] })).toBe('topics: []');
    expect(formatField({ key: 'draft', value: false })).toBe('draft: false');
    expect(parse(formatField({ key: 'quotes', value: [{ text: 'It’s “too complicated”: {x}', speaker: 'a' }] }))).toEqual({
      quotes: [{ text: 'It’s “too complicated”: {x}', speaker: 'a' }],
    });
  });

  it('writes a field without a value commented out, after its comment', () => {
    expect(formatField({ key: 'url', comment: 'Where it was published.', placeholder: 'https://...' })).toBe(
      '# Where it was published.\n# url: https://...',
    );
  });
});

describe('renderFrontmatter and readEntrySource', () => {
  it('round-trip the values, leaving comments and commented-out fields out of the data', () => {
    const source = `${renderFrontmatter(
      [
        { key: 'title', value: 'No', comment: 'The headline.' },
        { key: 'byline', placeholder: 'Name' },
        { key: 'published', value: '2023-12' },
      ],
      'Body: the text.',
    )}Body text.\n`;
    expect(source.startsWith('---\n# The headline.\ntitle: "No"\n# byline: Name\npublished: "2023-12"\n# Body: the text.\n---\n')).toBe(true);
    expect(readEntrySource(source)).toEqual({ data: { title: 'No', published: '2023-12' }, body: 'Body text.\n' });
  });

  it('gives empty data for a file without frontmatter or with broken frontmatter', () => {
    expect(readEntrySource('Just text.')).toEqual({ data: {}, body: 'Just text.' });
    expect(readEntrySource('---\ntitle: [\n---\nText').data).toEqual({});
  });
});
