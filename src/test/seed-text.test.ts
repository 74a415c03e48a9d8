import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDist } from './site-files.ts';

// The seed pages' text as the MDX compiler rendered it (satteri, through @astrojs/mdx), taken from
// the real build before entries were parsed and rendered by the content loader instead. Each
// article's text and each topic's explainer must read the same, quotes and citations included.
// Both sides are serialized by linkedom, so only the markup's spelling (&quot; or ") may differ.
const SNAPSHOT = JSON.parse(readFileSync(new URL('./fixtures/seed-text.json', import.meta.url), 'utf8')) as Record<string, { text: string; html: string }>;
const SELECTORS: Record<string, string> = { articles: '.article-text', topics: '.explainer' };

function readSection(page: string): { text: string; html: string } {
  const { document } = parseHTML(readDist(`${page}/index.html`));
  const section = document.querySelector(SELECTORS[page.split('/')[0]!]!)!;
  // The search metadata the page adds is not the entry's text.
  section.querySelector('.search-meta')?.remove();
  return { text: (section.textContent ?? '').replace(/\s+/g, ' ').trim(), html: section.innerHTML };
}

describe('the seed pages', () => {
  it.each(Object.keys(SNAPSHOT))('render %s exactly as before', (page) => {
    const reparse = (html: string) => parseHTML(`<section>${html}</section>`).document.querySelector('section')!.innerHTML;
    const now = readSection(page);
    expect(now.text).toBe(SNAPSHOT[page]!.text);
    expect(reparse(now.html)).toBe(reparse(SNAPSHOT[page]!.html));
  });
});
