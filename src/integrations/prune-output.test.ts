import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearOutputFolder, identify, isKeptOutput, markBuildStart, pruneOutput } from './prune-output.ts';

let parent: string;
let outDir: string;

function writeNow(path: string) {
  const file = join(outDir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, 'x');
}

/** Writes a file as the last build did: an hour ago. */
function writeEarlier(path: string) {
  writeNow(path);
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(outDir, path), hourAgo, hourAgo);
}

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'kr-output-'));
  outDir = join(parent, 'dist');
  mkdirSync(outDir);
});

afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('pruneOutput', () => {
  it('keeps the pages and public files it is given and what the build wrote, and deletes the rest of the last build', () => {
    for (const path of ['articles/kept/index.html', 'articles/deleted/index.html', 'articles/deleted/cite.bib', '_astro/old.css', 'pagefind/fragment/old.pf_fragment', 'favicon.svg']) writeEarlier(path);
    const startedAt = markBuildStart(outDir);
    for (const path of ['articles/new/index.html', 'articles/kept/cite.bib', '_astro/new.css']) writeNow(path);

    const kept = new Set([join(outDir, 'articles/kept/index.html'), join(outDir, 'favicon.svg')]);
    expect(pruneOutput(outDir, startedAt, kept)).toBe(4);
    expect(readdirSync(join(outDir, 'articles')).sort()).toEqual(['kept', 'new']);
    expect(readdirSync(join(outDir, 'articles', 'kept')).sort()).toEqual(['cite.bib', 'index.html']);
    expect(readdirSync(join(outDir, '_astro'))).toEqual(['new.css']);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
    expect(existsSync(join(outDir, 'favicon.svg'))).toBe(true);
  });

  it('leaves the folders a later step tidies itself as they are', () => {
    for (const path of ['pagefind/fragment/old.pf_fragment', 'articles/deleted/index.html']) writeEarlier(path);
    expect(pruneOutput(outDir, markBuildStart(outDir), new Set(), ['pagefind'])).toBe(1);
    expect(existsSync(join(outDir, 'pagefind/fragment/old.pf_fragment'))).toBe(true);
  });

  it('never touches a Git checkout in the output folder, a folder or a worktree’s file', () => {
    writeEarlier('.git/HEAD');
    writeEarlier('index.html');
    pruneOutput(outDir, markBuildStart(outDir), new Set());
    expect(existsSync(join(outDir, '.git', 'HEAD'))).toBe(true);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    rmSync(join(outDir, '.git'), { recursive: true });
    writeEarlier('.git');
    pruneOutput(outDir, markBuildStart(outDir), new Set());
    expect(existsSync(join(outDir, '.git'))).toBe(true);
  });
});

describe('isKeptOutput', () => {
  it('trusts only the very folder the last finished build wrote', () => {
    const record = identify(outDir);
    expect(isKeptOutput(outDir, record)).toBe(true);
    expect(isKeptOutput(outDir, undefined)).toBe(false);
    expect(isKeptOutput(outDir, { ...record, outDir: join(parent, 'preview') })).toBe(false);
  });

  it('does not trust a folder that was replaced, or holds a Git checkout that may have been pulled', async () => {
    const record = identify(outDir);
    rmSync(outDir, { recursive: true });
    // Made again a moment later, the folder may well get the same inode (ext4 reuses it at once).
    await new Promise((resolve) => setTimeout(resolve, 50));
    mkdirSync(outDir);
    expect(isKeptOutput(outDir, record)).toBe(false);
    writeNow('.git/HEAD');
    expect(isKeptOutput(outDir, identify(outDir))).toBe(false);
  });
});

describe('clearOutputFolder', () => {
  beforeEach(() => {
    for (let index = 0; index < 50; index += 1) writeNow(join('articles', `a-${index}`, 'index.html'));
    mkdirSync(join(parent, 'dist-notes'));
  });

  it('empties the output folder at once and deletes the old files behind the build', async () => {
    const cleared = clearOutputFolder(outDir);
    expect(existsSync(outDir)).toBe(false);
    await cleared;
    expect(readdirSync(parent).sort()).toEqual(['dist-notes']);
  });

  it('deletes what an interrupted build left aside, and nothing else beside the output', async () => {
    mkdirSync(join(parent, '.dist-removing-123-456', 'articles'), { recursive: true });
    await clearOutputFolder(outDir);
    expect(readdirSync(parent).sort()).toEqual(['dist-notes']);
  });

  it('keeps a Git checkout in the output folder (a deploy branch) and deletes the rest', async () => {
    writeNow('.git/HEAD');
    await clearOutputFolder(outDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
  });
});
