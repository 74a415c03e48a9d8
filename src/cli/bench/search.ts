/**
 * What a reader's first search costs: the built site served by a small static server, /search/
 * opened in a real Chromium with a common name, and every request to the search bundle counted
 * (Pagefind's script, its WebAssembly, index chunks and result fragments).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChrome } from '../../test/chrome.ts';
import type { Page } from 'playwright-core';

/** What the first query measured. */
export interface FirstQuery {
  query: string;
  /** Bytes received for requests under /pagefind/ (bodies and headers, as the network carried them; text gzipped). */
  bytes: number;
  requests: number;
  /** From opening `/search/?q=...` (the navigation's start) until the first result is on the page. */
  loadToResultsMs: number;
  /** On an open search page, from typing the query until its first result shows (the page waits 250 ms for typing to pause). */
  typeToResultsMs: number;
}

/**
 * Timed in the page, not by polling it from here: Playwright looks for a selector at growing
 * intervals, up to half a second apart, which made every wait look up to 500 ms longer. The
 * page notes, by its own clock, the first input event and the moment a first result is added.
 */
const TIMING_SCRIPT = `
  window.__searchTiming = {};
  document.addEventListener('input', () => { window.__searchTiming.input ??= performance.now(); }, true);
  new MutationObserver(() => {
    if (window.__searchTiming.results === undefined && document.querySelector('.search-result')) window.__searchTiming.results = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;

interface SearchTiming {
  input?: number;
  results?: number;
}

async function readTiming(page: Page): Promise<SearchTiming> {
  await page.waitForSelector('.search-result', { timeout: 180_000 });
  return page.evaluate(() => (window as unknown as { __searchTiming: SearchTiming }).__searchTiming);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.xml': 'application/xml', '.svg': 'image/svg+xml',
};

// Text a static host or CDN compresses; Pagefind's index chunks and fragments are gzip already.
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg']);

/** Serves `root` on a free local port, as a static host would: text gzipped when the browser accepts it. */
async function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Opens the search page for `query` in Chromium and measures the search bundle's traffic and the wait. */
export async function measureFirstQuery(distDir: string, query: string): Promise<FirstQuery> {
  const server = await serve(distDir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChrome();
  try {
    const context = await browser.newContext();
    await context.addInitScript(TIMING_SCRIPT);
    const page = await context.newPage();
    const pending: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
        pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
      }
    });
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    const loadToResultsMs = (await readTiming(page)).results!;
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(pending);

    // A second, fresh page: open, wait until it is ready to search, then type.
    const typingContext = await browser.newContext();
    await typingContext.addInitScript(TIMING_SCRIPT);
    const typing = await typingContext.newPage();
    await typing.goto(`${origin}/search/`);
    await typing.waitForSelector('#search-input:visible');
    await typing.waitForLoadState('networkidle');
    await typing.fill('#search-input', query);
    const timing = await readTiming(typing);
    const typeToResultsMs = timing.results! - timing.input!;
    return { query, bytes: sizes.reduce((sum, size) => sum + size, 0), requests: sizes.length, loadToResultsMs, typeToResultsMs };
  } finally {
    await browser.close();
    server.close();
  }
}
