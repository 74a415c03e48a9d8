/**
 * Quotations in explainers are character for character: each “quoted” passage in a sentence must
 * appear, exactly as written, in one of the entries that sentence cites. A sentence here is the
 * text a run of `<Cite id="..."/>` closes, the way explainers attach their citations.
 */
import { getPlainText } from '../text.ts';

/** A quotation the sentence's cited entries do not print. */
export interface UnsupportedQuotation {
  /** Line of the quotation within the body, 1-based. */
  line: number;
  quotation: string;
  cited: string[];
}

// Quotation marks an explainer may use around quoted words. Single quotes are left out: in
// English text they cannot be told from apostrophes.
const QUOTATION = /“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]|"([^"\n]+)"/g;
const CITE_RUN = /(?:\s*<Cite\s+id="([^"]*)"\s*\/>)+/g;
const CITE_ID = /<Cite\s+id="([^"]*)"\s*\/>/g;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every quotation in the body that none of its sentence's cited entries contains verbatim
 * (whitespace aside). `getEntryText` returns a cited entry's body, or undefined for an unknown id,
 * which the citation rule reports on its own.
 * @example findUnsupportedQuotations('He said “no”.<Cite id="a"/>', () => 'He said yes.') // [{ line: 1, quotation: 'no', cited: ['a'] }]
 */
export function findUnsupportedQuotations(body: string, getEntryText: (id: string) => string | undefined): UnsupportedQuotation[] {
  const found: UnsupportedQuotation[] = [];
  let sentenceStart = 0;
  for (const run of body.matchAll(CITE_RUN)) {
    const cited = [...run[0].matchAll(CITE_ID)].map((match) => match[1] ?? '');
    const texts = cited.flatMap((id) => getEntryText(id) ?? []).map((text) => collapse(getPlainText(text)));
    const sentence = body.slice(sentenceStart, run.index);
    for (const quote of sentence.matchAll(QUOTATION)) {
      const quotation = collapse(quote.slice(1).find((group) => group !== undefined) ?? '');
      if (texts.length === cited.length && !texts.some((text) => text.includes(quotation))) {
        const offset = sentenceStart + (quote.index ?? 0);
        found.push({ line: body.slice(0, offset).split('\n').length, quotation, cited });
      }
    }
    sentenceStart = (run.index ?? 0) + run[0].length;
  }
  return found;
}
