import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import pagefindIntegration from '../integrations/pagefind.ts';
import { createIntegrityCheck } from '../integrations/integrity.ts';
import { DIST, readPublishedArticles } from './site-files.ts';

// The lossless check as the build runs it: the real Pagefind, then the integrity hook, over a copy
// of the real build output with one fault, as a broken template or feed would leave it.
type BuildDone = (options: { dir: URL; logger: { info(message: string): void }; pages: { pathname: string }[] }) => Promise<void>;
const article = readPublishedArticles()[0]!;
const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) };
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  logged.length = 0;
});

/** Checks a copy of the build, broken by `breakOutput`; with `cacheDir`, as a build through that cache folder. */
async function checkBuild(breakOutput: (outDir: string) => void, cacheDir?: string): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'kr-integrity-'));
  folders.push(outDir);
  cpSync(DIST, outDir, { recursive: true, filter: (path) => !path.includes(`${DIST}/pagefind`) });
  breakOutput(outDir);
  const check = createIntegrityCheck(resolve('content'));
  if (cacheDir) {
    const configDone = check.integration.hooks['astro:config:done'] as unknown as (options: { config: { base: string; cacheDir: URL } }) => void;
    configDone({ config: { base: '/', cacheDir: pathToFileURL(`${cacheDir}/`) } });
  }
  const hooks = [pagefindIntegration({ onIndexed: check.onIndexed, whileIndexing: check.whileIndexing }), check.integration].map((integration) => integration.hooks['astro:build:done'] as unknown as BuildDone);
  // Astro's list of the pages it built: every HTML file of the output, by its path.
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ pathname: path.replace(/index\.html$/, '') }));
  for (const done of hooks) await done({ dir: pathToFileURL(`${outDir}/`), logger, pages });
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('the lossless check after the build', () => {
  it('passes the real build, matching every article by its text, feed item and search record', async () => {
    await checkBuild(() => {});
    expect(logged.at(-1)).toBe(`${readPublishedArticles().length} articles, each with its text on its page, a feed item and a search record.`);
  });

  const removeText = (out: string) =>
    edit(join(out, `articles/${article.id}/index.html`), (html) => html.replace(/(<h2 id="text-heading"[^>]*>[^<]*<\/h2>)[\s\S]*?(<\/section>)/, '$1$2'));

  it('fails, naming the entry’s file, when a page was rendered without the article’s text', async () => {
    const failure = checkBuild(removeText);
    await expect(failure).rejects.toThrow(`${article.path}: the page /articles/${article.id}/ does not show the article's text`);
  });

  it('fails on a page that lost its text, though an earlier build through the same cache folder read the page whole', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kr-integrity-cache-'));
    folders.push(cacheDir);
    await checkBuild(() => {}, cacheDir);
    expect(readdirSync(cacheDir).sort()).toEqual(['kremlin-record-lossless-articles.bin', 'kremlin-record-lossless-pages.bin']);
    const failure = checkBuild(removeText, cacheDir);
    await expect(failure).rejects.toThrow(`${article.path}: the page /articles/${article.id}/ does not show the article's text`);
  });

  it('fails, naming the entry’s file, when its feed item links a page that does not exist', async () => {
    const failure = checkBuild((out) => edit(join(out, 'rss.xml'), (xml) => xml.replace(`/articles/${article.id}/</link>`, `/articles/${article.id}-gone/</link>`)));
    await expect(failure).rejects.toThrow(`${article.path}: no feed item links its page /articles/${article.id}/`);
    await expect(failure).rejects.toThrow(`rss.xml: a feed item links /articles/${article.id}-gone/, which the build did not write`);
  });
});
