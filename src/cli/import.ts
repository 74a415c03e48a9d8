/**
 * `npm run import -- FILE [flags]`: turns a raw article (pasted .txt or saved .html) into a cleaned
 * entry under content/articles/, and prints its path and what the maintainer must still do. This
 * file only reads arguments and files and writes the entry; the work is in src/lib/import-*.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainModule, runCommand } from './command.ts';
import { parse } from 'yaml';
import { readArticle } from '../lib/import-article.ts';
import { buildArticleEntry, type ArchiveIndex } from '../lib/import-entry.ts';
import { splitFrontmatter } from '../lib/import-frontmatter.ts';
import { ENTRY_COMMAND_OPTIONS as OPTIONS, getSourceFormat, parseMetadataFlags, UsageError } from '../lib/import-options.ts';
import { formatImportReport } from '../lib/import-report.ts';
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


/** Files of a folder with one of the extensions, with paths, recursively; none when it is missing. */
function listFiles(folder: string, extensions: RegExp): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.test(name))
    .sort()
    .map((name) => join(folder, name));
}

const getId = (file: string) => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);

function readYaml(file: string): Record<string, unknown> {
  try {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** What the content folder holds, as far as suggestions and duplicate warnings need it. */
function loadArchiveIndex(root: string): ArchiveIndex {
  const people = listFiles(join(root, 'people'), /\.ya?ml$/).map((file) => {
    const data = readYaml(file);
    const aliases = Array.isArray(data['aliases']) ? data['aliases'].filter((alias) => typeof alias === 'string') : [];
    const nativeNames = Array.isArray(data['nativeNames']) ? data['nativeNames'].filter((name) => typeof name === 'string') : [];
    return { id: getId(file), name: asString(data['name']) ?? getId(file), aliases, nativeNames };
  });
  const topics = listFiles(join(root, 'topics'), /\.mdx?$/).map((file) => {
    const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
    return { id: getId(file), title: asString(data['title']) ?? getId(file), summary: asString(data['summary']) };
  });
  const outlets = listFiles(join(root, 'outlets'), /\.ya?ml$/).map((file) => {
    const data = readYaml(file);
    return { id: getId(file), name: asString(data['name']) ?? getId(file), url: asString(data['url']) };
  });
  const articles = listFiles(join(root, 'articles'), /\.mdx?$/).map((file) => {
    const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    return { path: file, url: asString(data['url']), text: getPlainText(body) };
  });
  return { people, topics, outlets, articles };
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
