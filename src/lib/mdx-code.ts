/**
 * Where MDX source is code, as Markdown reads it: fenced code blocks and code spans. The safety
 * scan checks everything else, so each reader here errs towards "not code" when in doubt.
 */
import { createLineLocator, ESCAPABLE, getLineEnd } from './mdx-syntax.ts';

/**
 * The offset just after the run of exactly `length` backticks that closes a code span opened
 * before `from`, on the same line; undefined when the line has none, so the backticks are text.
 * A code span may continue on the next line in Markdown, but not when that line starts another
 * block, and telling the two apart needs a full parser: reading the next line as text is the safe
 * side, since text is checked and code is not.
 * @example findCodeSpanEnd('`{x}` y', 1, 1) // 5
 */
export function findCodeSpanEnd(source: string, from: number, length: number): number | undefined {
  const token = /`+|\n/g;
  token.lastIndex = from;
  for (let match = token.exec(source); match; match = token.exec(source)) {
    if (match[0] === '\n') return undefined;
    if (match[0].length === length) return match.index + length;
  }
  return undefined;
}

/** Where a fenced code block ends, and whether every Markdown parser would agree. */
export interface FenceEnd {
  /** The offset after the closing line, or the end of the source. */
  end: number;
  /** False when it closed on a line CommonMark would not take as a closing fence. */
  certain: boolean;
}

/**
 * Where a fenced code block opened with `marker` (such as "```") ends, searching from the end of
 * its opening line; an unclosed fence runs to the end, as in CommonMark. Any line that starts with
 * a run of the fence's character at least as long closes it, even one CommonMark would not take
 * (indented by a tab, text after the run), because the MDX parser differs there and ending code
 * early is the safe side; such an end is not `certain`.
 * @example findFenceEnd('```\n{x}\n```\nafter', 3, '```') // { end: 12, certain: true }
 */
export function findFenceEnd(source: string, openingLineEnd: number, marker: string): FenceEnd {
  const char = marker.startsWith('`') ? '`' : '~';
  const closing = new RegExp(`^[ \\t]*${char}{${marker.length},}`);
  const certainClosing = new RegExp(`^ {0,3}${char}{${marker.length},}[ \\t]*$`);
  let start = openingLineEnd + 1;
  while (start < source.length) {
    const end = getLineEnd(source, start);
    const line = source.slice(start, end);
    if (closing.test(line)) return { end: end + 1, certain: certainClosing.test(line) };
    start = end + 1;
  }
  return { end: source.length, certain: true };
}

/**
 * A function telling whether the code spans at an offset can be trusted to be code. Markdown pairs
 * backtick runs across the lines of a paragraph, and links, tables and bare URLs change which
 * backticks pair, so a paragraph (lines up to a blank line) is trusted only when each of its lines
 * pairs its own backticks and holds none of those; elsewhere backticks are read as text, and what
 * they enclose is checked.
 * @example createCodeSpanJudge('`{x}`\n\na `b\n{c}`')(0) // true: the first paragraph pairs its backticks
 */
export function createCodeSpanJudge(source: string): (offset: number) => boolean {
  const lines = source.split('\n');
  const lineAt = createLineLocator(source);
  const trusted: boolean[] = [];
  let chunkStart = 0;
  lines.forEach((line, index) => {
    const isLast = index === lines.length - 1;
    if (!/^[ \t]*$/.test(line) && !isLast) return;
    const chunk = lines.slice(chunkStart, index + 1);
    const text = chunk.join('\n');
    const clear = !text.includes('`') || (!/\||\]\(|\]:|https?:\/\/|www\./i.test(text) && !chunk.some(hasUnpairedBackticks));
    for (let chunkLine = chunkStart; chunkLine <= index; chunkLine += 1) trusted[chunkLine] = clear;
    chunkStart = index + 1;
  });
  return (offset) => trusted[lineAt(offset) - 1] ?? false;
}

/** Whether a line has a backtick run that no run of the same length closes on that line. */
function hasUnpairedBackticks(line: string): boolean {
  let index = 0;
  while (index < line.length) {
    if (line[index] === '\\' && ESCAPABLE.test(line[index + 1] ?? '')) {
      index += 2;
    } else if (line[index] === '`') {
      const length = /^`+/.exec(line.slice(index))?.[0].length ?? 1;
      const end = findCodeSpanEnd(line, index + length, length);
      if (end === undefined) return true;
      index = end;
    } else {
      index += 1;
    }
  }
  return false;
}
