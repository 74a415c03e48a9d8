import { describe, expect, it } from 'vitest';
import type { Block } from './escape.ts';
import { cleanArticle, splitPlainText } from './cleanup.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
const texts = (blocks: readonly Block[]) => blocks.map((block) => block.text);

const PROSE_1 = 'The Kremlin spokesman said on Friday that talks would continue next week in Geneva.';
const PROSE_2 = 'He added that no date had been set for a meeting between the two presidents.';

describe('splitPlainText', () => {
  it('makes one paragraph of each non-empty line, whatever the line endings', () => {
    expect(texts(splitPlainText('\uFEFFOne\r\n\r\n  Two  \nThree'))).toEqual(['One', 'Two', 'Three']);
  });
});

describe('cleanArticle', () => {
  it('removes chrome lines and records each with its kind', () => {
    const result = cleanArticle(paragraphs('Menu', 'Advertisement', PROSE_1, 'Share this article', PROSE_2, '© 2024 Example'));
    expect(texts(result.blocks)).toEqual([PROSE_1, PROSE_2]);
    expect(result.removed.map((item) => item.kind)).toEqual(['navigation', 'advertisement', 'share', 'copyright']);
  });

  it('moves a byline into the byline and a dateline into the date', () => {
    const result = cleanArticle(paragraphs('By Jane Roe', 'Published: 16 December 2023', PROSE_1));
    expect(result.byline).toBe('Jane Roe');
    expect(result.published?.date).toEqual({ year: 2023, month: 12, day: 16 });
  });

  it('takes a leading date label for the date and keeps the text after it', () => {
    const result = cleanArticle(paragraphs(`date 2023-12-16 ${PROSE_1} {{^adFree}} {{/adFree}}`));
    expect(texts(result.blocks)).toEqual([PROSE_1]);
    expect(result.published?.date).toEqual({ year: 2023, month: 12, day: 16 });
    expect(result.removed.map((item) => item.kind)).toEqual(['template', 'template', 'metadata']);
  });

  it('removes the links listed under a "Related" header, up to the next paragraph', () => {
    const result = cleanArticle(paragraphs(PROSE_1, 'Most read', 'Kremlin rejects talks', 'Is the war ending?', PROSE_2));
    expect(texts(result.blocks)).toEqual([PROSE_1, PROSE_2]);
    expect(result.removed.map((item) => item.kind)).toEqual(['related', 'related', 'related']);
  });

  it('removes a script element spanning several lines, and the stray lines of a pasted snippet', () => {
    const result = cleanArticle(paragraphs(PROSE_1, '<script>', 'var a = 1', '</script>', '!function(f){', 'Kyiv', '}(window);', PROSE_2));
    expect(texts(result.blocks)).toEqual([PROSE_1, 'Kyiv', PROSE_2]);
    expect(result.removed.filter((item) => item.kind === 'script')).toHaveLength(5);
  });

  it('takes a headline-like first line for the title and removes its repeats', () => {
    const result = cleanArticle(
      paragraphs('Kremlin’s Aide Speaks', PROSE_1, 'Kremlins Aide Speaks', PROSE_2, 'Kremlin’s aide speaks!'),
      { detectTitle: true },
    );
    expect(result.title).toBe('Kremlin’s Aide Speaks');
    expect(texts(result.blocks)).toEqual([PROSE_1, PROSE_2]);
    expect(result.removed.map((item) => item.kind)).toEqual(['headline', 'headline']);
  });

  it('takes the short lines above the headline for a menu', () => {
    const result = cleanArticle(paragraphs('World', 'Europe', 'Live TV', 'Kremlin Rejects Ceasefire Plan', PROSE_1), { detectTitle: true });
    expect(result.title).toBe('Kremlin Rejects Ceasefire Plan');
    expect(result.removed.map((item) => [item.kind, item.text])).toEqual([
      ['navigation', 'World'],
      ['navigation', 'Europe'],
      ['navigation', 'Live TV'],
    ]);
  });

  it('keeps a short headline directly above the prose', () => {
    const result = cleanArticle(paragraphs('Europe', 'Peskov Speaks', PROSE_1), { detectTitle: true });
    expect(result.title).toBe('Peskov Speaks');
    expect(texts(result.blocks)).toEqual([PROSE_1]);
  });

  it('does not take prose for a title', () => {
    expect(cleanArticle(paragraphs(PROSE_1, PROSE_2), { detectTitle: true }).title).toBeUndefined();
  });

  it('removes repeats of a title it was given', () => {
    const result = cleanArticle(paragraphs('Peskov speaks', PROSE_1), { title: 'Peskov Speaks' });
    expect(texts(result.blocks)).toEqual([PROSE_1]);
  });
});

describe('cleanArticle on what a page sets apart', () => {
  it('keeps a short subheading at the top: a heading is no menu', () => {
    const blocks: Block[] = [{ kind: 'heading', text: 'Highlights' }, ...paragraphs(PROSE_1)];
    expect(cleanArticle(blocks, { keepTags: true }).blocks).toEqual(blocks);
  });

  it('keeps a short line that introduces what follows', () => {
    expect(texts(cleanArticle(paragraphs("'GMA' Cookie Search:", PROSE_1)).blocks)).toEqual(["'GMA' Cookie Search:", PROSE_1]);
  });

  it('never reads a table or a code block as chrome, whatever they hold', () => {
    const table: Block = { kind: 'table', rows: [['Home', 'News'], ['Share', 'Menu']], text: 'Home News Share Menu' };
    const code: Block = { kind: 'code', text: "fbq('track', 'PageView');\n}" };
    const blocks: Block[] = [table, ...paragraphs(PROSE_1), code, ...paragraphs('Peskov Speaks', PROSE_2)];
    const result = cleanArticle(blocks, { title: 'Peskov Speaks', keepTags: true });
    expect(result.blocks).toEqual([table, ...paragraphs(PROSE_1), code, ...paragraphs(PROSE_2)]);
    expect(result.removed).toEqual([{ kind: 'headline', text: 'Peskov Speaks' }]);
  });

  it('keeps an address and a pasted table, header row included, that the menu rule once took', () => {
    const lines = [PROSE_1, 'See https://www.kremlin.ru/events/president/news/73585', 'Region | Votes | Share', 'North | 1,204 | 51%', PROSE_2];
    expect(texts(cleanArticle(paragraphs(...lines)).blocks)).toEqual(lines);
  });

  it('still takes a menu bar above prose for a menu', () => {
    expect(texts(cleanArticle(paragraphs(PROSE_1, 'News | Politics | Business', PROSE_2)).blocks)).toEqual([PROSE_1, PROSE_2]);
  });
});
