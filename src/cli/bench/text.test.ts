import { describe, expect, it } from 'vitest';
import { capitalize, createRandom, LOREM_WORDS, makeParagraph, makeSentence } from './text.ts';

describe('createRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws whole numbers within both bounds, reaching each of them', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 200 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow('cannot pick from an empty list');
  });
});

describe('filler text', () => {
  it('writes capitalized sentences of Lorem ipsum words, ending with a period', () => {
    const sentence = makeSentence(createRandom(3));
    expect(sentence).toMatch(/^[A-Z][a-z]*( [a-z]+){5,17}\.$/);
    for (const word of sentence.toLowerCase().replace(/\.$/, '').split(' ')) expect(LOREM_WORDS).toContain(word);
  });

  it('writes paragraphs of two to five sentences', () => {
    const random = createRandom(4);
    for (let i = 0; i < 20; i++) expect(makeParagraph(random).match(/\./g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('capitalizes the first letter only', () => {
    expect(capitalize('lorem ipsum')).toBe('Lorem ipsum');
  });
});
