import { describe, expect, it } from 'vitest';
import { createLineLocator, decodeCharacterReferences, findClosingBrace, getLineEnd, readLinkResource, readTag } from './mdx-syntax.ts';

describe('readTag', () => {
  it('reads a self-closing tag with quoted values as well-formed', () => {
    expect(readTag('<Cite id="x" note=\'y\' />', 0)).toEqual({ name: 'Cite', closing: false, wellFormed: true, attributes: { id: 'x', note: 'y' }, end: 24 });
  });

  it('reads a tag with children, an expression or an unquoted value as not well-formed, up to its end', () => {
    expect(readTag('<b>x</b>', 0)).toMatchObject({ name: 'b', wellFormed: false, end: 3 });
    expect(readTag('<Cite id={x} />', 0)).toMatchObject({ wellFormed: false, end: 15 });
    expect(readTag('<img src=x onerror=alert(1)> after', 0)).toMatchObject({ name: 'img', wellFormed: false, end: 28 });
  });

  it('reads closing tags and fragments', () => {
    expect(readTag('</script>', 0)).toMatchObject({ name: 'script', closing: true, end: 9 });
    expect(readTag('<>', 0)).toMatchObject({ name: '', closing: false, end: 2 });
  });

  it('finds no tag where no name follows the "<"', () => {
    expect(readTag('a <3', 2)).toBeUndefined();
    expect(readTag('a <= b', 2)).toBeUndefined();
  });
});

describe('findClosingBrace', () => {
  it('counts nested braces', () => {
    expect(findClosingBrace('a {b {c}} d', 2)).toBe(9);
    expect(findClosingBrace('a {b', 2)).toBeUndefined();
  });
});

describe('readLinkResource', () => {
  it('reads a destination with balanced parentheses and an optional title', () => {
    expect(readLinkResource('[a](https://x.org "T") b', 3)).toEqual({ destination: 'https://x.org', end: 22 });
    expect(readLinkResource('(/a_(b)_c)', 0)).toEqual({ destination: '/a_(b)_c', end: 10 });
    expect(readLinkResource("(<a b> 'T')", 0)).toEqual({ destination: 'a b', end: 11 });
  });

  it('takes backticks in the destination literally', () => {
    expect(readLinkResource('(`x) {y} `', 0)).toEqual({ destination: '`x', end: 4 });
  });

  it('finds no resource when it is not closed before the limit', () => {
    expect(readLinkResource('(x "T" y)', 0)).toBeUndefined();
    expect(readLinkResource('(x', 0)).toBeUndefined();
    expect(readLinkResource('(x(y )', 0)).toBeUndefined();
    expect(readLinkResource('(x "a\nb")', 0, 6)).toBeUndefined();
  });
});

describe('line helpers', () => {
  it('finds the end of the current line', () => {
    expect(getLineEnd('ab\ncd', 0)).toBe(2);
    expect(getLineEnd('ab\ncd', 3)).toBe(5);
  });

  it('gives the 1-based line of an offset', () => {
    const lineAt = createLineLocator('a\nbc\n\nd');
    expect([0, 1, 2, 4, 5, 6].map(lineAt)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});

describe('decodeCharacterReferences', () => {
  it('resolves numeric references and those that can spell a scheme', () => {
    expect(decodeCharacterReferences('&#106;ava&#x73;cript&colon;')).toBe('javascript:');
    expect(decodeCharacterReferences('&amp; &#99999999;')).toBe('&amp; &#99999999;');
  });
});
