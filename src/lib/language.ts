/**
 * Languages, by their BCP 47 tags: the name a reader sees ("Russian") and when two texts are in
 * one language. An entry's `language` marks its text (`lang="ru"`); the interface around it keeps
 * the site's language, and names the text's language in that language.
 */

/**
 * The name of a language in the interface's language, by the platform's own data (Intl); the tag
 * itself when it names no language the platform knows.
 * @example getLanguageName('ru') // "Russian"
 * @example getLanguageName('pt-BR') // "Brazilian Portuguese"
 */
export function getLanguageName(tag: string, interfaceLanguage = 'en'): string {
  const key = `${interfaceLanguage}\0${tag}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([interfaceLanguage], { type: 'language', fallback: 'none' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    languageNames.set(key, name);
  }
  return name;
}

// Every article is named in its language, and making the platform's name took a fifth of a
// millisecond each time: 0.2 s of each reading of a 5,000-entry archive. An archive has few languages.
const languageNames = new Map<string, string>();

/**
 * The primary language subtag, lower-cased: what decides whether two texts are in one language.
 * @example getPrimaryLanguage('en-GB') // "en"
 */
export function getPrimaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/**
 * Whether two tags name one language, whatever their region or script ("en" and "en-GB").
 * @example isSameLanguage('ru', 'ru-RU') // true
 */
export function isSameLanguage(a: string, b: string): boolean {
  return getPrimaryLanguage(a) === getPrimaryLanguage(b);
}

/**
 * The language name a listing shows beside an entry: none for the interface's own language,
 * which would be noise on every line, and the name for any other.
 * @example getForeignLanguageName('ru', 'en') // "Russian"
 * @example getForeignLanguageName('en-GB', 'en') // undefined
 */
export function getForeignLanguageName(tag: string, interfaceLanguage: string): string | undefined {
  return isSameLanguage(tag, interfaceLanguage) ? undefined : getLanguageName(tag, interfaceLanguage);
}
