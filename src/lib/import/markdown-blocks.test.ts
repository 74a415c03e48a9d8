// Bodies are parsed, judged and rendered as the content loader does (a body it would refuse throws),
// which proves that tables and code blocks come out as the importer meant, as readers see them,
// and that nothing in them becomes code.
import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '../content/mdx.ts';
import { renderBody } from './escape.ts';
import { formatCodeBlock, formatTable } from './markdown-blocks.ts';
import { renderImportedBody } from './rendered-text.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { href?: string };
  children?: HastNode[];
}

const flatten = (node: HastNode): HastNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));
const parse = (body: string) => renderImportedBody(body) as unknown as HastNode;
/** The MDX nodes (JSX, expressions, import/export) the parser made of a body: none should exist. */
const findMdxNodes = (body: string): HastNode[] => {
  const parsed = parseMdxBody(body);
  if ('error' in parsed) throw new Error(`line ${parsed.error.line}: ${parsed.error.message}`);
  return flatten(parsed.tree as unknown as HastNode).filter((node) => node.type.startsWith('mdx'));
};
const elements = (tree: HastNode, tag: string) => flatten(tree).filter((node) => node.tagName === tag);

const HOSTILE_CODE = [
  'import fs from "node:fs"',
  'export const leaked = process.env',
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  '<Cite id="fake"/>',
  '```',
  '~~~',
  'a ```` run and a ` tick',
  '    indented <b>tag</b> & &amp; entity \\{escape\\}',
  '',
  '# not a heading',
].join('\n');

describe('formatCodeBlock', () => {
  it('fences code with backticks longer than any run inside it', () => {
    expect(formatCodeBlock('let a = `x`;')).toBe('```\nlet a = `x`;\n```');
    expect(formatCodeBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });

  it('drops blank lines around the code but keeps its indentation', () => {
    expect(formatCodeBlock('\n\n  indented\r\n    more\n\n')).toBe('```\n  indented\n    more\n```');
    expect(formatCodeBlock(' \n ')).toBe('');
  });

  it('shows hostile code literally: one code block, its text exactly, no MDX node', () => {
    const tree = parse(formatCodeBlock(HOSTILE_CODE));
    const nodes = flatten(tree);
    expect(findMdxNodes(formatCodeBlock(HOSTILE_CODE))).toEqual([]);
    expect(elements(tree, 'pre')).toHaveLength(1);
    expect(textOf(elements(tree, 'code')[0] ?? { type: 'root' })).toBe(`${HOSTILE_CODE}\n`);
    expect(nodes.flatMap((node) => (node.tagName ? [node.tagName] : []))).toEqual(['pre', 'code']);
  });
});

describe('formatTable', () => {
  it('writes the first row as the header and pads short rows, so no cell is dropped', () => {
    expect(formatTable([['Region', 'Votes', 'Share'], ['North', '1,204']])).toBe(
      '| Region | Votes | Share |\n| --- | --- | --- |\n| North | 1,204 |  |',
    );
  });

  it('writes nothing for no rows', () => {
    expect(formatTable([])).toBe('');
  });
});

describe('renderBody with tables and code', () => {
  const body = renderBody([
    { kind: 'paragraph', text: 'Results by region:' },
    { kind: 'table', rows: [['Region', 'Votes', 'Share'], ['North {x}', '1,204 | 3', '<b>51%</b>'], ['See https://www.kremlin.ru/events/president/news/73585', '*2*', 'import x']], text: '' },
    { kind: 'code', text: HOSTILE_CODE },
    { kind: 'paragraph', text: 'After.' },
  ]);
  const tree = parse(body);

  it('renders a table with a header row and every cell’s text intact', () => {
    const rows = elements(tree, 'tr').map((row) => row.children?.filter((cell) => cell.tagName).map(textOf));
    expect(elements(tree, 'th')).toHaveLength(3);
    expect(rows).toEqual([
      ['Region', 'Votes', 'Share'],
      ['North {x}', '1,204 | 3', '<b>51%</b>'],
      ['See https://www.kremlin.ru/events/president/news/73585', '*2*', 'import x'],
    ]);
  });

  it('makes no emphasis, tag or MDX node out of cell text, and keeps the code literal', () => {
    const nodes = flatten(tree);
    expect(findMdxNodes(body)).toEqual([]);
    const tags = new Set(nodes.flatMap((node) => (node.tagName ? [node.tagName] : [])));
    // The parser links a bare https address, as it does in a paragraph (see import-escape.test.ts).
    expect([...tags].sort()).toEqual(['a', 'code', 'p', 'pre', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    expect(elements(tree, 'a').map((link) => link.properties?.href)).toEqual([
      'https://www.kremlin.ru/events/president/news/73585',
    ]);
    expect(textOf(elements(tree, 'code')[0] ?? { type: 'root' })).toBe(`${HOSTILE_CODE}\n`);
    expect(textOf(elements(tree, 'p').at(-1) ?? { type: 'root' })).toBe('After.');
  });
});
