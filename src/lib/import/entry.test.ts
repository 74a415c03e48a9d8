import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
// The body must pass what the build runs on every entry: the MDX parser, allow-list and renderer.
import { judgeMdxBody } from '../content/allow-list.ts';
import { renderTree } from '../content/render.ts';
import { articleSchema } from '../../schemas/article.ts';
import { readArticle } from './article.ts';
import { buildArticleEntry, type ArchiveIndex, type ImportFlags } from './entry.ts';
import { readEntrySource } from '../frontmatter/read.ts';
import { UsageError } from '../flags.ts';
import { isQuoteInBody } from '../quotes.ts';
import { getPlainText } from '../text.ts';

const ARCHIVE: ArchiveIndex = {
  people: [
    { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'] },
    { id: 'sergey-lavrov', name: 'Sergey Lavrov' },
  ],
  topics: [{ id: 'us-russia-dialogue', title: 'US–Russia dialogue', summary: 'Talks between Moscow and Washington.' }],
  outlets: [{ id: 'meridian-ledger', name: 'The Meridian Ledger', url: 'https://meridian-ledger.example' }],
  articles: [],
};

const TEXT = [
  'Kremlin Says Talks Are Frozen',
  'By Anna Koval',
  'Advertisement',
  'The Kremlin said on Friday that dialogue with Washington had stopped, and that the silence was dangerous.',
  '“There is no dialogue at the moment,” Dmitry Peskov told reporters.',
  'Lavrov praised a “pragmatic approach to the whole question” in a separate interview.',
].join('\n\n');

const FULL_FLAGS: ImportFlags = { title: 'Kremlin Says Talks Are Frozen', published: { year: 2023, month: 12, day: 15 }, topics: ['us-russia-dialogue'] };

const build = (text: string, flags: ImportFlags = {}, archive = ARCHIVE, format: 'text' | 'html' = 'text') =>
  buildArticleEntry(readArticle(text, format, { title: flags.title }), flags, archive, 'raw.txt');

// A reference is checked by the maintainer check and the build; here any id will do.
const schema = articleSchema(() => z.string());

describe('buildArticleEntry given every required flag', () => {
  const entry = build(TEXT, FULL_FLAGS);
  const { data, body } = readEntrySource(entry.source);

  it('writes a file that the article schema accepts as it stands', () => {
    expect(schema.safeParse(data).success).toBe(true);
  });

  it('names the file from date, outlet and title', () => {
    expect(entry.id).toBe('2023-12-15-unidentified-kremlin-says-talks-are-frozen');
    expect(entry.path).toBe('2023/2023-12-15-unidentified-kremlin-says-talks-are-frozen.mdx');
  });

  it('writes the flags as given, dates as quoted strings', () => {
    expect(data).toMatchObject({ title: 'Kremlin Says Talks Are Frozen', published: '2023-12-15', topics: ['us-russia-dialogue'] });
    expect(entry.source).toContain('published: "2023-12-15"');
  });

  it('moves the byline out of the text, and records the removed lines in the notes', () => {
    expect(data['byline']).toBe('Anna Koval');
    expect(data['notes']).toEqual(['Import removed 3 lines of site chrome: byline "By Anna Koval"; advertisement labels "Advertisement"; repeated headline (1).']);
    expect(body).not.toMatch(/Advertisement|By Anna Koval|Kremlin Says Talks Are Frozen/);
  });

  it('writes only plainly attributed quotes, verbatim from the body, and reports the others', () => {
    expect(data['quotes']).toEqual([{ text: 'There is no dialogue at the moment', speaker: 'dmitry-peskov' }]);
    expect(isQuoteInBody('There is no dialogue at the moment', body)).toBe(true);
    expect(entry.report.quoteCandidates).toEqual([{ text: 'pragmatic approach to the whole question', speaker: 'sergey-lavrov', attributed: false }]);
  });

  it('suggests people without writing them', () => {
    expect(data['people']).toEqual([]);
    expect(entry.report.todo.join('\n')).toContain('dmitry-peskov ×1 (Dmitry Peskov), sergey-lavrov ×1 (Lavrov)');
  });
});

describe('buildArticleEntry without the required flags', () => {
  const entry = build(TEXT, { published: { year: 2023, month: 12 } });
  const { data } = readEntrySource(entry.source);

  it('leaves topics empty with a comment listing suggestions, so that the check fails until they are chosen', () => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['topics']);
    expect(entry.source).toMatch(/# Required: at least one topic id from content\/topics\/\. Suggested from the text: us-russia-dialogue/);
    expect(entry.report.todo.some((item) => item.startsWith('topics (required)'))).toBe(true);
  });

  it('keeps the headline it found as the title, at the date precision given', () => {
    expect(data['title']).toBe('Kremlin Says Talks Are Frozen');
    expect(entry.id).toBe('2023-12-unidentified-kremlin-says-talks-are-frozen');
  });

  it('lists unknown optional fields as commented placeholders', () => {
    expect(entry.source).toContain('# outlet: outlet-id');
    expect(entry.source).toContain('# url: https://');
    expect(data).not.toHaveProperty('outlet');
  });

  it('writes a provisional title and titleSupplied when the source prints no headline', () => {
    const untitled = build('The Kremlin said the talks were useful. Nothing else was agreed.', { published: { year: 2025 } });
    expect(readEntrySource(untitled.source).data).toMatchObject({ title: 'The Kremlin said the talks were useful', titleSupplied: true });
    expect(untitled.report.todo[0]).toMatch(/^title: .* is provisional/);
  });

  it('refuses to name a file without a date, naming --published', () => {
    expect(() => build('Some text without any date.')).toThrow(UsageError);
    expect(() => build('Some text without any date.')).toThrow(/--published/);
  });

  it('uses a date the text prints, and asks for it to be checked', () => {
    const dated = build('date 2023-12-16 The Kremlin said the talks were useful.');
    expect(readEntrySource(dated.source).data['published']).toBe('2023-12-16');
    expect(dated.report.todo.join('\n')).toContain('published: 2023-12-16 was read from "date 2023-12-16" at the start of the text; check it');
  });
});

describe('buildArticleEntry on a saved page', () => {
  const html = readFileSync(new URL('../../cli/fixtures/import/news-site.html', import.meta.url), 'utf8');
  const entry = build(html, {}, ARCHIVE, 'html');
  const { data } = readEntrySource(entry.source);

  it('takes outlet, address, byline, date and language from the page, each to be checked', () => {
    expect(data).toMatchObject({
      outlet: 'meridian-ledger',
      url: 'https://meridian-ledger.example/world/europe/kremlin-talks-frozen-4821',
      byline: 'Anna Koval',
      published: '2023-12-15',
      language: 'en-GB',
    });
    expect(entry.id).toBe('2023-12-15-meridian-ledger-kremlin-says-talks-with-washington-are-frozen');
    expect(entry.report.todo.join('\n')).toMatch(/outlet: set to "meridian-ledger"/);
  });

  it('warns when the address or the text is already archived, naming the entry', () => {
    const text = entry.source.slice(entry.source.lastIndexOf('---') + 3);
    const archive = {
      ...ARCHIVE,
      articles: [
        { path: 'content/articles/2023/same-url.mdx', url: 'https://meridian-ledger.example/world/europe/kremlin-talks-frozen-4821/', text: 'Other.' },
        { path: 'content/articles/2023/same-text.mdx', text: getPlainText(text) },
      ],
    };
    const warnings = build(html, {}, archive, 'html').report.warnings;
    expect(warnings).toEqual([
      'the address is already archived in content/articles/2023/same-url.mdx',
      'the text nearly duplicates content/articles/2023/same-text.mdx (100% of word sequences shared)',
    ]);
  });

  it('warns about ids given that the archive does not hold', () => {
    const warnings = build(TEXT, { ...FULL_FLAGS, topics: ['no-such-topic'], outlet: 'no-such-outlet' }).report.warnings;
    expect(warnings).toEqual([
      '"no-such-topic" is not in content/topics/; the check fails until it is',
      '"no-such-outlet" is not in content/outlets/; the check fails until it is',
    ]);
  });
});

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}
const flatten = (node: HastNode): HastNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

describe.each(['hostile.txt', 'hostile.html'])('buildArticleEntry on hostile input (%s)', (name) => {
  const raw = readFileSync(new URL(`../../cli/fixtures/import/${name}`, import.meta.url), 'utf8');
  const entry = build(raw, { published: { year: 2024, month: 5, day: 6 }, topics: ['us-russia-dialogue'] }, ARCHIVE, name.endsWith('.html') ? 'html' : 'text');
  const { body } = readEntrySource(entry.source);

  it('writes no markup that runs', () => {
    expect(entry.source).not.toMatch(/<script|onerror=|onload=|onclick=/i);
    expect(body).not.toMatch(/(?<!\\)(?:\\\\)*\{|</);
    expect(body).not.toMatch(/^(import|export)\b/m);
    const { tree, components, problems } = judgeMdxBody(body, []);
    expect(problems).toEqual([]);
    const nodes = flatten(renderTree(tree!, components).hast as unknown as HastNode);
    expect(nodes.filter((node) => node.type.startsWith('mdx'))).toEqual([]);
    for (const node of nodes) if (node.tagName) expect(['p', 'h2']).toContain(node.tagName);
  });

  it('shows the characters that were text literally', () => {
    const text = getPlainText(body);
    expect(text).toContain('the template {props.secret} and the expression {1 + 1}, which must show as written.');
    expect(text).toContain('Inequalities such as 3 < 5 > 2');
    expect(text).toContain('import fs from "node:fs"');
    expect(text).toContain('export const leaked = process.env');
    expect(text).toContain('[Click here](javascript:alert(1)) is Markdown that must not become a link, nor *this* emphasis.');
  });

  it('drops template tags, tracking code and real tags but keeps the words around them', () => {
    const text = getPlainText(body);
    expect(text).not.toMatch(/\{\{|\{%|analytics|document\.write|onerror/);
    expect(text).toContain('that looks harmless');
    expect(text).toContain('The last sentence of the statement is ordinary prose about the Kremlin and the war in Ukraine.');
  });

  it('passes the article schema once its required flags are given', () => {
    expect(schema.safeParse(readEntrySource(entry.source).data).success).toBe(true);
  });
});
