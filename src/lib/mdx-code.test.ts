import { describe, expect, it } from 'vitest';
import { createCodeSpanJudge, findCodeSpanEnd, findFenceEnd } from './mdx-code.ts';

describe('findCodeSpanEnd', () => {
  it('closes a code span on a run of the same length only', () => {
    expect(findCodeSpanEnd('`{x}` y', 1, 1)).toBe(5);
    expect(findCodeSpanEnd('``a`b`` c', 2, 2)).toBe(7);
  });

  it('does not cross a line, which may start another block', () => {
    expect(findCodeSpanEnd('`a\nb`', 1, 1)).toBeUndefined();
  });
});

describe('createCodeSpanJudge', () => {
  it('trusts code spans in a paragraph whose lines pair their own backticks', () => {
    const isTrusted = createCodeSpanJudge('`{x}` and `y`\nmore `z`\n\nnext');
    expect(isTrusted(0)).toBe(true);
    expect(isTrusted(16)).toBe(true);
  });

  it('distrusts every code span of a paragraph where backticks could pair across lines', () => {
    const source = 'one `a` two `\nthree `b`\n\n`c`';
    const isTrusted = createCodeSpanJudge(source);
    expect(isTrusted(source.indexOf('three'))).toBe(false);
    expect(isTrusted(source.indexOf('`c`'))).toBe(true);
  });

  it('distrusts paragraphs with links, tables or bare URLs, which pair backticks their own way', () => {
    for (const source of ['[a](`x) `y`', '| `a | b` |', 'https://x.org/`a` `b`', '`a` `b`\n[c](d "e']) {
      expect(createCodeSpanJudge(source)(0)).toBe(false);
    }
  });
});

describe('findFenceEnd', () => {
  it('ends after the closing fence of the same kind and at least the same length', () => {
    const source = '```\na\n~~~\n``\n````\nafter';
    expect(findFenceEnd(source, 3, '```')).toEqual({ end: source.indexOf('after'), certain: true });
  });

  it('ends early rather than late, at a doubtful closing line: indented by a tab, or with text after it', () => {
    expect(findFenceEnd('```\n\t```\nafter', 3, '```')).toEqual({ end: 9, certain: false });
    expect(findFenceEnd('~~~\n~~~ x\nafter', 3, '~~~')).toEqual({ end: 10, certain: false });
  });

  it('runs an unclosed fence to the end', () => {
    expect(findFenceEnd('~~~\n{x}', 3, '~~~')).toEqual({ end: 7, certain: true });
  });
});
