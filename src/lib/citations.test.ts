import { describe, expect, it } from 'vitest';
import { extractCitationIds, findCitations, findUnknownCitations, numberCitations } from './citations.ts';

const body = 'One.<Cite id="a"/>\nTwo.<Cite id=\'b\' /> Three.<Cite  id = "a" />\nFour.<Cite id="gone"/>';

describe('extractCitationIds', () => {
  it('lists cited ids once each, in order of first citation, whatever the quoting and spacing', () => {
    expect(extractCitationIds(body)).toEqual(['a', 'b', 'gone']);
  });

  it('reads ids given as JSX string expressions and beside other attributes', () => {
    expect(extractCitationIds('<Cite id={"x"} />, <Cite\n  id={\'y\'}\n/>, <Cite page="3" id="z"/>')).toEqual(['x', 'y', 'z']);
  });

  it('reads the opening tag of a citation written with a closing tag', () => {
    expect(extractCitationIds('<Cite id="x"></Cite>')).toEqual(['x']);
  });

  it('ignores other components whose names start with Cite', () => {
    expect(extractCitationIds('<CiteList id="x"/> <Cite id="y"/>')).toEqual(['y']);
  });

  it('ignores citations MDX does not render: in comments, code fences and inline code', () => {
    const mdx = [
      '{/* <Cite id="commented"/> */}',
      '```mdx',
      '<Cite id="fenced"/>',
      '```',
      'Write `<Cite id="inline"/>` to cite.<Cite id="real"/>',
    ].join('\n');
    expect(extractCitationIds(mdx)).toEqual(['real']);
  });

  it('finds nothing in prose without citations', () => {
    expect(extractCitationIds('No sources here.')).toEqual([]);
  });
});

describe('numberCitations', () => {
  it('numbers each article by its first citation, so repeats share a note', () => {
    expect([...numberCitations(body)]).toEqual([['a', 1], ['b', 2], ['gone', 3]]);
  });
});

describe('findCitations', () => {
  it('gives every use in order with its 1-based line, repeats included', () => {
    expect(findCitations(body)).toEqual([
      { id: 'a', line: 1 },
      { id: 'b', line: 2 },
      { id: 'a', line: 2 },
      { id: 'gone', line: 3 },
    ]);
  });

  it('keeps line numbers true after a comment or code fence spanning lines', () => {
    const mdx = '{/* one\ntwo */}\n```\ncode\n```\n<Cite id="x"/>';
    expect(findCitations(mdx)).toEqual([{ id: 'x', line: 6 }]);
  });
});

describe('findUnknownCitations', () => {
  it('names citations of unknown articles with their line', () => {
    expect(findUnknownCitations(body, new Set(['a', 'b']))).toEqual([{ id: 'gone', line: 3 }]);
  });

  it('reports every use of an unknown id, and accepts the known ids as a list', () => {
    expect(findUnknownCitations('<Cite id="x"/>\n\n<Cite id="x"/>', ['a'])).toEqual([
      { id: 'x', line: 1 },
      { id: 'x', line: 3 },
    ]);
  });

  it('reports a citation without an id as an empty id, which no entry has', () => {
    expect(extractCitationIds('A.<Cite />')).toEqual([]);
    expect(findUnknownCitations('A.\nB.<Cite />', new Set(['a']))).toEqual([{ id: '', line: 2 }]);
  });

  it('finds nothing when every cited id is known', () => {
    expect(findUnknownCitations(body, new Set(['a', 'b', 'gone']))).toEqual([]);
  });
});
