/**
 * Headlines in pasted text: recognising a line that reads as one, its repeats inside the text, and
 * the short lines that head a section.
 */
import { countWords } from './chrome.ts';
import type { Block } from './escape.ts';

/**
 * A headline reduced to its letters and digits, so that repeats differing only in punctuation,
 * apostrophes or case compare equal.
 * @example normalizeHeadline('Putin’s “Plan”: a U.S. view') // "putins plan a us view"
 */
export function normalizeHeadline(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`"“”.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a line repeats the headline, alone or with a site name after a separator. */
export function isHeadlineRepeat(line: string, title: string): boolean {
  const normalizedLine = normalizeHeadline(line);
  const normalizedTitle = normalizeHeadline(title);
  if (normalizedTitle === '' || normalizedLine === normalizedTitle) return normalizedTitle !== '';
  const rest = normalizedLine.startsWith(`${normalizedTitle} `) ? normalizedLine.slice(normalizedTitle.length) : undefined;
  return rest !== undefined && countWords(rest) <= 4 && /\s[|–—-]\s/.test(line);
}

/** Whether a line reads as a headline: short, and not ending as a sentence or a clause does. */
export function isHeadlineLike(line: string, maxWords = 30): boolean {
  const words = countWords(line);
  return words >= 2 && words <= maxWords && !/[.!?…:;,]["”’)\]]*$/.test(line) && /^["“‘'(]?[\p{Lu}\p{N}]/u.test(line);
}

/**
 * Marks the short lines of pasted text that head a section as headings: a line of at most 14
 * words that does not end as a sentence, followed by a paragraph that does.
 */
export function markSubheadings(blocks: readonly Block[]): Block[] {
  return blocks.map((block, index) => {
    const next = blocks[index + 1];
    const isSubheading =
      block.kind === 'paragraph' && isHeadlineLike(block.text, 14) && next?.kind === 'paragraph' && /[.!?…]["”’)]*$/.test(next.text);
    return isSubheading ? { ...block, kind: 'heading' } : block;
  });
}
