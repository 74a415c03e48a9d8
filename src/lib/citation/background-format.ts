/**
 * formatCitations on a worker thread. citeproc-js is a fifth of a build's time on the one thread
 * that renders pages; on a worker it runs beside them, on another core. A build sends every
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
  /** Starts formatting the items; a later `format` of an equal item takes its result, once. */
  prefetch(items: readonly CslItem[]): void;
  /** The item's citations, as formatCitations makes them; rejects naming the article. */
  format(item: CslItem): Promise<FormattedCitation[]>;
  /** Stops the worker; a later request starts another. */
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
 * A formatter whose worker runs `workerFile` (format-worker.ts), started at the first request. The
 * worker holds the process only while a `format` call waits, so neither a build nor a test waits
 * for items sent ahead that no page asked for. It stops after `idleMs` with nothing to do: the dev
 * server makes a new formatter each time this code changes, and the old one's worker must go.
 */
export function createBackgroundFormatter(workerFile: string, { idleMs = 30_000 } = {}): BackgroundFormatter {
  let worker: Worker | undefined;
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
    if (awaited && awaitedCount === 1) worker?.ref();
    if (!awaited && awaitedCount === 0) worker?.unref();
  }

  function failAll(reason: string) {
    worker = undefined;
    ahead.clear();
    for (const ticket of [...open.values()]) ticket.fail(reason);
  }

  function startWorker(): Worker {
    const started = new Worker(workerFile);
    started.unref();
    started.on('message', (reply: FormatReply) => open.get(reply.ticket)?.settle(reply));
    started.on('error', (error) => failAll(`the citation worker ${workerFile} failed: ${error.message}`));
    // An exit after an error, or after close(), finds another worker (or none) in place.
    started.on('exit', (code) => {
      if (worker === started) failAll(`the citation worker ${workerFile} stopped with exit code ${code}`);
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
    if (open.size > 0 || !worker) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(stopWorker, idleMs).unref();
  }

  function stopWorker() {
    const stopping = worker;
    worker = undefined;
    void stopping?.terminate();
  }

  function send(items: readonly CslItem[]): Ticket[] {
    if (items.length === 0) return [];
    clearTimeout(idleTimer);
    worker ??= startWorker();
    const tickets = items.map(createTicket);
    for (const ticket of tickets) open.set(ticket.number, ticket);
    worker.postMessage(items.map((item, index): FormatRequest => ({ ticket: tickets[index]!.number, item })));
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
      const stopping = worker;
      failAll('the citation worker was closed');
      await stopping?.terminate();
    },
  };
}
