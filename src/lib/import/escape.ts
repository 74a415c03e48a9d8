/**
 * Escaping imported text for an MDX body. An article file must never run code at build time and
 * must show its text as printed, so every character MDX or Markdown would read as syntax is
 * escaped: with a backslash where `getPlainText` (src/lib/text.ts) resolves one, and with a
 * character reference for angle brackets (so a body holds no `<` at all) and where a backslash
 * would not survive (emphasis marks, whose backslash form `getPlainText` would read as emphasis,
 * and the first letter of `import`/`export`, which has no backslash escape).
 */

import { formatCodeBlock, formatTable, type CodeBlock, type TableBlock } from './markdown-blocks.ts';

export type { CodeBlock, TableBlock };

/** A block of prose: a section heading, a list item, or a paragraph. */
export interface TextBlock {
  /** `heading` for a section heading, `item` for a list item, `paragraph` otherwise. */
  kind: 'paragraph' | 'heading' | 'item';
  /** The text as printed, on one line, not yet escaped. */
  text: string;
}

/** One block of an article body, as the importer writes it: prose, a code block or a table. */
export type Block = TextBlock | CodeBlock | TableBlock;

// `&` only where it would start a character reference, so that "AT&T" stays readable.
const INLINE_SYNTAX = /[\\{}<>[\]`*_~|]|&(?=#?[a-z0-9]+;)|:(?=\/\/)|(?<=\bwww)\./gi;

const INLINE_ESCAPES: Record<string, string> = {
  // Angle brackets as references leave no `<` at all in a body, so no tag can hide in one.
  '<': '&lt;',
  '>': '&gt;',
  '*': '&#42;',
  _: '&#95;',
  '&': '&amp;',
  // A literal `https://` or `www.` is read as a link before escapes apply, swallowing the
  // backslashes that follow; a reference for the colon or dot keeps the URL ordinary text.
  ':': '&#58;',
  '.': '&#46;',
};

/**
 * Escapes the characters MDX or Markdown would read as code or markup anywhere in a line.
 * @example escapeInline('a {b} <c> *d*') // "a \\{b\\} &lt;c&gt; &#42;d&#42;"
 */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SYNTAX, (character) => INLINE_ESCAPES[character] ?? `\\${character}`);
}

/**
 * Escapes what would turn a line of prose into Markdown or MDX structure at the start of a line:
 * a heading `#`, a list marker (`-`, `+`, `1.`, `1)`), a thematic break, an ESM `import`/`export`.
 * Expects a line already passed through {@link escapeInline}.
 * @example escapeLineStart('1. Not a list') // "1\\. Not a list"
 */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(#|-|\+)/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^(i)(?=mport)|^(e)(?=xport)/, (letter) => `&#${letter.charCodeAt(0)};`);
}

/**
 * One line of prose made safe for an MDX body: whitespace collapsed (so no indented code block or
 * hard line break appears), then every syntax character escaped.
 * @example escapeMdxText('import { x } from "y"') // "&#105;mport \\{ x \\} from \"y\""
 */
export function escapeMdxText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return escapeLineStart(escapeInline(line));
}

/**
 * The article body: paragraphs separated by blank lines, `## ` headings, `- ` list items kept
 * together, tables as GFM tables whose cells are escaped like prose, and code as fenced code
 * blocks, which MDX shows literally. The only Markdown it contains is what the importer meant.
 * @example renderBody([{ kind: 'heading', text: 'Background' }, { kind: 'paragraph', text: 'Text.' }]) // "## Background\n\nText.\n"
 */
export function renderBody(blocks: readonly Block[]): string {
  const lines: string[] = [];
  blocks.forEach((block, index) => {
    const text = renderBlock(block);
    if (text === '') return;
    const previous = blocks[index - 1];
    const continuesList = block.kind === 'item' && previous?.kind === 'item';
    if (lines.length > 0 && !continuesList) lines.push('');
    if (block.kind === 'heading') lines.push(`## ${text}`);
    else if (block.kind === 'item') lines.push(`- ${text}`);
    else lines.push(text);
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** A block's Markdown, without the marker of a heading or list item. */
function renderBlock(block: Block): string {
  if (block.kind === 'code') return formatCodeBlock(block.text);
  if (block.kind === 'table') return formatTable(block.rows.map((row) => row.map((cell) => escapeInline(cell.replace(/\s+/g, ' ').trim()))));
  return escapeMdxText(block.text);
}
