import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getTables, type DataArticle } from '../data-package/tables.ts';
import { toJson } from '../data-package/package.ts';
import type { CitableArticle } from './citable-article.ts';
import { CITATION_FILES, fromArticleRow, writeCitationFiles } from './files.ts';
import { knownArticle, unknownArticle } from './fixtures.ts';
import { toBibtex, toCslJson, toRis } from './format.ts';
import { toCslItem } from './citable-article.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The article as the data package's articles table holds it. */
function toDataArticle(article: CitableArticle): DataArticle {
  return {
    id: article.id, title: article.title, titleSupplied: article.titleSupplied, byline: article.byline,
    outlet: article.outletName ? { id: 'outlet', name: article.outletName } : undefined,
    published: article.published, circa: article.circa, url: article.url, archivedUrl: article.archivedUrl, retrieved: article.retrieved,
    language: article.language, topics: [], people: [], events: [], quotes: [], pageUrl: article.pageUrl,
  };
}

/** The rows of data/articles.json as a build writes them. */
function toArticleRows(articles: CitableArticle[]): Record<string, unknown>[] {
  const [table] = getTables({ articles: articles.map(toDataArticle), events: [], people: [], topics: [], outlets: [] }).filter((each) => each.name === 'articles');
  return JSON.parse(toJson(table!)) as Record<string, unknown>[];
}

describe('fromArticleRow', () => {
  it('reads back from the data package every field a citation needs, unknowns left unknown', () => {
    const rows = toArticleRows([knownArticle, unknownArticle]);
    expect(rows.map((row) => fromArticleRow(row, 'Kremlin Record'))).toEqual([knownArticle, { ...unknownArticle, byline: undefined, outletName: undefined, url: undefined, archivedUrl: undefined, retrieved: undefined }]);
  });

  it('fails naming the field a row lacks', () => {
    expect(() => fromArticleRow({ id: 'a', title: 'T', published: '2023' }, 'Kremlin Record')).toThrow('"language"');
  });
});

describe('writeCitationFiles', () => {
  it('writes each article’s BibTeX, RIS and CSL-JSON under articles/<id>/', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kr-cite-'));
    folders.push(outDir);
    expect(writeCitationFiles(outDir, [knownArticle, unknownArticle])).toMatchObject({ written: 6, hashes: expect.any(Map) });
    const folder = join(outDir, 'articles', knownArticle.id);
    expect(readFileSync(join(folder, 'cite.bib'), 'utf8')).toBe(toBibtex(toCslItem(knownArticle)));
    expect(readFileSync(join(folder, 'cite.ris'), 'utf8')).toBe(toRis(toCslItem(knownArticle)));
    expect(readFileSync(join(outDir, 'articles', unknownArticle.id, 'cite.json'), 'utf8')).toBe(toCslJson(toCslItem(unknownArticle)));
    expect(CITATION_FILES.map((file) => file.extension)).toEqual(['bib', 'ris', 'json']);
  });

  it('writes again only the files whose text changed or which are gone', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kr-cite-'));
    folders.push(outDir);
    const first = writeCitationFiles(outDir, [knownArticle, unknownArticle]);
    const file = (id: string, extension: string) => join(outDir, 'articles', id, `cite.${extension}`);
    const longAgo = new Date(2000, 0, 1);
    utimesSync(file(knownArticle.id, 'bib'), longAgo, longAgo);
    rmSync(file(knownArticle.id, 'ris'));
    const retitled = { ...unknownArticle, title: 'A new title' };
    const second = writeCitationFiles(outDir, [knownArticle, retitled], first);
    // Unchanged and there: not written again.
    expect(statSync(file(knownArticle.id, 'bib')).mtime.getFullYear()).toBe(2000);
    expect(readFileSync(file(knownArticle.id, 'bib'), 'utf8')).toBe(toBibtex(toCslItem(knownArticle)));
    expect(readFileSync(file(knownArticle.id, 'ris'), 'utf8')).toBe(toRis(toCslItem(knownArticle)));
    expect(readFileSync(file(unknownArticle.id, 'bib'), 'utf8')).toBe(toBibtex(toCslItem(retitled)));
    expect(readFileSync(file(unknownArticle.id, 'json'), 'utf8')).toBe(toCslJson(toCslItem(retitled)));
    expect(second.hashes.get(`articles/${knownArticle.id}/cite.bib`)).toBe(first.hashes.get(`articles/${knownArticle.id}/cite.bib`));
    // The retitled article's three files, and the unchanged one that was gone.
    expect(second.written).toBe(4);
    expect(second.articles.get(knownArticle.id)).toBe(first.articles.get(knownArticle.id));
    expect(second.articles.get(unknownArticle.id)).not.toBe(first.articles.get(unknownArticle.id));
  });

  it('writes an unchanged article’s files again under other code, when their text changed', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kr-cite-'));
    folders.push(outDir);
    const first = writeCitationFiles(outDir, [knownArticle]);
    // As if another version of the code had written other text: the record says so, the article is the same.
    const bib = `articles/${knownArticle.id}/cite.bib`;
    const older = { hashes: new Map([...first.hashes, [bib, 'an older text']]), articles: new Map() };
    expect((writeCitationFiles(outDir, [knownArticle], older)).written).toBe(1);
    // Under the same code, an unchanged article whose files are all there is left alone.
    expect((writeCitationFiles(outDir, [knownArticle], first)).written).toBe(0);
  });

  it('refuses an id that would write outside its folder', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kr-cite-'));
    folders.push(outDir);
    expect(() => writeCitationFiles(outDir, [{ ...knownArticle, id: '..' }])).toThrow('is not an article id');
  });
});
