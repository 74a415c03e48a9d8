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

/** What the first query measured. */
export interface FirstQuery {
  query: string;
  /** Bytes received for requests under /pagefind/ (bodies and headers, as the network carried them; text gzipped). */
  bytes: number;
  requests: number;
  /** From opening `/search/?q=...` until the first result is on the page. */
  loadToResultsMs: number;
  /** On an open search page, from typing the query until its first result shows (the page waits 250 ms for typing to pause). */
  typeToResultsMs: number;
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
    const page = await context.newPage();
    const pending: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
        pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
      }
    });
    const started = performance.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.search-result', { timeout: 180_000 });
    const loadToResultsMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(pending);

    // A second, fresh page: open, wait until it is ready to search, then type.
    const typing = await (await browser.newContext()).newPage();
    await typing.goto(`${origin}/search/`);
    await typing.waitForSelector('#search-input:visible');
    await typing.waitForLoadState('networkidle');
    const typed = performance.now();
    await typing.fill('#search-input', query);
    await typing.waitForSelector('.search-result', { timeout: 180_000 });
    const typeToResultsMs = performance.now() - typed;
    return { query, bytes: sizes.reduce((sum, size) => sum + size, 0), requests: sizes.length, loadToResultsMs, typeToResultsMs };
  } finally {
    await browser.close();
    server.close();
  }
}
