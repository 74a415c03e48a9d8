import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchArchive } from '../cli/bench/archive.ts';
import { writeFiles } from '../cli/bench/files.ts';
import { copyProject } from './fixture-site.ts';

// `astro dev` on a small archive, in a copy of the project (the dev server writes its store into
// the project's .astro/): a reader's page shows the entry, and an edit to the entry shows on it.
const workDir = mkdtempSync(join(tmpdir(), 'kr-dev-'));
const content = join(workDir, 'content');
const archive = generateBenchArchive({ entries: 30 });
const article = archive.files.find((file) => file.path.startsWith('articles/'))!;
const articleId = article.path.replace(/^.*\/|\.mdx$/g, '');
let server: ChildProcess | undefined;
let log = '';
let pageUrl = '';

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

const withoutVitest = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST')));

/** The page's HTML once it answers 200 and `shows` holds for it, polling until `timeoutMs`. */
async function waitForPage(shows: (html: string) => boolean, timeoutMs: number): Promise<string> {
  const end = Date.now() + timeoutMs;
  let last = '';
  let status = 'no answer';
  while (Date.now() < end) {
    const response = await fetch(pageUrl).catch((error: unknown) => String(error));
    if (typeof response === 'string') status = response;
    else {
      status = String(response.status);
      last = await response.text();
      if (response.ok && shows(last)) return last;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${pageUrl} did not show what was expected within ${timeoutMs} ms; last answer ${status}, page ${last.length} characters; dev log:\n${log.slice(-3000)}\n${last.slice(0, 2000)}`);
}

beforeAll(async () => {
  writeFiles(content, archive.files);
  const project = copyProject(mkdtempSync(join(workDir, 'project-')));
  const port = await freePort();
  pageUrl = `http://127.0.0.1:${port}/articles/${articleId}/`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project,
    // Under Vitest's own variables Astro's dev server serves no page (it leaves that to the test).
    env: { ...withoutVitest(process.env), SITE_CONTENT_DIR: content, NODE_ENV: 'development' },
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
}, 30_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(workDir, { recursive: true, force: true });
});

describe('astro dev on an archive', () => {
  it('serves an article page, and shows an edit to its entry', async () => {
    const title = article.text.match(/^title: "?(.+?)"?$/m)![1]!;
    expect(await waitForPage((html) => html.includes(title), 90_000)).toContain('<article');
    const sentence = `An edit made while the dev server runs, ${Date.now()}.`;
    const file = join(content, article.path);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${sentence}\n`);
    expect(await waitForPage((html) => html.includes(sentence), 30_000)).toContain(sentence);
  }, 150_000);
});
