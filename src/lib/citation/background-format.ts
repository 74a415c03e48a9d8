/**
 * formatCitations on worker threads. citeproc-js is a fifth of a build's time on the one thread
 * that renders pages; on workers it runs beside them. A build sends every
 * article's item ahead (`prefetch`), in the order it renders the pages, so that each page finds
 * its citations made, or nearly.
 */
import { Worker } from 'node:worker_threads';
import type { CslItem } from './citable-article.ts';
import type { FormattedCitation } from './format.ts';

/** What the worker (format-worker.ts) is sent: items, each with a ticket its reply carries back. */
export interface FormatRequest {
  ticket: number;
  item: CslItem;
}

export type FormatReply = { ticket: number; citations: FormattedCitation[] } | { ticket: number; error: string };

export interface BackgroundFormatter {
  /**
   * Starts formatting the items, shared among the workers, each of which formats its share in one
   * pass; a later `format` of an equal item takes its result, once.
   */
  prefetch(items: readonly CslItem[]): void;
  /** The item's citations, as formatCitations makes them; rejects naming the article. */
  format(item: CslItem): Promise<FormattedCitation[]>;
  /** Stops the workers; a later request starts others. */
  close(): Promise<void>;
}

interface Ticket {
  number: number;
  promise: Promise<FormattedCitation[]>;
  settle: (reply: FormatReply) => void;
  fail: (reason: string) => void;
  /** A `format` call waits for it: only then may the worker keep the process alive. */
  awaited: boolean;
}

/**
 * A formatter whose `workers` worker threads run `workerFile` (format-worker.ts), started at the
 * first request, and take the items in turn. The workers hold the process only while a `format`
 * call waits, so neither a build nor a test waits for items sent ahead that no page asked for.
 * They stop after `idleMs` with nothing to do: the dev server makes a new formatter each time this
 * code changes, and the old one's workers must go.
 */
export function createBackgroundFormatter(workerFile: string, { idleMs = 30_000, workers = 1 } = {}): BackgroundFormatter {
  let pool: Worker[] = [];
  /** The worker the next item goes to. */
  let turn = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let nextNumber = 0;
  let awaitedCount = 0;
  /** Tickets sent and not yet answered, by number. */
  const open = new Map<number, Ticket>();
  /** Prefetched tickets by the item's JSON: an article edited since is another item. */
  const ahead = new Map<string, Ticket>();

  function setAwaited(ticket: Ticket, awaited: boolean) {
    if (ticket.awaited === awaited) return;
    ticket.awaited = awaited;
    awaitedCount += awaited ? 1 : -1;
    if (awaited && awaitedCount === 1) for (const worker of pool) worker.ref();
    if (!awaited && awaitedCount === 0) for (const worker of pool) worker.unref();
  }

  /** Stops the workers; resolves once they are gone. */
  function stopWorkers(): Promise<unknown> {
    const stopping = pool;
    pool = [];
    return Promise.all(stopping.map((worker) => worker.terminate()));
  }

  function failAll(reason: string) {
    void stopWorkers();
    ahead.clear();
    for (const ticket of [...open.values()]) ticket.fail(reason);
  }

  function startWorker(): Worker {
    const started = new Worker(workerFile);
    started.unref();
    started.on('message', (reply: FormatReply) => open.get(reply.ticket)?.settle(reply));
    // One worker's failure fails every open ticket: the workers run the same code, and the others
    // would most likely fail the same way.
    started.on('error', (error) => failAll(`the citation worker ${workerFile} failed: ${error.message}`));
    // An exit after an error, or after close(), finds other workers (or none) in place.
    started.on('exit', (code) => {
      if (pool.includes(started)) failAll(`the citation worker ${workerFile} stopped with exit code ${code}`);
    });
    return started;
  }

  function createTicket(item: CslItem): Ticket {
    let resolve!: (citations: FormattedCitation[]) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<FormattedCitation[]>((onResolve, onReject) => {
      resolve = onResolve;
      reject = onReject;
    });
    // A prefetched item may fail before its page asks for it; the page gets the error then.
    promise.catch(() => {});
    const ticket: Ticket = {
      number: nextNumber++,
      promise,
      awaited: false,
      settle: (reply) => {
        if ('error' in reply) ticket.fail(reply.error);
        else {
          closeTicket(ticket);
          resolve(reply.citations);
        }
      },
      fail: (reason) => {
        closeTicket(ticket);
        reject(new Error(`Could not cite article "${item.id}": ${reason}`));
      },
    };
    return ticket;
  }

  function closeTicket(ticket: Ticket) {
    open.delete(ticket.number);
    setAwaited(ticket, false);
    if (open.size > 0 || pool.length === 0) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void stopWorkers(), idleMs).unref();
  }

  function send(items: readonly CslItem[]): Ticket[] {
    if (items.length === 0) return [];
    clearTimeout(idleTimer);
    while (pool.length < workers) pool.push(startWorker());
    const tickets = items.map(createTicket);
    const requests: FormatRequest[][] = pool.map(() => []);
    tickets.forEach((ticket, index) => {
      open.set(ticket.number, ticket);
      requests[turn]!.push({ ticket: ticket.number, item: items[index]! });
      turn = (turn + 1) % pool.length;
    });
    pool.forEach((worker, index) => {
      if (requests[index]!.length > 0) worker.postMessage(requests[index]);
    });
    return tickets;
  }

  return {
    prefetch(items) {
      const keyed = items.map((item) => [JSON.stringify(item), item] as const).filter(([key]) => !ahead.has(key));
      const tickets = send(keyed.map(([, item]) => item));
      keyed.forEach(([key], index) => ahead.set(key, tickets[index]!));
    },
    format(item) {
      const key = JSON.stringify(item);
      const ticket = ahead.get(key) ?? send([item])[0]!;
      ahead.delete(key);
      if (open.has(ticket.number)) setAwaited(ticket, true);
      return ticket.promise;
    },
    async close() {
      clearTimeout(idleTimer);
      const stopped = stopWorkers();
      failAll('the citation worker was closed');
      await stopped;
    },
  };
}
