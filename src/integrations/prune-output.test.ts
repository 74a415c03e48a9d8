import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearOutputFolder } from './clear-output.ts';

let parent: string;
let outDir: string;

function writeFile(path: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
}

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'kr-clear-'));
  outDir = join(parent, 'dist');
  for (let index = 0; index < 50; index += 1) writeFile(join(outDir, 'articles', `a-${index}`, 'index.html'));
  writeFile(join(parent, 'dist-notes', 'keep.txt'));
  writeFile(join(parent, 'src', 'page.astro'));
});

afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('clearOutputFolder', () => {
  it('empties the output folder at once and deletes the old files behind the build', async () => {
    const cleared = clearOutputFolder(outDir);
    expect(existsSync(outDir)).toBe(false);
    await cleared;
    expect(readdirSync(parent).sort()).toEqual(['dist-notes', 'src']);
  });

  it('deletes what an interrupted build left aside, and nothing else beside the output', async () => {
    writeFile(join(parent, '.dist-removing-123-456', 'articles', 'x', 'index.html'));
    await clearOutputFolder(outDir);
    expect(readdirSync(parent).sort()).toEqual(['dist-notes', 'src']);
  });

  it('does nothing when there is no output yet', async () => {
    rmSync(outDir, { recursive: true });
    await clearOutputFolder(outDir);
    expect(readdirSync(parent).sort()).toEqual(['dist-notes', 'src']);
  });

  it('keeps a Git checkout in the output folder (a deploy branch) and deletes the rest', async () => {
    writeFile(join(outDir, '.git', 'HEAD'));
    await clearOutputFolder(outDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
    expect(existsSync(join(outDir, '.git', 'HEAD'))).toBe(true);
  });
});
