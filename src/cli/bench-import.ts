/**
 * `npm run bench:import`: imports every saved page of a corpus (by default Mozilla Readability's
 * English test pages in src/test/fixtures/readability/) through the importer's own path — read,
 * clean, build the entry — renders the entry's body as the content loader does (its parser, its
 * allow-list, so a body the loader would refuse fails the page, and its renderer), and scores its
 * text against the article text Readability's tests expect (`expected.html`, read with linkedom):
 * word recall with figure captions aside, word precision, spaces added before punctuation, and
 * kept texts that are not the page's own verbatim. It prints a table, the means, and each page
 * under the recall floor with where its lost words went.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isMainModule, runCommand } from './command.ts';
import { readArticle } from '../lib/import/article.ts';
import { buildArticleEntry } from '../lib/import/entry.ts';
import { readEntrySource } from '../lib/frontmatter/read.ts';
import { findAddedSpaces, getTreeText, getWords, scoreWords, type TextTreeNode, type WordScore } from '../lib/import/fidelity.ts';
import { readHtmlTree, renderImportedBody } from '../lib/import/rendered-text.ts';

const USAGE = `Usage: npm run bench:import -- [--corpus DIR] [--page NAME] [--floor R] [--json FILE]

Imports each page of the corpus (folders holding source.html[.gz] and expected.html[.gz]) as
npm run import would, and scores the entry's rendered text against expected.html: word recall
(figure captions aside), word precision, and spaces added before punctuation.

Options:
  --corpus DIR   the corpus folder (default: src/test/fixtures/readability)
  --page NAME    score only the pages whose folder name contains NAME, and list their lost words
  --floor R      the recall under which a page is listed with its causes (default: 0.9)
  --json FILE    also write every page's scores to FILE
  --help         show this text

Exit status: 0 done, 1 a page failed to import, 2 usage error.`;

const OPTIONS = {
  corpus: { type: 'string', default: 'src/test/fixtures/readability' },
  page: { type: 'string' },
  floor: { type: 'string', default: '0.9' },
  json: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

const EMPTY_ARCHIVE = { people: [], topics: [], outlets: [], articles: [] };

/** One page's result. */
interface PageResult {
  page: string;
  score?: WordScore;
  addedSpaces: string[];
  /** Lost words by where they went: a chrome kind the cleanup removed them as, or "not read". */
  causes: [string, number][];
  /** Kept texts (paragraphs, headings, items, code, cells) and those not found verbatim in the article. */
  kept: number;
  altered: string[];
  error?: string;
}

function readCorpusFile(folder: string, name: string): string {
  const files = readdirSync(folder);
  if (files.includes(`${name}.gz`)) return gunzipSync(readFileSync(join(folder, `${name}.gz`))).toString('utf8');
  return readFileSync(join(folder, name), 'utf8');
}

/** Counts the lost words by the removal that took them; what no removal holds was never read. */
function attributeLoss(missing: Map<string, number>, removed: readonly { kind: string; text: string }[]): [string, number][] {
  const left = new Map(missing);
  const causes = new Map<string, number>();
  for (const { kind, text } of removed) {
    for (const word of getWords(text)) {
      const count = left.get(word) ?? 0;
      if (count === 0) continue;
      left.set(word, count - 1);
      causes.set(kind, (causes.get(kind) ?? 0) + 1);
    }
  }
  const unread = [...left.values()].reduce((sum, count) => sum + count, 0);
  if (unread > 0) causes.set('not read', unread);
  return [...causes].sort((a, b) => b[1] - a[1]);
}

function scorePage(folder: string, page: string): PageResult {
  const source = readCorpusFile(folder, 'source.html');
  const expected = getTreeText(readHtmlTree(readCorpusFile(folder, 'expected.html')));
  try {
    const article = readArticle(source, 'html');
    // A page that prints no date gets one as the maintainer would give it; the body is unchanged by it.
    const flags = article.published ? {} : { published: { year: 2000 } };
    const entry = buildArticleEntry(article, flags, EMPTY_ARCHIVE, `${page}/source.html`);
    const body = readEntrySource(entry.source).body;
    const imported = getTreeText(renderImportedBody(body) as TextTreeNode).text;
    const score = scoreWords(expected, imported);
    // Each text kept must be the page's own, whitespace-normalised: none joined, split or respaced.
    const pageText = normalizeSpace([expected.text, ...expected.captions].join(' '));
    const kept = article.blocks.flatMap((block) => (block.kind === 'table' ? block.rows.flat() : [block.text])).map(normalizeSpace).filter(Boolean);
    const altered = kept.filter((text) => !pageText.includes(text));
    return { page, score, addedSpaces: findAddedSpaces(expected.text, imported), causes: attributeLoss(score.missing, article.removed), kept: kept.length, altered };
  } catch (error) {
    return { page, addedSpaces: [], causes: [], kept: 0, altered: [], error: (error as Error).message.split('\n')[0] ?? 'failed' };
  }
}

const normalizeSpace = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const fixed = (value: number) => value.toFixed(3);
const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
const describeCauses = (causes: readonly [string, number][]) => causes.map(([kind, count]) => `${kind} ${count}`).join(', ');

function printReport(results: readonly PageResult[], floor: number, verbose: boolean): void {
  console.log(`${'page'.padEnd(28)} ${'words'.padStart(6)} ${'recall'.padStart(7)} ${'prec.'.padStart(7)} ${'spaces'.padStart(6)}  lost words by cause`);
  for (const result of results) {
    const { score } = result;
    if (!score) {
      console.log(`${result.page.padEnd(28)} failed: ${result.error ?? ''}`);
      continue;
    }
    const row = [result.page.padEnd(28), String(score.articleWords).padStart(6), fixed(score.recall).padStart(7), fixed(score.precision).padStart(7)];
    console.log(`${row.join(' ')} ${String(result.addedSpaces.length).padStart(6)}  ${describeCauses(result.causes)}`);
    if (verbose) {
      console.log(`  lost: ${[...score.missing].map(([word, count]) => (count > 1 ? `${word}×${count}` : word)).join(' ')}`);
      console.log(`  extra: ${[...score.extra].map(([word, count]) => (count > 1 ? `${word}×${count}` : word)).join(' ')}`);
      console.log(`  spaces: ${result.addedSpaces.map((context) => JSON.stringify(context)).join(' ')}`);
      console.log(`  altered: ${result.altered.map((text) => JSON.stringify(text.slice(0, 120))).join(' ')}`);
    }
  }
  const scored = results.flatMap((result) => (result.score ? [{ ...result, score: result.score }] : []));
  const worst = scored.reduce<(typeof scored)[number] | undefined>((low, result) => (!low || result.score.recall < low.score.recall ? result : low), undefined);
  const spaces = scored.reduce((sum, result) => sum + result.addedSpaces.length, 0);
  console.log(`\n${scored.length} pages scored, ${results.length - scored.length} failed`);
  console.log(`mean recall ${fixed(mean(scored.map((result) => result.score.recall)))} (figure captions aside), worst ${worst ? `${fixed(worst.score.recall)} (${worst.page})` : '-'}`);
  console.log(`mean precision ${fixed(mean(scored.map((result) => result.score.precision)))}`);
  console.log(`spaces added before punctuation: ${spaces} on ${scored.filter((result) => result.addedSpaces.length > 0).length} pages`);
  const altered = scored.flatMap((result) => result.altered.map((text) => `${result.page}: ${text.slice(0, 100)}`));
  console.log(`kept texts not verbatim in the article (whitespace-normalised): ${altered.length} of ${scored.reduce((sum, result) => sum + result.kept, 0)}`);
  for (const line of altered.slice(0, 10)) console.log(`  ${line}`);
  const low = scored.filter((result) => result.score.recall < floor);
  console.log(`pages below recall ${floor}: ${low.length === 0 ? 'none' : ''}`);
  for (const result of low) console.log(`  ${result.page} ${fixed(result.score.recall)}: ${describeCauses(result.causes)}`);
}

/** Runs the command; returns the exit status. */
export function runImportBench(args: readonly string[]): number {
  return runCommand({ name: 'bench:import', usage: USAGE, options: OPTIONS }, args, ({ values }) => {
    const corpus = resolve(values.corpus);
    const floor = Number(values.floor);
    const pages = readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && (!values.page || entry.name.includes(values.page)))
      .map((entry) => entry.name)
      .sort();
    const results = pages.map((page) => scorePage(join(corpus, page), page));
    printReport(results, Number.isFinite(floor) ? floor : 0.9, values.page !== undefined);
    if (values.json) {
      const rows = results.map(({ page, score, addedSpaces, causes, kept, altered, error }) =>
        ({ page, recall: score?.recall, precision: score?.precision, words: score?.articleWords, addedSpaces, causes, kept, altered, error }));
      writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
    }
    return results.some((result) => result.error) ? 1 : 0;
  });
}

if (isMainModule(import.meta.url)) process.exitCode = runImportBench(process.argv.slice(2));
