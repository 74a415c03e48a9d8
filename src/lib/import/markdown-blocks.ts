/**
 * The two Markdown structures the importer writes besides prose: a fenced code block for code and
 * preformatted text, and a GFM table for a table. Both keep their content as printed. A fenced
 * block is shown literally by MDX (no escape, expression or tag is read inside it), so its fence is
 * made longer than any run of backticks in the code, which then cannot close it early.
 */

/** Code or preformatted text, as printed: its line breaks and indentation are the content. */
export interface CodeBlock {
  kind: 'code';
  text: string;
}

/** A table: rows of cells, the first row its header, each cell's text on one line, not yet escaped. */
export interface TableBlock {
  kind: 'table';
  rows: string[][];
  /** The cells' text, separated by spaces, for what reads the article as text (quotes, suggestions). */
  text: string;
}

/**
 * A fenced code block holding `code` literally: a fence of backticks longer than the longest
 * backtick run inside (at least three), no info string, trailing blank lines dropped.
 * @example formatCodeBlock('let a = `x`;') // "```\nlet a = `x`;\n```"
 */
export function formatCodeBlock(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
  if (lines === '') return '';
  const longestRun = Math.max(0, ...(lines.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}\n${lines}\n${fence}`;
}

/**
 * A GFM table from rows of cells already escaped for MDX (a `|` in a cell written `\|`): the first
 * row is the header, every row padded to the widest, so no cell is dropped.
 * @example formatTable([['Region', 'Votes'], ['North', '1,204']]) // "| Region | Votes |\n| --- | --- |\n| North | 1,204 |"
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return '';
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
}
