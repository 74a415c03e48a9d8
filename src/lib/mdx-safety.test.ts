import { describe, expect, it } from 'vitest';
import { findComponentUses, findMdxSafetyProblems, findUnsafeLinkProblem } from './mdx-safety.ts';

const messagesOf = (body: string, allowed: readonly string[] = []): string[] =>
  findMdxSafetyProblems(body, allowed).map(({ line, message }) => `${line}: ${message}`);

describe('findMdxSafetyProblems', () => {
  it.each([
    ['escaped braces and angle brackets', 'He said \\{no\\} and \\<script\\> twice.'],
    ['HTML entities', 'a &lt;script&gt; tag and &#123;braces&#125;'],
    ['a "<" or ">" followed by a space', 'if a < b and b > c'],
    ['code spans', 'Type `{x}` or `` <y> `` to see.'],
    ['fenced code blocks', '```html\n<script>{alert(1)}</script>\n```\nText.'],
    ['tilde fences', '~~~\nimport x from "y"\n~~~'],
    ['words that begin with import or export but are not statements', 'import-export rules\n\nImport duties rose.\n\nimported goods'],
    ['an indented import, which MDX reads as text', '  import x from "y"'],
    ['https, http, mailto and relative links', '[a](https://x.org) [b](http://x.org) [c](mailto:a@b.org) [d](/about/) [e](#top)'],
    ['a link with a title and parentheses', '[a](https://x.org/a_(b) "T")'],
    ['code spans on lines that pair their own backticks', 'Use `{x}`\nor `<y>`.'],
    ['a backslash before a letter', 'C:\\Users\\name'],
    ['an escaped "<" after a word that is not an address', 'x.org\\< and a \\<b>'],
  ])('accepts %s', (_, body) => {
    expect(findMdxSafetyProblems(body, [])).toEqual([]);
  });

  it.each([
    ['an {expression}', 'Text {process.exit()} more', ['1: {expression}']],
    ['a nested expression once', 'Text {a({b: 1})} more', ['1: {expression}']],
    ['a stray closing brace', 'Text } more', ['1: unescaped "}"']],
    ['an expression after an escaped backslash', 'C:\\\\{x}', ['1: {expression}']],
    ['an expression in an indented line (MDX has no indented code)', 'Text\n\n    {1 + 1}', ['3: {expression}']],
    ['a <script> element once for both tags', 'Hi <script>alert(1)</script>', ['1: <script> element']],
    ['an <img> with an event handler', '<img src=x onerror=alert(1)>', ['1: <img> element']],
    ['a component', 'Text\n<Foo bar="1" />', ['2: <Foo> component is not allowed here (allowed']],
    ['a fragment', '<>x</>', ['1: <> fragment']],
    ['an HTML comment once', 'Text <!-- <b>{x}</b> --> more', ['1: HTML comment <!-- -->']],
    ['a "<" glued to the next character', 'a <3 b and c<d', ['1: unescaped "<"', '1: <d> element']],
    ['an autolink, which MDX reads as a tag', '<https://example.com>', ['1: <https']],
    ['an import statement', 'Text\n\nimport Evil from "evil"', ['3: import statement']],
    ['an export statement', 'export const x = 1', ['1: export statement']],
    ['an import statement that continues a paragraph, to be safe', 'Text\nimport x from "y"', ['2: import statement']],
    ['an unclosed code span, whose backticks are text', 'a ` b {x}', ['1: {expression}']],
    ['a code span that would cross a paragraph', 'a `b\n\n{x}` c', ['3: {expression}']],
    ['an expression after a heading that a code span seems to continue', '# a `b\n{x}\nc`', ['2: {expression}']],
    ['an expression after a fence closed inside a list item', '- ```\n  code\n  ```\n{x}', ['4: {expression}']],
    ['an expression after a link whose destination holds a backtick', '[a](`x) {y} `', ['1: {expression}']],
    ['an expression in a code span whose backticks another line could pair', 'a ```\n```=x <script/> ```', ['2: <script> element']],
    ['an expression in a code span in a paragraph with a table', '| `a | {x} ` |\n|---|---|', ['1: {expression}']],
    ['an expression after a fence closed by a tab-indented line', '~~~~\n\t~~~~\n{x}', ['3: {expression}']],
    ['an export after a fence whose closing line is in doubt', '```\n```|<b>\n```\nexport const a = 1', ['4: export statement']],
    ['an expression in what only looks like a link, its parentheses unbalanced', '[a](x({process.exit()} )', ['1: {expression}']],
    ['a tag after a bare URL, where the backslash is part of the address', 'https://x.org\\<script src="https://e.x/a.js"/>', ['1: <script> element']],
    ['an expression in an indented fence, to be safe', '  ```\n  {x}\n  ```', ['2: {expression}']],
    ['an import after an indented fence closed at the start of a line', '\n   ```\n```\nexport const a = 1', ['4: export statement']],
    ['an expression after a fence in a list item that the list ends', '- a\n\n  ```\n{x}\n```', ['4: {expression}']],
    ['code in any fence after an indented fence, to be safe', '> ```\n> a\n\n```\n{x}\n```', ['5: {expression}']],
    ['an expression after a fence that a link title seems to contain', '[a](x "t\n```\n")\n```\n{x}\n```', ['5: {expression}']],
    ['a javascript: link', '[click](javascript:alert(1))', ['1: link to a "javascript']],
    ['a javascript: link hidden by character references', '[click](&#106;avascript&colon;alert(1))', ['1: link to a "javascript']],
    ['a javascript: link definition', '[click]: javascript:alert(1)', ['1: link to a "javascript']],
  ])('refuses %s', (_, body, expected) => {
    const problems = messagesOf(body);
    expect(problems).toHaveLength(expected.length);
    problems.forEach((problem, index) => expect(problem.startsWith(expected[index] ?? '?')).toBe(true));
  });

  it('accepts an allowed component written self-closing with quoted values', () => {
    expect(findMdxSafetyProblems('Said.<Cite id="a"/> And.<Cite id=\'b\' />', ['Cite'])).toEqual([]);
  });

  it('refuses an allowed component with an expression, a spread or children', () => {
    const body = '<Cite id={evil()}/>\n<Cite {...props}/>\n<Cite id="a">text</Cite>\n<Cite\nid="a"/>';
    const message = '<Cite> must be written as <Cite name="value"/>: on one line, self-closing, quoted values only';
    expect(messagesOf(body, ['Cite'])).toEqual([`1: ${message}`, `2: ${message}`, `3: ${message}`, `3: ${message}`, `4: ${message}`]);
  });

  it('names the allowed components when refusing another', () => {
    expect(findMdxSafetyProblems('<Chart/>', ['Cite'])[0]?.message).toBe(
      '<Chart> component is not allowed here (allowed: <Cite/>); write \\< for a literal "<"',
    );
  });

  it('counts lines from the first line of the body', () => {
    expect(findMdxSafetyProblems('one\ntwo\n\n```\n{a}\n```\nthree {b}', [])).toEqual([
      { line: 7, message: '{expression}: entries may not run code at build time; write \\{ and \\} for braces' },
    ]);
  });
});

describe('findComponentUses', () => {
  it('lists each use of an allowed component with its attributes and line', () => {
    const body = 'One.<Cite id="a"/>\n\nTwo.<Cite id="b"/><Cite id="a"/>';
    expect(findComponentUses(body, ['Cite'])).toEqual([
      { name: 'Cite', attributes: { id: 'a' }, line: 1 },
      { name: 'Cite', attributes: { id: 'b' }, line: 3 },
      { name: 'Cite', attributes: { id: 'a' }, line: 3 },
    ]);
  });

  it('ignores uses inside code and malformed uses', () => {
    expect(findComponentUses('`<Cite id="a"/>` <Cite id={x}/>', ['Cite'])).toEqual([]);
  });
});

describe('findUnsafeLinkProblem', () => {
  it('accepts web and mail links, and links without a scheme', () => {
    expect(['https://x.org', 'http://x.org', 'MAILTO:a@b.org', '/about/', 'page#x'].map(findUnsafeLinkProblem)).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('refuses script and data links however they are spelt', () => {
    for (const destination of ['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', '<javascript:x>', 'data:text/html,x', 'vbscript:x']) {
      expect(findUnsafeLinkProblem(destination)).toMatch(/^link to a "(javascript|data|vbscript):" address/);
    }
  });
});
