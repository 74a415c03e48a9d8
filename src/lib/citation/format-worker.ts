/**
 * The worker thread of background-format.ts: formats each CSL item it is sent, in the order sent,
 * and sends each item's citations back as soon as they are made. Node runs this file itself (it
 * strips the types), outside the bundle a build makes of the pages.
 */
import { parentPort } from 'node:worker_threads';
import { formatCitations } from './format.ts';
import type { FormatReply, FormatRequest } from './background-format.ts';

const port = parentPort;
if (!port) throw new Error('format-worker.ts runs only as a worker thread (see background-format.ts)');

port.on('message', (requests: FormatRequest[]) => {
  for (const { ticket, item } of requests) {
    let reply: FormatReply;
    try {
      reply = { ticket, citations: formatCitations(item) };
    } catch (error) {
      reply = { ticket, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  }
});
