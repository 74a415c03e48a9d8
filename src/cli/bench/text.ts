/**
 * Deterministic filler for the benchmark archive: a seeded pseudo-random source and Lorem-ipsum
 * words, so that two runs with the same seed build byte-identical archives and their timings
 * compare. The text is plainly synthetic on purpose: no realistic news, no real quotes.
 */

/** A seeded pseudo-random source; the same seed gives the same sequence on every machine. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * A pseudo-random source (mulberry32: small, fast, good enough for filler; not for secrets).
 * @example createRandom(1).int(1, 6) // the same number on every run
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p: number): boolean => next() < p,
  };
}

/** The filler vocabulary: classic Lorem ipsum, which no reader mistakes for a report. */
export const LOREM_WORDS = [
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do',
  'eiusmod', 'tempor', 'incididunt', 'ut', 'labore', 'et', 'dolore', 'magna', 'aliqua', 'enim',
  'ad', 'minim', 'veniam', 'quis', 'nostrud', 'exercitation', 'ullamco', 'laboris', 'nisi',
  'aliquip', 'ex', 'ea', 'commodo', 'consequat', 'duis', 'aute', 'irure', 'in', 'reprehenderit',
  'voluptate', 'velit', 'esse', 'cillum', 'fugiat', 'nulla', 'pariatur', 'excepteur', 'sint',
  'occaecat', 'cupidatat', 'non', 'proident', 'sunt', 'culpa', 'qui', 'officia', 'deserunt',
  'mollit', 'anim', 'id', 'est', 'laborum',
] as const;

/**
 * The word with its first letter in upper case.
 * @example capitalize('lorem ipsum') // "Lorem ipsum"
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `count` filler words, lower case, joined by spaces. */
export function makeWords(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.pick(LOREM_WORDS)).join(' ');
}

/** A capitalized filler sentence of `min` to `max` words, without its final period. */
export function makeClause(random: Random, min: number, max: number): string {
  return capitalize(makeWords(random, random.int(min, max)));
}

/** A filler sentence of 6 to 18 words, with its period. */
export function makeSentence(random: Random): string {
  return `${makeClause(random, 6, 18)}.`;
}

/** A filler paragraph of two to five sentences. */
export function makeParagraph(random: Random): string {
  return Array.from({ length: random.int(2, 5) }, () => makeSentence(random)).join(' ');
}
