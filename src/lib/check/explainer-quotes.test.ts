import { describe, expect, it } from 'vitest';
import { findUnsupportedQuotations } from './explainer-quotes.ts';

const entries: Record<string, string> = {
  a: 'Trump said it meant "what I\'m saying is right," on the war.',
  b: 'He said there is "huge damage to the whole complex of bilateral relations"\nand more.',
};
const getText = (id: string) => entries[id];

describe('findUnsupportedQuotations', () => {
  it('accepts a quotation printed, character for character, by an entry the sentence cites', () => {
    expect(findUnsupportedQuotations('Trump said it meant “what I\'m saying is right”.<Cite id="a"/>', getText)).toEqual([]);
  });

  it('refuses a curly apostrophe where the source prints a straight one', () => {
    expect(findUnsupportedQuotations('Trump said it meant “what I’m saying is right”.<Cite id="a"/>', getText)).toEqual([
      { line: 1, quotation: 'what I’m saying is right', cited: ['a'] },
    ]);
  });

  it('looks only in the entries the same sentence cites, not those of another sentence', () => {
    const body = 'He spoke of “huge damage to the whole complex of bilateral relations”.<Cite id="a"/> Then he left.<Cite id="b"/>';
    expect(findUnsupportedQuotations(body, getText).map((problem) => problem.cited)).toEqual([['a']]);
  });

  it('takes any of a run of citations, and ignores line breaks inside the source or the quotation', () => {
    const body = 'Intro.\n\nHe spoke of “huge damage to the whole\ncomplex of bilateral relations”.<Cite id="a"/><Cite id="b"/>';
    expect(findUnsupportedQuotations(body, getText)).toEqual([]);
  });

  it('names the line of the quotation, and reads «» and straight quotation marks too', () => {
    const body = 'First.<Cite id="a"/>\n\nHe said «nothing of the kind» and "no".<Cite id="b"/>';
    expect(findUnsupportedQuotations(body, getText)).toEqual([
      { line: 3, quotation: 'nothing of the kind', cited: ['b'] },
      { line: 3, quotation: 'no', cited: ['b'] },
    ]);
  });

  it('leaves a citation of an unknown entry to the citation rule', () => {
    expect(findUnsupportedQuotations('He said “anything”.<Cite id="missing"/>', getText)).toEqual([]);
  });
});
