import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSourceVersion, hashText, openDiskCache } from './disk-cache.ts';

let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kr-disk-cache-'));
  file = join(folder, 'cache', 'values.bin');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('openDiskCache', () => {
  it('gives the next run what this one kept, values JSON would change included', () => {
    const first = openDiskCache<unknown>(file, 'v1');
    first.set('a', { count: Infinity, missing: undefined, list: [NaN, -0] });
    first.save();
    expect(openDiskCache(file, 'v1').get('a')).toEqual({ count: Infinity, missing: undefined, list: [NaN, -0] });
  });

  it('never reads a cache of another version, nor one it cannot read', () => {
    const first = openDiskCache<string>(file, 'v1');
    first.set('a', 'made by the old rules');
    first.save();
    expect(openDiskCache(file, 'v2').get('a')).toBeUndefined();
    writeFileSync(file, 'not a cache');
    expect(openDiskCache(file, 'v1').get('a')).toBeUndefined();
  });

  it('keeps only the values got or set in the last run', () => {
    const first = openDiskCache<number>(file, 'v1');
    first.set('kept', 1);
    first.set('dropped', 2);
    first.save();
    const second = openDiskCache<number>(file, 'v1');
    expect(second.get('kept')).toBe(1);
    second.save();
    const third = openDiskCache<number>(file, 'v1');
    expect([third.get('kept'), third.get('dropped')]).toEqual([1, undefined]);
  });

  it('remembers what it made, and makes nothing it has kept', () => {
    const first = openDiskCache<number>(file, 'v1');
    expect(first.remember('a', () => 1)).toBe(1);
    first.save();
    const second = openDiskCache<number>(file, 'v1');
    expect(second.remember('a', () => 2)).toBe(1);
    expect(second.remember('b', () => 3)).toBe(3);
  });

  it('writes nothing without a file or a version', () => {
    const cache = openDiskCache<number>(file, undefined);
    cache.set('a', 1);
    cache.save();
    expect(existsSync(file)).toBe(false);
    const nowhere = openDiskCache<number>(undefined, 'v1');
    nowhere.set('a', 1);
    expect(() => nowhere.save()).not.toThrow();
  });
});

describe('hashText', () => {
  it('tells lists of parts apart even when their texts join the same', () => {
    expect(hashText('articles', 'title: A')).not.toBe(hashText('article', 'stitle: A'));
    expect(hashText('a', 'b')).toBe(hashText('a', 'b'));
  });
});

describe('getSourceVersion', () => {
  it('changes with any source file of src/lib or src/schemas and with the lockfile, and is unknown without them', () => {
    const project = join(folder, 'project');
    for (const sub of ['src/lib/check', 'src/schemas']) mkdirSync(join(project, sub), { recursive: true });
    writeFileSync(join(project, 'src/lib/check/rules.ts'), 'export const rule = 1;');
    writeFileSync(join(project, 'src/schemas/article.ts'), 'export const schema = 1;');
    writeFileSync(join(project, 'package-lock.json'), '{}');
    const before = getSourceVersion(project);
    expect(before).toBeDefined();
    expect(getSourceVersion(project)).toBe(before);
    const changed = (path: string, text: string) => {
      const copy = join(folder, `copy-${Math.random()}`);
      cpSync(project, copy, { recursive: true });
      writeFileSync(join(copy, path), text);
      return getSourceVersion(copy);
    };
    expect(changed('src/lib/check/rules.ts', 'export const rule = 2;')).not.toBe(before);
    expect(changed('src/schemas/article.ts', 'export const schema = 2;')).not.toBe(before);
    expect(changed('package-lock.json', '{"v":2}')).not.toBe(before);
    rmSync(join(project, 'package-lock.json'));
    expect(getSourceVersion(project)).toBeUndefined();
  });
});
