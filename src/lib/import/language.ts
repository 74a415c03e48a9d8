/**
 * The language of an imported text, which decides the rules the importer applies to it and the
 * entry's `language`. The maintainer's `--language` wins; else a maintained detector (tinyld's
 * light model, which loads fast) reads the text; else the page's own `<html lang>`; else the
 * site's default. A detector can be wrong on a short text, so it answers only when the text is
 * long enough and it is sure.
 */
import { detectAll } from 'tinyld/light';

/** Where the language came from, for the maintainer's report. */
export type LanguageSource = 'flag' | 'detected' | 'page' | 'default';

export interface ChosenLanguage {
  /** A BCP 47 tag, primary subtag lower-cased: "ru", "en", "pt-BR". */
  language: string;
  source: LanguageSource;
}

/** Letters a text needs before the detector's answer is trusted. */
const MIN_LETTERS = 40;
/** How sure the detector must be. */
const MIN_ACCURACY = 0.5;
const BCP47 = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The language of a text as ISO 639-1, or undefined when it is too short or the detector unsure.
 * @example detectLanguage('Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что переговоры продолжатся.') // "ru"
 */
export function detectLanguage(text: string): string | undefined {
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return undefined;
  const [best] = detectAll(text);
  return best && best.accuracy >= MIN_ACCURACY ? best.lang : undefined;
}

/**
 * A tag as the schema takes it (the primary subtag lower-cased, the rest as written), or undefined
 * when it is not a BCP 47 tag at all.
 * @example normalizeLanguageTag('RU') // "ru"
 * @example normalizeLanguageTag('pt-BR') // "pt-BR"
 */
export function normalizeLanguageTag(tag: string | undefined): string | undefined {
  const [primary = '', ...rest] = (tag ?? '').trim().replace(/_/g, '-').split('-');
  const normalized = [primary.toLowerCase(), ...rest].join('-');
  return BCP47.test(normalized) ? normalized : undefined;
}

/**
 * Chooses the language of an imported text.
 * @example chooseLanguage({ text: 'Песков заявил...', page: 'en' }) // { language: 'ru', source: 'detected' } for a long enough text
 */
export function chooseLanguage(input: { flag?: string | undefined; text: string; page?: string | undefined; fallback?: string }): ChosenLanguage {
  const flag = normalizeLanguageTag(input.flag);
  if (flag) return { language: flag, source: 'flag' };
  const page = normalizeLanguageTag(input.page);
  const detected = detectLanguage(input.text);
  // A page that declares a regional tag of the detected language ("ru-RU") keeps its region.
  if (detected) return { language: page?.split('-')[0] === detected ? page : detected, source: 'detected' };
  if (page) return { language: page, source: 'page' };
  return { language: input.fallback ?? 'en', source: 'default' };
}
