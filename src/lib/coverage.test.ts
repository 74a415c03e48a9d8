import { describe, expect, it } from 'vitest';
import { compareCoverage, isSameStatement } from './coverage.ts';

const nbc = {
  id: 'nbc',
  quotes: [
    { text: 'You are making this conflict longer.', speakerId: 'peskov' },
    { text: 'too complicated', speakerId: 'peskov' },
    { text: 'happy', speakerId: 'putin' },
  ],
  bodyText: 'He said "You are making this conflict longer." It is "too complicated". Putin was "happy".',
};
const wire = {
  id: 'wire',
  quotes: [{ text: '“you are  making this conflict LONGER”', speakerId: 'peskov' }],
  bodyText: 'Peskov: “you are making this conflict longer”. He was happy to talk.',
};
const blog = {
  id: 'blog',
  quotes: [],
  bodyText: 'The matter is too complicated, Peskov said, according to reports.',
};

describe('compareCoverage', () => {
  const coverage = compareCoverage([nbc, wire, blog]);

  it('matches a quote across reports despite quotation marks, case and spacing', () => {
    expect(coverage.rows[0]).toMatchObject({ text: 'You are making this conflict longer.', cells: ['quoted', 'quoted', 'absent'], carriedBy: 2 });
  });

  it('counts words found in another report’s text as carried there, though not listed as a quote', () => {
    expect(coverage.rows.find((row) => row.text === 'too complicated')?.cells).toEqual(['quoted', 'absent', 'in-text']);
  });

  it('flags a statement only one report carried', () => {
    const happy = coverage.rows.find((row) => row.text === 'happy');
    expect(happy).toMatchObject({ carriedBy: 1, onlyIn: 'nbc' });
    // "happy" is too short to recognise inside other text: the wire's "happy to talk" is not a quote.
    expect(happy?.cells).toEqual(['quoted', 'absent', 'absent']);
  });

  it('orders rows by how many reports carry them, then by first appearance', () => {
    expect(coverage.rows.map((row) => row.text)).toEqual(['You are making this conflict longer.', 'too complicated', 'happy']);
  });

  it('keeps the columns in the order given and sums up the table', () => {
    expect(coverage.columns).toEqual(['nbc', 'wire', 'blog']);
    expect(coverage.sharedByAll).toBe(0);
    expect(coverage.inOneOnly).toBe(1);
  });

  it('merges a distinctive quote printed inside a longer one into one statement', () => {
    const shorter = { id: 'b', quotes: [{ text: 'making this conflict longer', speakerId: 'peskov' }], bodyText: 'making this conflict longer' };
    const rows = compareCoverage([wire, shorter]).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells).toEqual(['quoted', 'quoted']);
  });

  it('keeps the same words from different speakers apart', () => {
    const other = { id: 'o', quotes: [{ text: 'too complicated', speakerId: 'lavrov' }], bodyText: 'too complicated' };
    expect(compareCoverage([nbc, other]).rows.filter((row) => row.text === 'too complicated')).toHaveLength(2);
  });
});

describe('isSameStatement', () => {
  it('needs a short quote to match exactly', () => {
    expect(isSameStatement('happy', 'happy')).toBe(true);
    expect(isSameStatement('happy', 'he was happy to hear it')).toBe(false);
    expect(isSameStatement('too complicated', 'it is too complicated to resolve')).toBe(true);
  });
});
