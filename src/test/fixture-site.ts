/**
 * Builds a small fixture archive into a throwaway copy of the project and serves it, for tests on
 * entries the real archive does not have. The copy gets its own node_modules of links, so Astro's
 * caches (node_modules/.astro, .vite) never mix the fixture with the real archive.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const CACHES = new Set(['.astro', '.vite', '.cache']);

export interface FixtureSite {
  outDir: string;
  /** Removes the copy, and the output when it was built into the copy. */
  remove: () => void;
}

/**
 * Runs `astro build` in `cwd` without blocking, so two builds can share the machine; resolves with
 * its exit code and log. A production build, as `npm run build` makes, whatever NODE_ENV Vitest set.
 */
export function runAstroBuild(cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; log: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd, env: { ...env, NODE_ENV: 'production' } });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status) => done({ status, log }));
  });
}

/** Copies the project's engine into `root`, with a node_modules of links; returns `root`. */
export function copyProject(root: string): string {
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (!CACHES.has(name)) symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

/**
 * Builds `contentDir` with the project's engine; throws with the build log when the build fails.
 * Given `outDir`, the output goes there and outlives the copy, which is removed at once.
 */
export async function buildFixtureSite(contentDir: string, outDir?: string): Promise<FixtureSite> {
  const root = copyProject(mkdtempSync(join(tmpdir(), 'kr-fixture-site-')));
  const target = outDir ?? join(root, 'dist');
  const remove = () => rmSync(root, { recursive: true, force: true });
  const result = await runAstroBuild(root, { ...process.env, SITE_CONTENT_DIR: resolve(contentDir), SITE_OUT_DIR: target });
  if (outDir) remove();
  if (result.status !== 0) throw new Error(`The fixture build failed:\n${result.log}`);
  return { outDir: target, remove };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.xml': 'application/xml', '.json': 'application/json', '.wasm': 'application/wasm',
};

/**
 * Serves a built site on a free local port, as a static host would (a folder serves its
 * index.html), under `base` when the site was built for a sub-folder.
 */
export async function serveStatic(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(dir, path.slice(base.length - 1));
    try {
      if (!path.startsWith(base)) throw new Error(`${path} is outside ${base}`);
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
