import { describe, expect, it } from 'vitest';
import { formatBytes, MAX_BODY_BYTES, parseMdxBody } from './mdx.ts';

const lineOf = (body: string, text: string): number | undefined => {
  const parsed = parseMdxBody(body);
  if ('error' in parsed) return undefined;
  type Found = { value?: unknown; position?: { start: { line: number } } | undefined; children?: unknown[] };
  const find = (node: Found): number | undefined =>
    node.value === text ? node.position?.start.line : (node.children ?? []).map((child) => find(child as typeof node)).find((line) => line !== undefined);
  return find(parsed.tree);
};

describe('parseMdxBody', () => {
  it('parses LF, CRLF and lone CR line endings alike, so lines are the lines an editor shows', () => {
    for (const end of ['\n', '\r\n', '\r']) expect(lineOf(`One.${end}${end}Two.`, 'Two.')).toBe(3);
  });

  it('turns an export after lone carriage returns into an ESM node, the code it is', () => {
    const parsed = parseMdxBody('Para\r\rexport const x = 1');
    expect('tree' in parsed && parsed.tree.children.map((node) => node.type)).toEqual(['paragraph', 'mdxjsEsm']);
  });

  it('reads GFM tables, footnotes and strikethrough', () => {
    const parsed = parseMdxBody('| a |\n|---|\n| 1 |\n\n~~x~~[^n]\n\n[^n]: Note.');
    expect('tree' in parsed && parsed.tree.children.map((node) => node.type)).toEqual(['table', 'paragraph', 'footnoteDefinition']);
  });

  it('reports a syntax error with its line instead of throwing', () => {
    expect(parseMdxBody('Fine.\n\na <3 b')).toEqual({ error: { line: 3, message: expect.stringMatching(/^MDX syntax error: Unexpected character `3`/) } });
  });

  it('names an HTML comment, which MDX cannot parse, as a comment', () => {
    expect(parseMdxBody('Text <!-- ad -->')).toEqual({ error: { line: 1, message: 'HTML comment <!-- -->: entries hold no comments; put the remark in the notes field' } });
  });

  it('refuses a body over 1 MB unparsed, giving its size', () => {
    expect(parseMdxBody('a'.repeat(MAX_BODY_BYTES + 1))).toEqual({ error: { line: 1, message: 'the body is 1 MB (1048577 bytes), over the 1 MB an entry may hold' } });
    expect(parseMdxBody('é'.repeat(800_000))).toEqual({ error: { line: 1, message: 'the body is 1.53 MB (1600000 bytes), over the 1 MB an entry may hold' } });
  });
});

describe('formatBytes', () => {
  it('says bytes, kilobytes and megabytes as people read them', () => {
    expect([512, 1536, 1536 * 1024, 2 * 1024 * 1024].map(formatBytes)).toEqual(['512 bytes', '1.5 KB', '1.5 MB', '2 MB']);
  });
});
