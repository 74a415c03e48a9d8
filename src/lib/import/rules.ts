/**
 * The importer's rules per language. The general rules (import/chrome.ts, import/dates.ts,
 * import/quote-candidates.ts) are written for English and apply to every text, since menus, share bars and
 * ISO dates look alike everywhere; a language adds its own chrome, printed dates and quotation
 * habits here. A new language is a folder beside `ru/` and one entry in RULES.
 */
import type { PartialDate } from '../dates.ts';
import type { ChromeKind } from './chrome.ts';
import { parseDateLine, parseDateText, type DateLine } from './dates.ts';
import { extractQuoteCandidates, type QuoteCandidate } from './quote-candidates.ts';
import type { PersonNames } from './suggestions.ts';
import { classifyRussianChromeLine, getRussianBylineName } from './ru/chrome.ts';
import { parseRussianDateLine, parseRussianDateText } from './ru/dates.ts';
import { extractRussianQuoteCandidates } from './ru/quotes.ts';

/** What a language adds to, or puts in place of, the general rules. */
export interface LanguageRules {
  /** Chrome the general rules do not know, judged on the line alone. */
  classifyChromeLine(line: string): ChromeKind | undefined;
  /** The author a byline line of this language names. */
  getBylineName(line: string): string | undefined;
  /** A line that only states a date, as this language prints it. */
  parseDateLine(line: string): DateLine | undefined;
  /** The first date a text prints. */
  parseDateText(text: string): PartialDate | undefined;
  /** Quoted words and their speakers. */
  extractQuoteCandidates(paragraphs: readonly string[], people: readonly PersonNames[]): QuoteCandidate[];
}

const GENERAL: LanguageRules = {
  classifyChromeLine: () => undefined,
  getBylineName: () => undefined,
  parseDateLine,
  parseDateText,
  extractQuoteCandidates: (paragraphs, people) => extractQuoteCandidates(paragraphs, people),
};

const RULES: Record<string, LanguageRules> = {
  ru: {
    classifyChromeLine: classifyRussianChromeLine,
    getBylineName: getRussianBylineName,
    parseDateLine: (line) => parseDateLine(line) ?? parseRussianDateLine(line),
    parseDateText: parseRussianDateText,
    extractQuoteCandidates: (paragraphs, people) => extractRussianQuoteCandidates(paragraphs, people),
  },
};

/**
 * The rules for a text in a language (by its primary subtag): English and any language without
 * rules of its own get the general ones.
 * @example getLanguageRules('ru-RU') === getLanguageRules('ru') // true
 */
export function getLanguageRules(language: string): LanguageRules {
  return RULES[(language.split('-')[0] ?? '').toLowerCase()] ?? GENERAL;
}
