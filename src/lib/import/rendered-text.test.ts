import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { getTreeText } from './fidelity.ts';
import { formatCodeBlock, formatTable } from './markdown-blocks.ts';
import { readHtmlTree, renderImportedBody } from './rendered-text.ts';

describe('renderImportedBody', () => {
  it('renders the importer’s tables and plain fenced code as the loader does: a table and a pre/code block', () => {
    const body = [formatTable([['Region', 'Votes'], ['North', '1,204']]), formatCodeBlock('let x = 1;')].join('\n\n');
    expect(toHtml(renderImportedBody(body))).toBe(
      '<table>\n<thead>\n<tr>\n<th>Region</th>\n<th>Votes</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>North</td>\n<td>1,204</td>\n</tr>\n</tbody>\n</table>\n' +
        '<pre><code>let x = 1;\n</code></pre>',
    );
  });

  it.each([
    ['an expression', 'Said {x}.', 'line 1: {expression}'],
    ['raw HTML', 'Text.\n\n<b>bold</b>', 'line 3: <b> element'],
    ['a picture', '![a](https://x.org/a.png)', 'line 1: image'],
    ['a citation, which articles do not take', 'Said.<Cite id="a"/>', 'line 1: <Cite> component is not allowed here'],
    ['a script link', '[a](javascript:alert(1))', 'line 1: link to a "javascript:" address'],
  ])('fails on a body the content loader would refuse: %s', (_name, body, problem) => {
    expect(() => renderImportedBody(body)).toThrow(`the content loader would refuse this body: ${problem}`);
  });
});

describe('readHtmlTree', () => {
  it('reads a fragment’s text with character references decoded and comments left out', () => {
    expect(getTreeText(readHtmlTree('<p>a &amp; <b>b</b>c<!-- note --></p><p>d&nbsp;e</p>')).text).toBe('a & bc d e');
  });

  it('reads a whole document’s body, leaving its head, scripts and styles unseen', () => {
    const html = '<!DOCTYPE html><html><head><title>Menu</title><style>p{}</style></head><body><p>Text.</p><script>var a;</script></body></html>';
    expect(getTreeText(readHtmlTree(html))).toEqual({ text: 'Text.', captions: [] });
  });
});
