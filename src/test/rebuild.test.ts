import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchArchive } from '../cli/bench/archive.ts';
import { writeFiles } from '../cli/bench/files.ts';
import { listFiles } from './site-files.ts';

// A rebuild keeps the last build's output and its caches: Astro leaves the pages it would render
// the same in place, and what the last build wrote that this one does not must go. A rebuild
// after a change must therefore write exactly what a clean build of the changed archive writes,
// even when another build wrote elsewhere through the same cache in between.
const workDir = mkdtempSync(join(tmpdir(), 'kr-rebuild-'));
const content = join(workDir, 'content');
const archive = generateBenchArchive({ entries: 30 });
const idOf = (path: string) => path.replace(/^.*\/|\.mdx$/g, '');
const articleFiles = archive.files.filter((file) => file.path.startsWith('articles/')).map((file) => file.path);
// Articles no other entry cites: the check refuses a citation of a deleted article or a draft.
const uncited = articleFiles.filter((path) => !archive.files.some((file) => file.path !== path && file.text.includes(idOf(path))));
const [deleted, edited, drafted, editedLater] = uncited as [string, string, string, string];

const cache = join(workDir, 'cache');
function build(dist: string, cacheDir = cache) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: content, SITE_OUT_DIR: dist, SITE_CACHE_DIR: cacheDir },
  });
  if (result.status !== 0) throw new Error(`the build into ${dist} failed:\n${result.stdout}${result.stderr}`.slice(-3000));
}

function addSentence(path: string, sentence: string) {
  const file = join(content, path);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${sentence}\n`);
}

const hashFiles = (dist: string) =>
  new Map(listFiles(dist).sort().map((path) => [path, createHash('sha256').update(readFileSync(join(dist, path))).digest('hex')]));

const rebuilt = join(workDir, 'rebuilt');
const clean = join(workDir, 'clean');
const pageOf = (path: string) => join(rebuilt, 'articles', idOf(path), 'index.html');
const writtenAt = () => new Map(articleFiles.map((path) => [path, statSync(pageOf(path), { throwIfNoEntry: false })?.mtimeMs]));
/** When the first build, and the rebuild after the first changes, wrote each article's page. */
let firstWrittenAt = new Map<string, number | undefined>();
let rewrittenAt = new Map<string, number | undefined>();
/** The citation files the rebuild after the first changes left in the folder, by article. */
let citationsAfterRebuild = new Map<string, string[]>();

beforeAll(() => {
  writeFiles(content, archive.files);
  build(rebuilt);
  firstWrittenAt = writtenAt();
  unlinkSync(join(content, deleted));
  addSentence(edited, 'A sentence added since the last build.');
  const draftedFile = join(content, drafted);
  writeFileSync(draftedFile, readFileSync(draftedFile, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
  build(rebuilt);
  rewrittenAt = writtenAt();
  citationsAfterRebuild = new Map(articleFiles.map((path) => [path, ['bib', 'ris', 'json'].filter((extension) => existsSync(join(rebuilt, 'articles', idOf(path), `cite.${extension}`)))]));
  // A preview built elsewhere through the same cache: the cache now knows a page the folder does not.
  addSentence(editedLater, 'A sentence only a preview has shown.');
  build(join(workDir, 'preview'));
  build(rebuilt);
  build(clean, join(workDir, 'clean-cache'));
}, 900_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('a rebuild after articles are deleted, edited and made drafts', () => {
  it('leaves most unchanged articles’ pages in place instead of writing them again', () => {
    const unchanged = articleFiles.filter((path) => ![deleted, edited, drafted].includes(path));
    const leftInPlace = unchanged.filter((path) => rewrittenAt.get(path) === firstWrittenAt.get(path));
    expect(leftInPlace.length).toBeGreaterThan(unchanged.length / 2);
    for (const gone of [deleted, drafted]) expect(rewrittenAt.get(gone), gone).toBeUndefined();
  });

  it('keeps the citation files it did not need to write again, and no deleted article’s or draft’s', () => {
    for (const path of articleFiles) {
      expect(citationsAfterRebuild.get(path), path).toEqual([deleted, drafted].includes(path) ? [] : ['bib', 'ris', 'json']);
    }
  });

  it('writes exactly the files of a clean build, byte for byte, after a build elsewhere through its cache', () => {
    const fromRebuild = hashFiles(rebuilt);
    const fromClean = hashFiles(clean);
    const differing = [...new Set([...fromRebuild.keys(), ...fromClean.keys()])].filter((path) => fromRebuild.get(path) !== fromClean.get(path));
    expect(differing).toEqual([]);
    expect(readFileSync(pageOf(edited), 'utf8')).toContain('A sentence added since the last build.');
    expect(readFileSync(pageOf(editedLater), 'utf8')).toContain('A sentence only a preview has shown.');
  });
});
