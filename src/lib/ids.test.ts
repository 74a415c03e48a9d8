import { describe, expect, it } from 'vitest';
import { findArticleIdProblems, getArticleId, getArticlePath, getEntryIdFromPath, slugify } from './ids.ts';

describe('slugify', () => {
  it('lower-cases, drops apostrophes and accents, and joins words with hyphens', () => {
    expect(slugify('Putin’s “constructive” U.S. president')).toBe('putins-constructive-us-president');
    expect(slugify('Zelenskyy in Kraków — again!')).toBe('zelenskyy-in-krakow-again');
  });

  it('transliterates Cyrillic into readable Latin words, never an empty slug', () => {
    expect(slugify('Песков заявил')).toBe('peskov-zayavil');
    expect(slugify('Кремль: «Это вопрос будущего»')).toBe('kreml-eto-vopros-buduschego');
    expect(slugify('Зеленский и Шойгу')).toBe('zelenskiy-i-shoygu');
  });

  it('keeps Latin letters as they were, Cyrillic beside them transliterated', () => {
    expect(slugify('Peskov в Москве')).toBe('peskov-v-moskve');
  });

  it('keeps at most eight words', () => {
    expect(slugify('one two three four five six seven eight nine ten')).toBe('one-two-three-four-five-six-seven-eight');
  });
});

describe('article ids', () => {
  it('puts the date at its own precision, then the outlet, then the title slug', () => {
    expect(getArticleId({ year: 2023, month: 12, day: 16 }, 'nbc-news', 'Peskov speaks')).toBe('2023-12-16-nbc-news-peskov-speaks');
    expect(getArticleId({ year: 2025 }, undefined, 'Kremlin welcomes shift')).toBe('2025-unidentified-kremlin-welcomes-shift');
  });

  it('makes the id of a Russian headline from its transliteration', () => {
    expect(getArticleId({ year: 2023, month: 12, day: 16 }, 'tass', 'Песков заявил')).toBe('2023-12-16-tass-peskov-zayavil');
  });

  it('gives a title with no letter in any script the slug "article", never an empty one', () => {
    expect(getArticleId({ year: 2024 }, 'tass', '«…» — !')).toBe('2024-tass-article');
  });

  it('files an article under its year', () => {
    expect(getArticlePath('2023-12-16-nbc-news-peskov-speaks')).toBe('2023/2023-12-16-nbc-news-peskov-speaks.mdx');
  });

  it('takes the id from the file name, without folder or extension', () => {
    expect(getEntryIdFromPath('2023/2023-12-16-x.mdx')).toBe('2023-12-16-x');
    expect(getEntryIdFromPath('dmitry-peskov.yaml')).toBe('dmitry-peskov');
  });

  it('accepts an id that matches its date, outlet and folder', () => {
    expect(findArticleIdProblems('2023/2023-12-16-unidentified-x.mdx', { year: 2023, month: 12, day: 16 }, undefined)).toEqual([]);
  });

  it('accepts a long slug: the word limit applies to generated slugs, not to ids', () => {
    const path = '2023/2023-12-16-unidentified-peskov-says-putin-wants-constructive-us-president-again.mdx';
    expect(findArticleIdProblems(path, { year: 2023, month: 12, day: 16 }, undefined)).toEqual([]);
  });

  it('names a slug with capitals or doubled hyphens', () => {
    expect(findArticleIdProblems('2025/2025-unidentified-Bad--slug.mdx', { year: 2025 }, undefined)).toEqual([
      'id "2025-unidentified-Bad--slug" must be lower-case Latin letters, digits and single hyphens',
    ]);
  });

  it('names a Cyrillic file name and the transliterated id it expects', () => {
    const published = { year: 2023, month: 12, day: 16 };
    expect(findArticleIdProblems('2023/2023-12-16-tass-песков-заявил.mdx', published, 'tass', 'Песков заявил')).toEqual([
      'id "2023-12-16-tass-песков-заявил" must be lower-case Latin letters, digits and single hyphens; from its title it would be "2023-12-16-tass-peskov-zayavil"',
    ]);
  });

  it('names the id it expects when the slug is missing', () => {
    expect(findArticleIdProblems('2023/2023-12-16-tass-.mdx', { year: 2023, month: 12, day: 16 }, 'tass', 'Песков заявил')).toEqual([
      'id "2023-12-16-tass-" must start with "2023-12-16-tass-" (date at its precision, then the outlet) and end with a slug; from its title it would be "2023-12-16-tass-peskov-zayavil"',
    ]);
  });

  it('names an id whose date is more precise than the date field', () => {
    expect(findArticleIdProblems('2023/2023-12-16-unidentified-x.mdx', { year: 2023, month: 12 }, undefined)).toEqual([
      'id "2023-12-16-unidentified-x" must start with "2023-12-unidentified-" (date at its precision, then the outlet) and end with a slug',
    ]);
  });

  it('names a file in the wrong year folder', () => {
    expect(findArticleIdProblems('2024/2023-unidentified-x.mdx', { year: 2023 }, undefined)).toEqual([
      'file must be in the folder "2023/", the year it was published',
    ]);
  });
});
