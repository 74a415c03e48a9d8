import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundleIndex, removeUnusedFiles } from './pagefind-bundle.ts';

const folder = mkdtempSync(join(tmpdir(), 'kr-bundle-'));
const bundleDir = join(folder, 'pagefind');
const hashedFiles = () => readdirSync(bundleDir, { recursive: true, encoding: 'utf8' }).filter((path) => /\.pf_(meta|fragment|index|filter)$/.test(path)).sort();

beforeAll(async () => {
  // A real bundle: two pages with a filter each.
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const [url, text] of [['/articles/a/', 'Peskov spoke'], ['/articles/b/', 'Navalny died']] as const) {
    await index!.addHTMLFile({ url, content: `<html lang="en"><body><main data-pagefind-body><p>${text}</p><span data-pagefind-filter="type:Article"></span></main></body></html>` });
  }
  await index!.writeFiles({ outputPath: bundleDir });
  await pagefind.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readBundleIndex', () => {
  it('lists every hashed file a bundle Pagefind wrote uses, and its version', () => {
    const bundle = readBundleIndex(bundleDir)!;
    expect(bundle.version).toMatch(/^\d+\.\d+\.\d+/);
    expect([...bundle.files].sort()).toEqual(hashedFiles());
    expect([...bundle.files].filter((path) => path.startsWith('fragment/'))).toHaveLength(2);
  });

  it('reads no bundle where there is none, or where the metadata is not in the form Pagefind 1 writes', () => {
    expect(readBundleIndex(join(folder, 'nothing'))).toBeUndefined();
    const odd = join(folder, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'pagefind-entry.json'), JSON.stringify({ version: '2.0.0', languages: { en: { hash: 'en_1' } } }));
    writeFileSync(join(odd, 'pagefind.en_1.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode({ pages: [] })])));
    expect(readBundleIndex(odd)).toBeUndefined();
  });
});

describe('removeUnusedFiles', () => {
  it('deletes the hashed files the index does not use, and nothing else', () => {
    const used = readBundleIndex(bundleDir)!.files;
    for (const path of ['fragment/en_0000000.pf_fragment', 'index/en_0000000.pf_index', 'filter/en_0000000.pf_filter', 'pagefind.en_0000000.pf_meta']) writeFileSync(join(bundleDir, path), 'old');
    expect(removeUnusedFiles(bundleDir, used)).toBe(4);
    expect(hashedFiles()).toEqual([...used].sort());
    expect(readdirSync(bundleDir)).toContain('pagefind.js');
  });
});
