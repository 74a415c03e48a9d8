/**
 * The one MDX parser that reads entry bodies: micromark with the MDX and GFM extensions, into an
 * mdast syntax tree. The tree it returns is the tree the allow-list judges and the renderer turns
 * into HTML; nothing in an entry is ever compiled to JavaScript.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { LineMessage } from '../frontmatter/read.ts';

/** A parsed body: its tree, or the syntax error that stopped the parser, with its line. */
export type ParsedBody = { tree: Root } | { error: LineMessage };

/** Bodies larger than this are refused unparsed: an archived article is text, not a data dump. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Parses an MDX body. Line endings are whatever the parser says they are (LF, CRLF or a lone
 * CR), so the lines in the tree are the lines the maintainer's editor shows.
 * @example parseMdxBody('Hi *you*') // { tree: { type: 'root', children: [{ type: 'paragraph', ... }] } }
 * @example parseMdxBody('a <3') // { error: { line: 1, message: 'MDX syntax error: Unexpected character `3` ...' } }
 */
export function parseMdxBody(body: string): ParsedBody {
  const size = new TextEncoder().encode(body).length;
  if (size > MAX_BODY_BYTES) {
    return { error: { line: 1, message: `the body is ${formatBytes(size)} (${size} bytes), over the ${formatBytes(MAX_BODY_BYTES)} an entry may hold` } };
  }
  try {
    return { tree: fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }) };
  } catch (error) {
    const { line, message } = error as { line?: number; message?: string };
    return { error: { line: typeof line === 'number' && line > 0 ? line : 1, message: describeSyntaxError(message ?? String(error)) } };
  }
}

/** The parser's message, with the hint for the mistakes entries make most: a literal "<" or "{". */
function describeSyntaxError(message: string): string {
  // The parser suggests an MDX comment, which is an expression and refused as code.
  if (message.includes('to create a comment in MDX')) return 'HTML comment <!-- -->: entries hold no comments; put the remark in the notes field';
  return `MDX syntax error: ${message.replace(/\s+/g, ' ').trim()}; write \\< \\{ \\} for a literal "<", "{" or "}"`;
}

/**
 * A byte count as people read it.
 * @example formatBytes(1572864) // "1.5 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(2))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
