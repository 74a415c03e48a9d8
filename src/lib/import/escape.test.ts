import { describe, expect, it } from 'vitest';
// The escapes must hold against the real thing: the one MDX parser, allow-list and renderer
// that the build runs on every entry (src/lib/content/).
import { judgeMdxBody } from '../content/allow-list.ts';
import { renderTree } from '../content/render.ts';
import { escapeInline, escapeLineStart, escapeMdxText, renderBody } from './escape.ts';
import { getPlainText } from '../text.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Every node of an MDX body's tree, depth first. */
function flatten(node: HastNode): HastNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

function getRenderedText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(getRenderedText).join('');
}

/** The HTML tree the build renders from a body, which must pass the article allow-list. */
function parseMdx(body: string): HastNode {
  const { tree, components, problems } = judgeMdxBody(body, []);
  if (!tree) throw new Error(`refused: ${problems.map(({ line, message }) => `${line}: ${message}`).join('; ')}`);
  return renderTree(tree, components).hast as unknown as HastNode;
}

const HOSTILE_LINES = [
  'import { readFileSync } from "node:fs"',
  'export const x = 1',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '{process.exit(1)}',
  'He said {no} and 3 < 5 > 2',
  '# not a heading',
  '## neither',
  '> not a quote',
  '- not a list',
  '+ not a list',
  '* not a list',
  '1. not a list',
  '2) not a list',
  '---',
  '***',
  '___',
  'snake_case and 2*3*4 and _emphasis_ and **strong**',
  '`code` and ~~struck~~ and a | b',
  '[link](javascript:alert(1)) and ![image](x.png)',
  'see https://example.com/en_US/x{y}<z>.js now',
  'visit www.example.com/a_b or mail x_y@example.com',
  'AT&T, &amp; &copy; &#123; &#x7B;',
  'a backslash \\ and \\{ and \\\\',
  '<!-- comment --> and <https://example.com>',
  '    indented like code',
  'ends with two spaces  ',
  'import',
  'important people',
];

describe('escapeInline', () => {
  it('escapes braces, angle brackets and Markdown marks', () => {
    expect(escapeInline('a {b} <c> [d] `e` |f| ~g~')).toBe('a \\{b\\} &lt;c&gt; \\[d\\] \\`e\\` \\|f\\| \\~g\\~');
  });

  it('writes emphasis marks as character references, which getPlainText cannot mistake for emphasis', () => {
    expect(escapeInline('*a* _b_')).toBe('&#42;a&#42; &#95;b&#95;');
  });

  it('escapes an ampersand only where it would start a character reference', () => {
    expect(escapeInline('AT&T &amp; &#123;')).toBe('AT&T &amp;amp; &amp;#123;');
  });

  it('doubles a backslash so that it escapes nothing', () => {
    expect(escapeInline('a \\{')).toBe('a \\\\\\{');
  });
});

describe('escapeLineStart', () => {
  it('keeps prose from becoming a heading, list or ESM statement', () => {
    expect(escapeLineStart('# x')).toBe('\\# x');
    expect(escapeLineStart('- x')).toBe('\\- x');
    expect(escapeLineStart('+ x')).toBe('\\+ x');
    expect(escapeLineStart('12. x')).toBe('12\\. x');
    expect(escapeLineStart('3) x')).toBe('3\\) x');
    expect(escapeLineStart('import x')).toBe('&#105;mport x');
    expect(escapeLineStart('export x')).toBe('&#101;xport x');
  });

  it('leaves ordinary prose alone', () => {
    expect(escapeLineStart('In 2023 Peskov spoke.')).toBe('In 2023 Peskov spoke.');
  });
});

describe('escapeMdxText', () => {
  it.each(HOSTILE_LINES)('makes %j plain text that MDX shows literally', (line) => {
    const escaped = escapeMdxText(line);
    const tree = parseMdx(escaped);
    const nodes = flatten(tree);
    expect(nodes.filter((node) => node.type.startsWith('mdx'))).toEqual([]);
    const tags = new Set(nodes.flatMap((node) => (node.tagName ? [node.tagName] : [])));
    for (const tag of tags) expect(['p', 'a']).toContain(tag);
    for (const link of nodes.filter((node) => node.tagName === 'a')) {
      expect(String(link.properties?.['href'])).toMatch(/^(https?:|mailto:)/);
    }
    const expected = line.replace(/\s+/g, ' ').trim();
    expect(getRenderedText(tree)).toBe(expected);
  });

  it.each(HOSTILE_LINES)('round-trips %j through getPlainText', (line) => {
    expect(getPlainText(escapeMdxText(line))).toBe(line.replace(/\s+/g, ' ').trim());
  });

  it('leaves no brace unescaped and no angle bracket at all', () => {
    for (const line of HOSTILE_LINES) {
      expect(escapeMdxText(line)).not.toMatch(/(?<!\\)(?:\\\\)*[{}]|[<>]/);
    }
  });
});

describe('renderBody', () => {
  it('separates paragraphs with blank lines and keeps list items together', () => {
    const body = renderBody([
      { kind: 'heading', text: 'Background' },
      { kind: 'paragraph', text: 'First {one}.' },
      { kind: 'item', text: 'a' },
      { kind: 'item', text: 'b' },
      { kind: 'paragraph', text: 'Last.' },
    ]);
    expect(body).toBe('## Background\n\nFirst \\{one\\}.\n\n- a\n- b\n\nLast.\n');
  });

  it('renders only the structure it meant', () => {
    const body = renderBody(HOSTILE_LINES.map((text) => ({ kind: 'paragraph' as const, text })));
    const tags = new Set(flatten(parseMdx(body)).flatMap((node) => (node.tagName ? [node.tagName] : [])));
    expect([...tags].sort()).toEqual(['a', 'p']);
  });

  it('drops blocks with no text', () => {
    expect(renderBody([{ kind: 'paragraph', text: '  ' }])).toBe('');
  });
});

describe('escapeMdxText on generated input', () => {
  // A fixed-seed generator, so that a failure names an input that reproduces.
  function* generateLines(count: number): Generator<string> {
    const tokens = ['{', '}', '<', '>', '[', ']', '(', ')', '*', '_', '`', '~', '|', '\\', '&', '#', '!', ':', '/', '.', '-',
      '+', '=', '@', ' ', ' ', 'a', 'Zb', '1', '12.', 'http://', 'https://', 'www.', 'import ', 'export ', '&amp;', '&#65;',
      '"', '’', '<b>', '</i>', 'x@y.com', '$', '^', '%', '\t', 'javascript:', '<!--', '-->', '{{', '}}', '{%', '%}'];
    let seed = 20231216;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let index = 0; index < count; index += 1) {
      const length = 1 + Math.floor(next() * 12);
      yield Array.from({ length }, () => tokens[Math.floor(next() * tokens.length)]).join('');
    }
  }

  it('never lets MDX read a generated line as anything but its own text', () => {
    for (const line of generateLines(1500)) {
      const expected = line.replace(/\s+/g, ' ').trim();
      if (expected === '') continue;
      const escaped = escapeMdxText(line);
      let tree: HastNode;
      try {
        tree = parseMdx(escaped);
      } catch (error) {
        throw new Error(`${JSON.stringify(line)} → ${JSON.stringify(escaped)}: ${(error as Error).message}`);
      }
      const nodes = flatten(tree);
      expect(nodes.filter((node) => node.type.startsWith('mdx')), JSON.stringify(line)).toEqual([]);
      expect(getRenderedText(tree), JSON.stringify(line)).toBe(expected);
      expect(getPlainText(escaped), JSON.stringify(line)).toBe(expected);
    }
    // micromark is JavaScript: 1500 parses take seconds on a loaded machine.
  }, 120_000);
});
