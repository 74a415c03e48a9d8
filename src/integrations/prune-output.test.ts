import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markBuildStart, pruneOutput } from './prune-output.ts';

let outDir: string;

/** Writes a file as the last build did: an hour ago. */
function writeEarlier(path: string) {
  const file = join(outDir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, 'x');
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(file, hourAgo, hourAgo);
}

function writeNow(path: string) {
  const file = join(outDir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, 'y');
}

beforeEach(() => {
  outDir = join(mkdtempSync(join(tmpdir(), 'kr-prune-')), 'dist');
  mkdirSync(outDir);
});

afterEach(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

describe('pruneOutput', () => {
  it('keeps the pages Astro reports and what the build wrote, and deletes the rest of the last build', () => {
    for (const path of ['articles/kept/index.html', 'articles/deleted/index.html', 'articles/deleted/cite.bib', '_astro/old.css', 'pagefind/fragment/old.pf_fragment', 'favicon.svg']) writeEarlier(path);
    const startedAt = markBuildStart(outDir)!;
    for (const path of ['articles/new/index.html', 'articles/kept/cite.bib', '_astro/new.css', 'favicon.svg']) writeNow(path);

    expect(pruneOutput(outDir, startedAt, new Set([join(outDir, 'articles/kept/index.html')]))).toBe(4);
    expect(readdirSync(join(outDir, 'articles')).sort()).toEqual(['kept', 'new']);
    expect(readdirSync(join(outDir, 'articles', 'kept')).sort()).toEqual(['cite.bib', 'index.html']);
    expect(readdirSync(join(outDir, '_astro'))).toEqual(['new.css']);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
    expect(existsSync(join(outDir, 'favicon.svg'))).toBe(true);
  });

  it('never touches a Git checkout in the output folder (a deploy branch)', () => {
    writeEarlier('.git/HEAD');
    writeEarlier('index.html');
    const startedAt = markBuildStart(outDir)!;
    pruneOutput(outDir, startedAt, new Set());
    expect(existsSync(join(outDir, '.git', 'HEAD'))).toBe(true);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('markBuildStart', () => {
  it('has nothing to prune in an empty output folder, or one that holds only a Git checkout', () => {
    expect(markBuildStart(outDir)).toBeUndefined();
    writeEarlier('.git/HEAD');
    expect(markBuildStart(outDir)).toBeUndefined();
    writeEarlier('index.html');
    expect(markBuildStart(outDir)).toBeGreaterThan(Date.now() - 60_000);
  });
});
