import { describe, expect, it } from 'vitest';
import {
  getSourceFormat,
  parseDateFlag,
  parseId,
  parseIdList,
  parseTextFlag,
  parseUrlFlag,
  UsageError,
} from './flags.ts';

describe('parseIdList', () => {
  it('splits, trims and de-duplicates ids', () => {
    expect(parseIdList('ukraine-war, navalny,ukraine-war', '--topics')).toEqual(['ukraine-war', 'navalny']);
    expect(parseIdList(undefined, '--topics')).toBeUndefined();
  });

  it('names the flag and the value it refuses', () => {
    expect(() => parseIdList('Ukraine War', '--topics')).toThrow(new UsageError('--topics "Ukraine War" is not an id: use lower-case letters, digits and single hyphens'));
    expect(() => parseIdList(' , ', '--people')).toThrow(UsageError);
  });
});

describe('parseId', () => {
  it('accepts an id and refuses anything else', () => {
    expect(parseId('nbc-news', '--outlet')).toBe('nbc-news');
    expect(() => parseId('nbc--news', '--outlet')).toThrow('--outlet "nbc--news" is not an id');
  });
});

describe('parseDateFlag', () => {
  it('keeps the precision given', () => {
    expect(parseDateFlag('2023-12', '--published')).toEqual({ year: 2023, month: 12 });
  });

  it('names the flag and says why a date is refused', () => {
    expect(() => parseDateFlag('2023-13-45', '--published')).toThrow('--published "2023-13-45" has no month 13');
    expect(() => parseDateFlag('16/12/2023', '--published')).toThrow(UsageError);
  });
});

describe('parseUrlFlag', () => {
  it('accepts https addresses only', () => {
    expect(parseUrlFlag('https://example.com/a', '--url')).toBe('https://example.com/a');
    expect(() => parseUrlFlag('http://example.com/a', '--url')).toThrow('must be an https:// address');
    expect(() => parseUrlFlag('example', '--url')).toThrow('is not a web address');
  });
});

describe('parseTextFlag', () => {
  it('trims text and refuses an empty value', () => {
    expect(parseTextFlag('  Peskov   speaks ', '--title')).toBe('Peskov speaks');
    expect(() => parseTextFlag('  ', '--title')).toThrow('--title is empty');
  });
});

describe('getSourceFormat', () => {
  it('goes by the extension, then by the content', () => {
    expect(getSourceFormat('page.HTML', '')).toBe('html');
    expect(getSourceFormat('seed.txt', '<!doctype html>')).toBe('text');
    expect(getSourceFormat('download', '  <!DOCTYPE html><html>')).toBe('html');
    expect(getSourceFormat('download', 'Plain text')).toBe('text');
  });
});
