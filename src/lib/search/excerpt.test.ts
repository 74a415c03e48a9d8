import { describe, expect, it } from 'vitest';
import { escapeHtml, getOwnExcerpt, getResultExcerpt } from './excerpt.ts';

// A person page as Pagefind holds it: its own text, then the hidden alias block.
const PERSON = 'Volodymyr Zelensky. President of Ukraine. Other spellings. Names on this page, with their other spellings: Volodymyr Zelensky (also Zelenskyy, Selenskyj, Володимир Зеленський).';
const aliasStart = PERSON.split(' ').indexOf('Other');
const wordAt = (word: string) => PERSON.split(' ').findIndex((w) => w.startsWith(word));

describe('a result’s excerpt', () => {
  it('comes from the page’s own text, with the matched words marked, when a term matched there', () => {
    const excerpt = getOwnExcerpt({ content: PERSON, locations: [1, wordAt('Zelensky (also')], aliasStart }, 24);
    expect(excerpt).toBe('Volodymyr <mark>Zelensky.</mark> President of Ukraine.');
  });

  it('never shows the alias text, even where most matches are in it', () => {
    const locations = [1, wordAt('Selenskyj'), wordAt('Zelenskyy'), wordAt('Zelensky (also')];
    const excerpt = getResultExcerpt({ content: PERSON, locations, aliasStart }, 'President of Ukraine', 24);
    expect(excerpt).not.toMatch(/Other spellings|Names on this page|Selenskyj/);
  });

  it('falls back to the summary when the terms matched only in the alias text', () => {
    expect(getOwnExcerpt({ content: PERSON, locations: [wordAt('Selenskyj')], aliasStart }, 24)).toBeUndefined();
    expect(getResultExcerpt({ content: PERSON, locations: [wordAt('Selenskyj')], aliasStart }, 'President of Ukraine', 24)).toBe('President of Ukraine');
  });

  it('falls back to the start of the page’s own text when there is no summary', () => {
    expect(getResultExcerpt({ content: PERSON, locations: [wordAt('Selenskyj')], aliasStart }, undefined, 24)).toBe('Volodymyr Zelensky. President of Ukraine.');
  });

  it('centres a long text’s excerpt on its matches', () => {
    const content = [...Array(50).keys()].map((n) => `w${n}`).join(' ');
    expect(getOwnExcerpt({ content, locations: [30] }, 8)).toBe('w28 w29 <mark>w30</mark> w31 w32 w33 w34 w35');
  });

  it('escapes the page’s text, so nothing in it becomes markup', () => {
    expect(getOwnExcerpt({ content: 'Peskov <script>x</script>', locations: [0] }, 24)).toBe('<mark>Peskov</mark> &lt;script&gt;x&lt;/script&gt;');
    expect(escapeHtml('"a" & \'b\'')).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});
