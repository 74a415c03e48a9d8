/**
 * `npm run import -- FILE [flags]`: turns a raw article (pasted .txt or saved .html) into a cleaned
 * entry under content/articles/, and prints its path and what the maintainer must still do. This
 * file only reads arguments and files and writes the entry; the work is in src/lib/import-*.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainModule, runCommand } from './command.ts';
import { parse } from 'yaml';
import { readArticle } from '../lib/import/article.ts';
import { buildArticleEntry, type ArchiveIndex } from '../lib/import/entry.ts';
import { readEntrySource, type EntrySource } from '../lib/frontmatter/read.ts';
import { getCollectionOfPath, isRefused, listContentFiles, type ContentFile } from '../lib/content/files.ts';
import { getEntryIdFromPath } from '../lib/ids.ts';
import type { CollectionName } from '../schemas/common.ts';
import { ENTRY_COMMAND_OPTIONS as OPTIONS, getSourceFormat, parseMetadataFlags, UsageError } from '../lib/flags.ts';
import { formatImportReport } from '../lib/import/report.ts';
import { getPlainText } from '../lib/text.ts';

const USAGE = `Usage: npm run import -- FILE [options]

Turns FILE — text pasted from a web page (.txt) or a saved page (.html) — into a cleaned entry
content/articles/YYYY/<id>.mdx, and prints its path and what you must still fill in.

Options (each one wins over what the importer reads from the source):
  --title T          the headline as published
  --published DATE   YYYY, YYYY-MM or YYYY-MM-DD. Required when the source prints no date the
                     importer can read: the date is part of the file name, so without one the
                     import stops with an error naming --published and writes nothing.
  --outlet ID        the publisher's id in content/outlets/
  --url U            where the article was published (https)
  --byline B         the author as printed
  --topics ID,ID     topic ids from content/topics/ (at least one is required by npm run check)
  --people ID,ID     person ids from content/people/
  --language TAG     the text's language (BCP 47: ru, en ...); without it the importer detects
                     it, and applies that language's chrome, date and quote rules
  --root DIR         the content folder (default: content)
  --dry-run          print the entry instead of writing it
  --help             show this text

Given --published, --title and --topics, the entry passes npm run check as written. Otherwise the
fields still to fill are left empty or commented, and the check fails until you complete them.
An existing file is never overwritten. Exit status: 0 done, 1 not written, 2 usage error.`;


const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const asStrings = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);

/** An entry's fields, read leniently: one broken entry must not stop an import (the check reports it). */
function readFields(file: ContentFile): EntrySource {
  if (file.path.endsWith('.mdx')) return readEntrySource(file.text);
  try {
    const data: unknown = parse(file.text);
    return { data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}, body: '' };
  } catch {
    return { data: {}, body: '' };
  }
}

/**
 * What the content folder holds, as far as suggestions and duplicate warnings need it, read
 * through the same reader as the check and the build.
 */
function loadArchiveIndex(root: string): ArchiveIndex {
  const files = existsSync(root) ? listContentFiles(root).filter((file): file is ContentFile => !isRefused(file)) : [];
  const entriesOf = (collection: CollectionName) =>
    files.filter((file) => getCollectionOfPath(file.path) === collection).map((file) => ({ file, id: getEntryIdFromPath(file.path), ...readFields(file) }));
  return {
    people: entriesOf('people').map(({ id, data }) => ({ id, name: asString(data['name']) ?? id, aliases: asStrings(data['aliases']), nativeNames: asStrings(data['nativeNames']) })),
    topics: entriesOf('topics').map(({ id, data }) => ({ id, title: asString(data['title']) ?? id, summary: asString(data['summary']) })),
    outlets: entriesOf('outlets').map(({ id, data }) => ({ id, name: asString(data['name']) ?? id, url: asString(data['url']) })),
    articles: entriesOf('articles').map(({ file, data, body }) => ({ path: join(root, file.path), url: asString(data['url']), text: getPlainText(body) })),
  };
}

/** Runs the command; returns the exit status. */
export function runImport(args: readonly string[]): number {
  return runCommand({ name: 'import', usage: USAGE, options: OPTIONS }, args, ({ values, positionals }) => {
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length === 0 ? 'give the FILE to import' : `give one FILE, not ${positionals.length}`);
    }
    const file = positionals[0] ?? '';
    if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
    const flags = parseMetadataFlags(values);
    const content = readFileSync(file, 'utf8');
    const article = readArticle(content, getSourceFormat(file, content), { title: flags.title, language: flags.language });
    const entry = buildArticleEntry(article, flags, loadArchiveIndex(values.root), file);
    const target = join(values.root, 'articles', entry.path);
    if (values['dry-run']) {
      console.log(`${entry.source}\n${formatImportReport(target, entry.report, { dryRun: true })}`);
      return 0;
    }
    if (existsSync(target)) {
      console.error(`${target} already exists; not overwritten. Edit that entry, or import under another title or date.`);
      return 1;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, entry.source, { flag: 'wx' });
    console.log(formatImportReport(target, entry.report));
    return 0;
  });
}

if (isMainModule(import.meta.url)) process.exitCode = runImport(process.argv.slice(2));
