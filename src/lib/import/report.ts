/**
 * The import's report on the terminal: the new file's path first, on a line of its own (so a
 * script can take it), then what the maintainer must still do, warnings, and quote suggestions.
 */
import type { ImportReport } from './entry.ts';
import { truncate } from '../text.ts';

const MAX_QUOTE_LENGTH = 160;

/**
 * The report as lines of text.
 * @example formatImportReport('content/articles/2023/x.mdx', { todo: [], warnings: [], quoteCandidates: [], removedCount: 0 })
 * // "content/articles/2023/x.mdx\n\nNothing left to fill in: run npm run check."
 */
export function formatImportReport(path: string, report: ImportReport, options: { dryRun?: boolean } = {}): string {
  const lines = [options.dryRun ? `Would write ${path} (dry run: nothing written)` : path, ''];
  if (report.warnings.length > 0) {
    lines.push('Warnings:', ...report.warnings.map((warning) => `  ! ${warning}`), '');
  }
  if (report.todo.length > 0) {
    lines.push('Still to fill in or check:', ...report.todo.map((item) => `  - ${item}`), '');
  } else {
    lines.push('Nothing left to fill in: run npm run check.', '');
  }
  if (report.quoteCandidates.length > 0) {
    lines.push('Quote candidates not written (add to quotes: once you know the speaker):');
    for (const quote of report.quoteCandidates) {
      const speaker = quote.speaker ? ` — nearest name: ${quote.speaker}` : '';
      lines.push(`  “${truncate(quote.text, MAX_QUOTE_LENGTH)}”${speaker}`);
    }
    lines.push('');
  }
  if (report.removedCount > 0) {
    const count = report.removedCount === 1 ? '1 line or fragment' : `${report.removedCount} lines or fragments`;
    lines.push(`Removed ${count} of site chrome (listed in notes:).`);
  }
  return lines.join('\n').trimEnd();
}
