import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isHiddenPath, isRefused, listContentFiles, getCollectionOfPath } from './files.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path → text). */
function makeFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'kr-files-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe('listContentFiles', () => {
  it('reads every file under the folder, in path order, with forward-slash paths', () => {
    const root = makeFolder({ 'topics/b.mdx': 'B', 'articles/2023/a.mdx': 'A', 'people/c.yaml': 'C' });
    expect(listContentFiles(root)).toEqual([
      { path: 'articles/2023/a.mdx', text: 'A' },
      { path: 'people/c.yaml', text: 'C' },
      { path: 'topics/b.mdx', text: 'B' },
    ]);
  });

  it('lists files the collections do not read, so the rules can name them', () => {
    const root = makeFolder({ 'articles/2023/a.md': 'A', 'topics/nested/b.mdx': 'B', 'people/x.yml': 'C' });
    expect(listContentFiles(root).map((file) => file.path)).toEqual(['articles/2023/a.md', 'people/x.yml', 'topics/nested/b.mdx']);
  });

  it('refuses a symlinked entry and a symlinked folder by name, never reading through them', () => {
    const outside = makeFolder({ 'evil.mdx': 'export const x = 1' });
    const root = makeFolder({ 'topics/ok.mdx': 'OK' });
    symlinkSync(join(outside, 'evil.mdx'), join(root, 'topics/evil.mdx'));
    symlinkSync(outside, join(root, 'articles'));
    const listed = listContentFiles(root);
    expect(listed.filter(isRefused)).toEqual([
      { path: 'articles', refusal: expect.stringContaining('is a symbolic link') },
      { path: 'topics/evil.mdx', refusal: expect.stringContaining('is a symbolic link') },
    ]);
    expect(JSON.stringify(listed)).not.toContain('export const');
  });

  it('leaves out hidden files and folders', () => {
    const root = makeFolder({ '.DS_Store': 'x', 'topics/.draft.mdx': 'x', '.git/config': 'x', 'topics/a.mdx': 'A' });
    expect(listContentFiles(root).map((file) => file.path)).toEqual(['topics/a.mdx']);
  });
});

describe('isHiddenPath', () => {
  it('is true for a dot-file or anything in a dot-folder', () => {
    expect(['.x', 'a/.b/c.mdx', 'a/b.mdx'].map(isHiddenPath)).toEqual([true, true, false]);
  });
});

describe('getCollectionOfPath', () => {
  it('follows the loaders of content.config.ts', () => {
    expect(getCollectionOfPath('articles/2023/x.mdx')).toBe('articles');
    expect(getCollectionOfPath('articles/x.mdx')).toBe('articles');
    expect(getCollectionOfPath('topics/x.mdx')).toBe('topics');
    expect(getCollectionOfPath('people/x.yaml')).toBe('people');
    expect(getCollectionOfPath('outlets/x.yml')).toBe('outlets');
    expect(getCollectionOfPath('events/x.yaml')).toBe('events');
  });

  it('finds no collection for a file no loader reads', () => {
    expect(getCollectionOfPath('articles/2023/x.md')).toBeUndefined();
    expect(getCollectionOfPath('topics/sub/x.mdx')).toBeUndefined();
    expect(getCollectionOfPath('people/x.json')).toBeUndefined();
    expect(getCollectionOfPath('README.md')).toBeUndefined();
  });
});
