/**
 * Quote matching. Sources differ in quotation marks, apostrophes, dashes and line breaks while
 * printing the same words, so quotes are compared on a normalized form.
 */
import { getPlainText } from './text.ts';

export interface NormalizeOptions {
  /** Compare without regard to letter case (coverage matching across outlets does). */
  ignoreCase?: boolean;
}

/**
 * The text with typographic quotes and apostrophes made straight, dashes made plain hyphens,
 * surrounding quotation marks and final punctuation dropped, and whitespace collapsed.
 * @example normalizeQuote('“It’s  too complicated.”') // "It's too complicated"
 */
export function normalizeQuote(text: string, options: NormalizeOptions = {}): string {
  const normalized = text
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Final punctuation sits inside the marks in English (“…”.) and outside in Russian («…».).
    .replace(/^["'\s]+|["'\s.,;:!?…]+$/g, '')
    .trim();
  return options.ignoreCase ? normalized.toLowerCase() : normalized;
}

/** Whether the quote's words appear in the article body, however either is typeset. */
export function isQuoteInBody(quote: string, body: string): boolean {
  const needle = normalizeQuote(quote);
  if (needle.length === 0) return false;
  return normalizeQuote(getPlainText(body)).includes(needle);
}
