import { describe, expect, it } from 'vitest';
import type { Block } from './escape.ts';
import { isHeadlineLike, isHeadlineRepeat, markSubheadings, normalizeHeadline } from './headline.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
const PROSE = 'The Kremlin spokesman said on Friday that talks would continue next week in Geneva.';

describe('normalizeHeadline and isHeadlineRepeat', () => {
  it('compares headlines without punctuation, apostrophes or case', () => {
    expect(normalizeHeadline('Putin’s “Plan”: a U.S. view')).toBe('putins plan a us view');
    expect(isHeadlineRepeat('Top Aide Reveals Putins Preference', 'Top Aide Reveals Putin’s Preference')).toBe(true);
  });

  it('takes a headline followed by a site name for a repeat, but not a sentence starting with it', () => {
    expect(isHeadlineRepeat('Peskov speaks | Example News', 'Peskov speaks')).toBe(true);
    expect(isHeadlineRepeat('Peskov speaks to reporters about the war in Ukraine.', 'Peskov speaks')).toBe(false);
  });
});

describe('isHeadlineLike', () => {
  it('accepts short lines that do not end as sentences', () => {
    expect(isHeadlineLike('Putin Seeks Constructive Relationship with US, Urges Dialogue – Kremlin Official')).toBe(true);
    expect(isHeadlineLike(PROSE)).toBe(false);
    expect(isHeadlineLike('and then')).toBe(false);
  });
});

describe('markSubheadings', () => {
  it('turns a short line heading a paragraph into a heading', () => {
    const blocks = markSubheadings(paragraphs('The Alaska Summit', PROSE, 'Short line', 'Another short line'));
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });
});
