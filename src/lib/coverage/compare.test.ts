import { describe, expect, it } from 'vitest';
import {
  compareCoverage,
  isCarried,
  isDistinctive,
  isSameStatement,
  type CoverageReport,
} from './compare.ts';

const nbc: CoverageReport = {
  id: '2023-12-16-nbc-peskov',
  title: 'Peskov speaks',
  outletName: 'NBC News',
  published: { year: 2023, month: 12, day: 16 },
  circa: false,
  quotes: [
    { text: 'You are making this conflict longer.', speakerId: 'peskov', speakerName: 'Dmitry Peskov' },
    { text: 'too complicated', speakerId: 'peskov', speakerName: 'Dmitry Peskov' },
    { text: 'happy', speakerId: 'putin', speakerName: 'Vladimir Putin' },
  ],
  bodyText: 'He said "You are making this conflict longer." It is "too complicated". Putin was "happy".',
};
const wire: CoverageReport = {
  id: '2023-12-16-wire-kremlin',
  title: 'Kremlin says',
  outletName: 'Wire',
  published: { year: 2023, month: 12, day: 16 },
  circa: false,
  quotes: [{ text: '“you are  making this conflict LONGER”', speakerId: 'peskov' }],
  bodyText: 'Peskov: “you are making this conflict longer”. He was happy to talk.',
};
const blog: CoverageReport = {
  id: '2023-12-unidentified-blog',
  title: 'A blog post',
  published: { year: 2023, month: 12 },
  circa: true,
  quotes: [],
  bodyText: 'The matter is too complicated, Peskov said, according to reports.',
};

describe('compareCoverage', () => {
  const coverage = compareCoverage([nbc, wire, blog]);

  it('matches a quote across reports ignoring typographic quotes, case, whitespace and final punctuation', () => {
    expect(coverage.rows[0]).toMatchObject({
      text: 'You are making this conflict longer.',
      cells: ['quoted', 'quoted', 'absent'],
      carriedBy: 2,
      carriedByAll: false,
    });
  });

  it('takes the row’s words and speaker from the first report in column order that lists them', () => {
    const reversed = compareCoverage([wire, nbc]).rows[0];
    expect(reversed).toMatchObject({ text: '“you are  making this conflict LONGER”', speakerId: 'peskov' });
    expect(reversed).not.toHaveProperty('speakerName');
    expect(coverage.rows[0]).toMatchObject({ speakerId: 'peskov', speakerName: 'Dmitry Peskov' });
  });

  it('counts words found in another report’s text as carried there, marked as not listed as a quote', () => {
    expect(coverage.rows.find((row) => row.text === 'too complicated')?.cells).toEqual(['quoted', 'absent', 'in-text']);
  });

  it('flags a statement only one of several reports carried', () => {
    const happy = coverage.rows.find((row) => row.text === 'happy');
    expect(happy).toMatchObject({ carriedBy: 1, carriedByAll: false, onlyIn: '2023-12-16-nbc-peskov' });
    // "happy" is too short to recognise inside other text: the wire's "happy to talk" is not the quote.
    expect(happy?.cells).toEqual(['quoted', 'absent', 'absent']);
  });

  it('flags a statement every report carried, and then names no single report', () => {
    const both = compareCoverage([nbc, wire]).rows[0];
    expect(both).toMatchObject({ carriedBy: 2, carriedByAll: true });
    expect(both).not.toHaveProperty('onlyIn');
  });

  it('orders rows by how many reports carry them, then by first appearance', () => {
    expect(coverage.rows.map((row) => row.text)).toEqual(['You are making this conflict longer.', 'too complicated', 'happy']);
  });

  it('keeps the columns in the order given and returns the reports for their labels', () => {
    expect(coverage.columns).toEqual(['2023-12-16-nbc-peskov', '2023-12-16-wire-kremlin', '2023-12-unidentified-blog']);
    expect(coverage.reports.map((report) => report.outletName ?? 'Unidentified outlet')).toEqual(['NBC News', 'Wire', 'Unidentified outlet']);
    expect(coverage.sharedByAll).toBe(0);
    expect(coverage.inOneOnly).toBe(1);
  });

  it('merges a distinctive quote printed inside a longer one into one statement', () => {
    const shorter = { id: 'b', quotes: [{ text: 'making this conflict longer', speakerId: 'peskov' }], bodyText: 'making this conflict longer' };
    const rows = compareCoverage([wire, shorter]).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells).toEqual(['quoted', 'quoted']);
  });

  it('merges a two-word quote of twelve or more characters into the longer quote that contains it', () => {
    const short = { id: 'short', quotes: [{ text: '“Too complicated.”', speakerId: 'peskov' }], bodyText: '“Too complicated.”' };
    const long = { id: 'long', quotes: [{ text: 'It is too complicated to resolve quickly', speakerId: 'peskov' }], bodyText: 'It is too complicated to resolve quickly.' };
    expect(compareCoverage([short, long]).rows).toEqual([
      { text: '“Too complicated.”', speakerId: 'peskov', language: 'en', cells: ['quoted', 'quoted'], carriedBy: 2, comparedWith: 2, carriedByAll: true },
    ]);
  });

  it('matches only whole words, so a quote is not found inside a longer word', () => {
    const a = { id: 'a', quotes: [{ text: 'it is complicated', speakerId: 'peskov' }], bodyText: '"It is complicated."' };
    const b = { id: 'b', quotes: [], bodyText: 'Critics said it is complicatedness itself.' };
    expect(compareCoverage([a, b]).rows[0]?.cells).toEqual(['quoted', 'absent']);
  });

  it('treats «ёлочки», „лапки“, curly and straight quotation marks as the same marks', () => {
    const guillemets = { id: 'g', language: 'ru', quotes: [{ text: '«Это слишком сложно»', speakerId: 'peskov' }], bodyText: '«Это слишком сложно», — сказал Песков.' };
    const lapki = { id: 'l', language: 'ru', quotes: [{ text: '„Это слишком сложно“', speakerId: 'peskov' }], bodyText: '„Это слишком сложно“' };
    const straight = { id: 's', language: 'ru', quotes: [], bodyText: 'Песков: "это слишком сложно".' };
    const [row] = compareCoverage([guillemets, lapki, straight]).rows;
    expect(row?.cells).toEqual(['quoted', 'quoted', 'in-text']);
    expect(isSameStatement('«Это слишком сложно»', '“Это слишком сложно”')).toBe(true);
  });

  it('never matches quotes across languages, and counts "every report" within the statement’s language', () => {
    const russian = {
      id: 'ru', language: 'ru', bodyText: 'Песков сказал: «too complicated».',
      quotes: [{ text: 'Это слишком сложно', speakerId: 'peskov' }, { text: 'too complicated', speakerId: 'peskov' }],
    };
    const english = { id: 'en', language: 'en', quotes: [{ text: 'too complicated', speakerId: 'peskov' }], bodyText: 'Peskov said it is "too complicated".' };
    const rows = compareCoverage([english, russian]).rows;
    expect(rows.map((row) => [row.text, row.language, row.cells, row.carriedByAll])).toEqual([
      ['too complicated', 'en', ['quoted', 'other-language'], true],
      ['Это слишком сложно', 'ru', ['other-language', 'quoted'], true],
      ['too complicated', 'ru', ['other-language', 'quoted'], true],
    ]);
    expect(rows.every((row) => row.onlyIn === undefined && row.comparedWith === 1)).toBe(true);
    expect(isCarried('other-language')).toBe(false);
  });

  it('keeps the same words from different speakers apart', () => {
    const other = { id: 'o', quotes: [{ text: 'too complicated', speakerId: 'lavrov' }], bodyText: 'too complicated' };
    const rows = compareCoverage([nbc, other]).rows.filter((row) => row.text === 'too complicated');
    expect(rows.map((row) => [row.speakerId, row.cells])).toEqual([
      ['peskov', ['quoted', 'in-text']],
      ['lavrov', ['in-text', 'quoted']],
    ]);
  });

  it('gives one report’s quotes as carried by all, with no report singled out', () => {
    const single = compareCoverage([nbc]);
    expect(single.rows.every((row) => row.carriedByAll && row.onlyIn === undefined)).toBe(true);
    expect(single).toMatchObject({ sharedByAll: 3, inOneOnly: 0 });
  });

  it('gives an empty table for reports that list no quotes', () => {
    expect(compareCoverage([blog])).toMatchObject({ rows: [], sharedByAll: 0, inOneOnly: 0 });
  });
});



describe('isSameStatement', () => {
  it('needs a short quote to match exactly, and lets a distinctive one sit inside a longer', () => {
    expect(isSameStatement('happy', '“Happy.”')).toBe(true);
    expect(isSameStatement('happy', 'he was happy to hear it')).toBe(false);
    expect(isSameStatement('too complicated', 'It is TOO   complicated to resolve')).toBe(true);
    expect(isSameStatement('', '')).toBe(false);
  });

  it('calls words distinctive from three words or twelve characters', () => {
    expect(isDistinctive('we are ready')).toBe(true);
    expect(isDistinctive('too complicated')).toBe(true);
    expect(isDistinctive('not happy')).toBe(false);
  });
});

describe('isCarried', () => {
  it('counts a listed quote and unlisted same words as carried', () => {
    expect(isCarried('quoted')).toBe(true);
    expect(isCarried('in-text')).toBe(true);
    expect(isCarried('absent')).toBe(false);
  });
});
