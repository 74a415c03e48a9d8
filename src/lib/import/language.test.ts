import { describe, expect, it } from 'vitest';
import { chooseLanguage, detectLanguage, normalizeLanguageTag } from './language.ts';

const RUSSIAN = 'Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что переговоры с Вашингтоном продолжатся на рабочем уровне.';
const ENGLISH = 'Kremlin spokesman Dmitry Peskov told reporters on Saturday that the talks with Washington would continue at a working level.';

describe('detecting the language of a text', () => {
  it('tells Russian from English', () => {
    expect(detectLanguage(RUSSIAN)).toBe('ru');
    expect(detectLanguage(ENGLISH)).toBe('en');
  });

  it('says nothing about a text too short to judge', () => {
    expect(detectLanguage('Песков')).toBeUndefined();
  });
});

describe('choosing the language of an import', () => {
  it('takes --language over everything', () => {
    expect(chooseLanguage({ flag: 'RU', text: ENGLISH, page: 'en' })).toEqual({ language: 'ru', source: 'flag' });
  });

  it('takes the detected language over a page that declares another', () => {
    expect(chooseLanguage({ text: RUSSIAN, page: 'en' })).toEqual({ language: 'ru', source: 'detected' });
  });

  it('keeps the region a page declares for the detected language', () => {
    expect(chooseLanguage({ text: RUSSIAN, page: 'ru-RU' })).toEqual({ language: 'ru-RU', source: 'detected' });
  });

  it('falls back to the page’s language, then to the default, when the text is too short', () => {
    expect(chooseLanguage({ text: 'Песков', page: 'ru' })).toEqual({ language: 'ru', source: 'page' });
    expect(chooseLanguage({ text: 'Песков' })).toEqual({ language: 'en', source: 'default' });
  });

  it('ignores a declared language that is not a BCP 47 tag', () => {
    expect(normalizeLanguageTag('Russian!')).toBeUndefined();
    expect(normalizeLanguageTag('pt_BR')).toBe('pt-BR');
  });
});
