import { describe, expect, it } from 'vitest';
import { getForeignLanguageName, getLanguageName, getPrimaryLanguage, isSameLanguage } from './language.ts';

describe('language names', () => {
  it('names a language in the interface’s language', () => {
    expect(getLanguageName('ru')).toBe('Russian');
    expect(getLanguageName('uk')).toBe('Ukrainian');
    expect(getLanguageName('en')).toBe('English');
    expect(getLanguageName('ru', 'de')).toBe('Russisch');
  });

  it('names a regional tag with its region', () => {
    expect(getLanguageName('en-GB')).toBe('British English');
  });

  it('shows a tag it cannot name as it is written', () => {
    expect(getLanguageName('qaa')).toBe('qaa');
  });

  it('names only languages other than the interface’s in listings', () => {
    expect(getForeignLanguageName('ru', 'en')).toBe('Russian');
    expect(getForeignLanguageName('en-US', 'en')).toBeUndefined();
  });
});

describe('one language', () => {
  it('compares the primary subtags, whatever the region', () => {
    expect(getPrimaryLanguage('RU-ru')).toBe('ru');
    expect(isSameLanguage('en', 'en-GB')).toBe(true);
    expect(isSameLanguage('ru', 'uk')).toBe(false);
  });
});
