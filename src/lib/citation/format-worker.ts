/**
 * The worker thread of background-format.ts: formats the CSL items it is sent a few at a time in
 * one pass (formatAllCitations), and sends each item's citations back. If a pass fails, its items
 * are formatted one by one, so the article that cannot be cited is named and the others are not
 * held up. Node runs this file itself (it strips the types), outside the bundle a build makes of
 * the pages.
 */
import { parentPort } from 'node:worker_threads';
import { formatAllCitations, formatCitations, type FormattedCitation } from './format.ts';
import type { FormatReply, FormatRequest } from './background-format.ts';

const port = parentPort;
if (!port) throw new Error('format-worker.ts runs only as a worker thread (see background-format.ts)');

/**
 * Items formatted in one pass: fewer cost more each, and more make the first of them wait for the
 * last (a pass of 16 takes some 30 ms).
 */
const PASS_SIZE = 16;

function formatTogether(requests: FormatRequest[]): FormattedCitation[][] | undefined {
  try {
    return formatAllCitations(requests.map((request) => request.item));
  } catch {
    return undefined;
  }
}

port.on('message', (requests: FormatRequest[]) => {
  for (let start = 0; start < requests.length; start += PASS_SIZE) {
    const pass = requests.slice(start, start + PASS_SIZE);
    const together = formatTogether(pass);
    pass.forEach(({ ticket, item }, index) => {
      let reply: FormatReply;
      try {
        reply = { ticket, citations: together?.[index] ?? formatCitations(item) };
      } catch (error) {
        reply = { ticket, error: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    });
  }
});
