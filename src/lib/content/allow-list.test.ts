import { describe, expect, it } from 'vitest';
import { findUnsafeLinkProblem, judgeMdxBody } from './allow-list.ts';

const problemsOf = (body: string, allowed: readonly string[] = []): string[] =>
  judgeMdxBody(body, allowed).problems.map(({ line, message }) => `${line}: ${message}`);

// The bodies below are the hostile and harmless cases the hand-written MDX lexer was tested
// with, kept as data: the parser-based rules must refuse every one of those that the real parser
// turns into code, markup or a load, and accept the text.
describe('judgeMdxBody', () => {
  it.each([
    ['escaped braces and angle brackets', 'He said \\{no\\} and \\<script\\> twice.'],
    ['HTML entities', 'a &lt;script&gt; tag and &#123;braces&#125;'],
    ['a "<" or ">" followed by a space', 'if a < b and b > c'],
    ['code spans', 'Type `{x}` or `` <y> `` to see.'],
    ['fenced code blocks', '```html\n<script>{alert(1)}</script>\n```\nText.'],
    ['tilde fences', '~~~\nimport x from "y"\n~~~'],
    ['words that begin with import or export but are not statements', 'import-export rules\n\nImport duties rose.\n\nimported goods'],
    ['an indented import, which MDX reads as text', '  import x from "y"'],
    ['an import line that continues a paragraph, which the parser reads as text', 'Text\nimport x from "y"'],
    ['https, http, mailto and relative links', '[a](https://x.org) [b](http://x.org) [c](mailto:a@b.org) [d](/about/) [e](#top)'],
    ['a link with a title and parentheses', '[a](https://x.org/a_(b) "T")'],
    ['code spans on lines that pair their own backticks', 'Use `{x}`\nor `<y>`.'],
    ['a backslash before a letter', 'C:\\Users\\name'],
    ['an escaped "<" after a word that is not an address', 'x.org\\< and a \\<b>'],
    ['a closing brace alone, which MDX reads as text', 'Text } more'],
    ['an indented fence, whose braces are code', '  ```\n  {x}\n  ```'],
    ['bare web and mail addresses', 'see www.example.com and a@b.org'],
    ['headings, lists, quotes, emphasis, breaks and rules', '# A\n\n- *b* **c** ~~d~~\n1. e\n\n> f\\\ng\n\n---'],
    ['a table and a footnote', '| a | b |\n|---|---|\n| 1 | 2 |\n\nNote.[^1]\n\n[^1]: The [source](https://x.org/).'],
  ])('accepts %s', (_, body) => {
    expect(judgeMdxBody(body, []).problems).toEqual([]);
  });

  it.each([
    ['an {expression}', 'Text {process.exit()} more', ['1: {expression}']],
    ['a nested expression once', 'Text {a({b: 1})} more', ['1: {expression}']],
    ['an expression after an escaped backslash', 'C:\\\\{x}', ['1: {expression}']],
    ['an expression in an indented line (MDX has no indented code)', 'Text\n\n    {1 + 1}', ['3: {expression}']],
    ['an MDX comment, which is an expression', 'Text {/* note */}', ['1: {expression}']],
    ['a <script> element once for both tags', 'Hi <script>alert(1)</script>', ['1: <script> element']],
    ['an <img> with an event handler', '<img src=x onerror=alert(1)>', ['1: MDX syntax error']],
    ['an <iframe> from another origin', '<iframe src="https://e.x/"></iframe>', ['1: <iframe> element']],
    ['a <link> stylesheet', '<link rel="stylesheet" href="https://e.x/a.css"/>', ['1: <link> element']],
    ['<audio> and <video>', '<audio src="https://e.x/a.mp3"/>\n\n<video src="https://e.x/v.mp4"/>', ['1: <audio> element', '3: <video> element']],
    ['a component', 'Text\n<Foo bar="1" />', ['2: <Foo> component is not allowed here (allowed']],
    ['a fragment', '<>x</>', ['1: <> fragment']],
    ['an HTML comment', 'Text <!-- <b>{x}</b> --> more', ['1: HTML comment <!-- -->']],
    ['a "<" glued to the next character', 'a <3 b and c<d', ['1: MDX syntax error']],
    ['an autolink, which MDX reads as a tag', '<https://example.com>', ['1: MDX syntax error']],
    ['an import statement', 'Text\n\nimport Evil from "evil"', ['3: import statement']],
    ['an export statement', 'export const x = 1', ['1: export statement']],
    ['an export after paragraphs ended by lone carriage returns', 'Para\r\rexport const x = 1\r', ['3: export statement']],
    ['an export after paragraphs ended by CRLF', 'Para\r\n\r\nexport const x = 1\r\n', ['3: export statement']],
    ['an unclosed code span, whose backticks are text', 'a ` b {x}', ['1: {expression}']],
    ['a code span that would cross a paragraph', 'a `b\n\n{x}` c', ['3: {expression}']],
    ['an expression after a heading that a code span seems to continue', '# a `b\n{x}\nc`', ['2: {expression}']],
    ['an expression after a fence closed inside a list item', '- ```\n  code\n  ```\n{x}', ['4: {expression}']],
    ['an expression after a link whose destination holds a backtick', '[a](`x) {y} `', ['1: {expression}']],
    ['a tag in a code span whose backticks another line could pair', 'a ```\n```=x <script/> ```', ['2: <script> element']],
    ['an expression in a code span in a paragraph with a table', '| `a | {x} ` |\n|---|---|', ['1: {expression}']],
    ['an expression after a fence closed by a tab-indented line', '~~~~\n\t~~~~\n{x}', ['3: {expression}']],
    ['an export after a fence whose closing line is in doubt', '```\n```|<b>\n```\nexport const a = 1', ['4: export statement']],
    ['an expression in what only looks like a link, its parentheses unbalanced', '[a](x({process.exit()} )', ['1: {expression}']],
    ['a tag after a bare URL, where the backslash is part of the address', 'https://x.org\\<script src="https://e.x/a.js"/>', ['1: <script> element']],
    ['an export after an indented fence closed at the start of a line', '\n   ```\n```\nexport const a = 1', ['4: export statement']],
    ['an expression after a fence in a list item that the list ends', '- a\n\n  ```\n{x}\n```', ['4: {expression}']],
    ['an expression after a fence that a link title seems to contain', '[a](x "t\n```\n")\n```\n{x}\n```', ['5: {expression}']],
    ['a javascript: link', '[click](javascript:alert(1))', ['1: link to a "javascript:"']],
    ['a javascript: link hidden by character references', '[click](&#106;avascript&colon;alert(1))', ['1: link to a "javascript:"']],
    ['a javascript: link in mixed case', '[click](JaVaScRiPt:alert(1))', ['1: link to a "javascript:"']],
    ['a javascript: link with a tab in its scheme', '[click](<java\tscript:x>)', ['1: link to a "javascript:"']],
    ['a javascript: link definition', '[click]: javascript:alert(1)', ['1: link to a "javascript:"']],
    ['a javascript: definition behind a reference', '[a][r]\n\n[r]: &#x6A;avascript:x', ['3: link to a "javascript:"']],
    ['a javascript: link in a footnote', 'x[^1]\n\n[^1]: note [c](javascript:y)', ['3: link to a "javascript:"']],
    ['a data: link', '[d](data:text/html,x)', ['1: link to a "data:"']],
    ['an image from another origin', 'A pixel ![i](https://e.x/p.png)', ['1: image:']],
    ['an image behind a reference', '![i][p]\n\n[p]: /p.png', ['1: image:']],
  ])('refuses %s', (_, body, expected) => {
    const problems = problemsOf(body);
    expect(problems).toHaveLength(expected.length);
    problems.forEach((problem, index) => expect(problem.startsWith(expected[index] ?? '?'), problem).toBe(true));
  });

  it('accepts a topic citation written self-closing with one literal id, and lists it', () => {
    expect(judgeMdxBody('Said.<Cite id="a"/> And.\n\n<Cite id=\'b\' />', ['Cite'])).toMatchObject({
      problems: [],
      components: [
        { name: 'Cite', attributes: { id: 'a' }, line: 1 },
        { name: 'Cite', attributes: { id: 'b' }, line: 3 },
      ],
    });
  });

  it('refuses a citation with an expression, a spread, another attribute, children or no id', () => {
    const body = ['<Cite id={evil()}/>', '<Cite {...props}/>', '<Cite id="ok" data-x={code}/>', '<Cite id="a">text</Cite>', '<Cite/>'].join('\n\n');
    const message = '<Cite> must be written as <Cite id="..."/>: self-closing, with one quoted id and nothing else';
    expect(problemsOf(body, ['Cite'])).toEqual([1, 3, 5, 7, 9].map((line) => `${line}: ${message}`));
  });

  it('refuses a citation in an article, where no component is allowed', () => {
    expect(problemsOf('Said.<Cite id="a"/>')).toEqual(['1: <Cite> component is not allowed here (allowed: none); write \\< for a literal "<"']);
  });

  it('keeps no tree to render when anything is refused', () => {
    expect(judgeMdxBody('Fine.', []).tree?.type).toBe('root');
    expect(judgeMdxBody('Fine.\n\n{x}', []).tree).toBeUndefined();
  });
});

describe('findUnsafeLinkProblem', () => {
  it('accepts web and mail links, and links without a scheme', () => {
    expect(['https://x.org', 'http://x.org', 'MAILTO:a@b.org', '/about/', 'page#x', '#top'].map(findUnsafeLinkProblem)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('refuses script, data and file links however they are spelt', () => {
    for (const destination of ['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'java\\script:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
      expect(findUnsafeLinkProblem(destination)).toMatch(/^link to a "(javascript|data|vbscript|file):" address/);
    }
  });
});
