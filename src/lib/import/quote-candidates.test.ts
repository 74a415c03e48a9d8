import { describe, expect, it } from 'vitest';
import { extractQuoteCandidates } from './quote-candidates.ts';
import type { PersonNames } from './suggestions.ts';

const PEOPLE: PersonNames[] = [
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'] },
  { id: 'vladimir-putin', name: 'Vladimir Putin' },
  { id: 'donald-trump', name: 'Donald Trump' },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov' },
];

describe('extractQuoteCandidates', () => {
  it('attributes a quote followed by "Name said"', () => {
    expect(extractQuoteCandidates(['“His slogan is common sense, and that is all,” Lavrov said.'], PEOPLE)).toEqual([
      { text: 'His slogan is common sense, and that is all', speaker: 'sergey-lavrov', attributed: true },
    ]);
  });

  it('attributes a quote followed by a description and the name, then a verb', () => {
    const paragraph = '“The new administration is changing everything,” the Kremlin spokesperson, Dmitri Peskov, told a reporter.';
    expect(extractQuoteCandidates([paragraph], PEOPLE)[0]).toMatchObject({ speaker: 'dmitry-peskov', attributed: true });
  });

  it('attributes a quote introduced by the name and a verb of speech, even across a sentence', () => {
    const paragraph = '"You have to understand this," Peskov was quoted as saying. He added, "You are making this conflict longer."';
    expect(extractQuoteCandidates([paragraph], PEOPLE)).toEqual([
      { text: 'You have to understand this', speaker: 'dmitry-peskov', attributed: true },
      { text: 'You are making this conflict longer.', speaker: 'dmitry-peskov', attributed: true },
    ]);
  });

  it('does not attribute when another person is named between the speaker and the quote', () => {
    const paragraph = 'Peskov was quoted as saying that Putin would work with "anyone who will understand our concerns."';
    expect(extractQuoteCandidates([paragraph], PEOPLE)).toEqual([
      { text: 'anyone who will understand our concerns.', speaker: 'dmitry-peskov', attributed: false },
    ]);
  });

  it('never takes a possessive for the speaker', () => {
    const paragraph = 'Trump had appreciated Putin’s praise and said it meant "what I am saying is right," referring to the war.';
    const [candidate] = extractQuoteCandidates([paragraph], PEOPLE);
    expect(candidate).toMatchObject({ speaker: 'donald-trump', attributed: false });
  });

  it('ignores names inside the quotation marks', () => {
    const paragraph = '“If the will of President Putin and President Trump holds, this path can be quick,” he continued.';
    expect(extractQuoteCandidates([paragraph], PEOPLE)).toEqual([{ text: 'If the will of President Putin and President Trump holds, this path can be quick', attributed: false }]);
  });

  it('suggests the last person named in an earlier paragraph for an unattributed quote', () => {
    const candidates = extractQuoteCandidates(['Peskov added that a vote had been unimaginable.', '“There is a long way to go,” he continued.'], PEOPLE);
    expect(candidates).toEqual([{ text: 'There is a long way to go', speaker: 'dmitry-peskov', attributed: false }]);
  });

  it('skips scare quotes and accepts mismatched quotation marks', () => {
    const paragraph = 'Putin was "happy" to see the “special military operation" continue, Peskov said.';
    expect(extractQuoteCandidates([paragraph], PEOPLE).map((candidate) => candidate.text)).toEqual(['special military operation']);
  });

  it('leaves a quote with nobody named without a speaker', () => {
    expect(extractQuoteCandidates(['CNN reported the leaders are “on the same wavelength.”'], PEOPLE)).toEqual([
      { text: 'on the same wavelength.', attributed: false },
    ]);
  });
});
