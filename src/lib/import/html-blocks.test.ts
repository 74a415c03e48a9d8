import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { RemovedChrome } from './chrome.ts';
import type { Block } from './escape.ts';
import { collectBlocks, getFlowText } from './html-blocks.ts';

function read(html: string): { blocks: Block[]; removed: RemovedChrome[] } {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  const blocks: Block[] = [];
  const removed: RemovedChrome[] = [];
  const root = document.querySelector('#root');
  if (root) collectBlocks(root, blocks, removed);
  return { blocks, removed };
}

const texts = (html: string) => read(html).blocks.map((block) => block.text);

describe('collectBlocks: inline text', () => {
  it('joins inline elements as the page does, adding no space before punctuation', () => {
    expect(texts('<p>What <a href="#">scientists think</a>, with <em>care</em>.</p>')).toEqual(['What scientists think, with care.']);
  });

  it('keeps a drop cap on its word', () => {
    expect(texts('<p><span class="dropcap">Z</span>imbabwe President <a href="#">Robert Mugabe</a>, his wife</p>')).toEqual([
      'Zimbabwe President Robert Mugabe, his wife',
    ]);
  });

  it('keeps the space a link ends with ("Mashable </a>reports")', () => {
    expect(texts('<p>As <a href="#">Mashable </a>reports, fares rose.</p>')).toEqual(['As Mashable reports, fares rose.']);
  });

  it('reads a line break inside an inline element as a space, not as nothing', () => {
    expect(texts('<p><b>First line<br>second line</b></p>')).toEqual(['First line second line']);
  });

  it('reads blocks wrapped in an inline element as blocks', () => {
    expect(texts('<a href="#"><div>One paragraph.</div><div>Another.</div></a>')).toEqual(['One paragraph.', 'Another.']);
  });

  it('leaves scripts, images and buttons out', () => {
    expect(texts('<p>Text<script>var a = 1;</script><img src="x.png" alt="alt"><button>Share</button> more.</p>')).toEqual(['Text more.']);
  });
});

describe('collectBlocks: code', () => {
  it('keeps <pre> as a code block with its line breaks and indentation', () => {
    const { blocks } = read('<pre><code>function cow() {\n  return "moo";\n}</code></pre>');
    expect(blocks).toEqual([{ kind: 'code', text: 'function cow() {\n  return "moo";\n}' }]);
  });

  it('puts each block inside a <pre> on lines of its own, as the browser shows it', () => {
    const { blocks } = read('<pre><code><span>// add.c</span><br><span>#include &lt;emscripten.h&gt;</span><p>EMSCRIPTEN_KEEPALIVE<br>int add();</p>}</code></pre>');
    expect(blocks).toEqual([{ kind: 'code', text: '// add.c\n#include <emscripten.h>\nEMSCRIPTEN_KEEPALIVE\nint add();\n}' }]);
  });

  it('reads <br> in preformatted text as a line break, and keeps tags printed as text', () => {
    const { blocks } = read('<pre>SELECT * FROM votes<br>WHERE region = \'North\';<br>&lt;script&gt;</pre>');
    expect(blocks).toEqual([{ kind: 'code', text: "SELECT * FROM votes\nWHERE region = 'North';\n<script>" }]);
  });
});

describe('collectBlocks: tables', () => {
  it('keeps a table of data as a table, its first row the header, cell text intact', () => {
    const { blocks } = read(`<table><thead><tr><th>Region</th><th>Votes</th><th>Share</th></tr></thead>
      <tbody><tr><td>North</td><td>1,204</td><td>51%</td></tr><tr><td>South | East</td><td>980</td><td>49%</td></tr></tbody></table>`);
    expect(blocks).toEqual([{
      kind: 'table',
      rows: [['Region', 'Votes', 'Share'], ['North', '1,204', '51%'], ['South | East', '980', '49%']],
      text: 'Region Votes Share North 1,204 51% South | East 980 49%',
    }]);
  });

  it('pads a cell spanning columns with empty cells, and prints the table’s caption above it', () => {
    const { blocks } = read(`<table><caption>Most active developers</caption><tr><th colspan="3">By changesets</th></tr>
      <tr><td>Herbert Dürr</td><td>63</td><td>16.6%</td></tr></table>`);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Most active developers' },
      { kind: 'table', rows: [['By changesets', '', ''], ['Herbert Dürr', '63', '16.6%']], text: 'By changesets Herbert Dürr 63 16.6%' },
    ]);
  });

  it('reads a cell’s paragraphs and list items as its text, separated by spaces', () => {
    const { blocks } = read('<table><tr><td><p>Gmail</p></td><td><ul><li>17.8 MB</li><li>7.6 MB</li></ul></td></tr><tr><td>Maps</td><td>32.7<br>MB</td></tr></table>');
    expect(blocks[0]?.kind === 'table' && blocks[0].rows).toEqual([['Gmail', '17.8 MB 7.6 MB'], ['Maps', '32.7 MB']]);
  });

  it('reads a layout table (one row, one column, nested tables or prose in a cell) as blocks', () => {
    expect(texts('<table><tr><td>Cell a</td><td>Cell b</td></tr></table>')).toEqual(['Cell a', 'Cell b']);
    expect(texts('<table><tr><td><img src="d.png"></td></tr><tr><td>Block diagram</td></tr></table>')).toEqual(['Block diagram']);
    const prose = `${'A long sentence of prose set in a cell. '.repeat(25)}`.trim();
    expect(texts(`<table><tr><td>${prose}</td><td>Side</td></tr><tr><td>a</td><td>b</td></tr></table>`)).toEqual([prose, 'Side', 'a', 'b']);
    const nested = read('<table><tr><th>Outer</th><td><table><tr><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr></table></td></tr></table>');
    expect(nested.blocks.map((block) => block.kind)).toEqual(['paragraph', 'table']);
  });
});

describe('collectBlocks: structure', () => {
  it('reads headings, list items and figure captions, taking the captions out', () => {
    const { blocks, removed } = read('<h2>High<i>lights</i></h2><ul><li>One</li></ul><figure><img src="a.jpg"><figcaption>Peskov. Photo: Agency</figcaption></figure>');
    expect(blocks).toEqual([{ kind: 'heading', text: 'Highlights' }, { kind: 'item', text: 'One' }]);
    expect(removed).toEqual([{ kind: 'caption', text: 'Peskov. Photo: Agency' }]);
  });
});

describe('getFlowText', () => {
  it('separates blocks with one space and joins inline elements', () => {
    const { document } = parseHTML('<div id="x"><p><b>Z</b>imbabwe</p><p>now<br>then</p></div>');
    const element = document.querySelector('#x');
    expect(element && getFlowText(element)).toBe('Zimbabwe now then');
  });
});
