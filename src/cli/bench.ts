/**
 * `npm run bench -- --entries N`: generates a synthetic archive of N articles in a temporary
 * folder, builds it with this engine and as a bare Astro MDX site, and prints time, peak memory,
 * pages, sizes and the first search's cost side by side.
 *
 * Peak memory is measured twice: GNU time's maximum resident set (`/usr/bin/time -f %M`, the
 * largest single process of the build: Node, or Pagefind's indexer), and the sum over the build's
 * whole process tree, sampled from /proc every 250 ms.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isMainModule, runCommand } from './command.ts';
import { generateBenchArchive, parseEntryCount } from './bench/archive.ts';
import { getBaselineProjectFiles } from './bench/baseline.ts';
import { writeFiles } from './bench/files.ts';
import { formatBenchNotes, formatBenchTable, type EngineExtras } from './bench/report.ts';
import { GNU_TIME, measureBuild } from './bench/run-build.ts';
import { formatRouteTimes, getRouteTimes } from './bench/profile.ts';
import { UsageError } from '../lib/flags.ts';
import { LOCAL_SITE_URL } from '../lib/site/address.ts';

const USAGE = `Usage: npm run bench -- --entries N [--incremental] [--profile] [--keep]

Generates a synthetic archive of N articles (Lorem ipsum filler, with the topics, people, outlets,
events and quotes they reference) in a temporary folder, builds it with this engine and as a bare
Astro MDX site, and prints build time, peak memory, pages, output size, the largest page, the
search index's size and indexing time, and what a first search for a common name transfers in
Chromium.

Options:
  --entries N     how many articles, 1 to 20000 (required)
  --incremental   also change one article's text and rebuild with the content cache kept, and
                  report that rebuild against the cold build
  --profile       also print the engine's render time per kind of page (its build then logs
                  a line per page, SITE_LOG_PAGES=1)
  --keep          keep the temporary folder (archive, outputs, build logs) and print its path
  --help          show this text

Peak memory per process is GNU time's (at ${GNU_TIME}; Debian/Ubuntu: apt-get install time) or sampled from /proc, whichever saw more.
Exit status: 0 done, 1 a build failed, 2 usage error.`;

const OPTIONS = {
  entries: { type: 'string' },
  incremental: { type: 'boolean', default: false },
  profile: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

interface BenchRequest {
  entries: number;
  incremental: boolean;
  profile: boolean;
  keep: boolean;
}

/** Runs the command; resolves to the exit status. */
export async function runBench(args: readonly string[]): Promise<number> {
  let request: BenchRequest | undefined;
  const status = runCommand({ name: 'bench', usage: USAGE, options: OPTIONS }, args, ({ values, positionals }) => {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    request = { entries: parseEntryCount(values.entries), incremental: values.incremental, profile: values.profile, keep: values.keep };
    return 0;
  });
  return request ? compareBuilds(request) : status;
}

/** Appends a sentence to the body of the article at `path`; returns the sentence. */
function editArticle(path: string): string {
  const sentence = `Benchmark edit ${Date.now()}: an incremental build must show this sentence.`;
  writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\n${sentence}\n`);
  return sentence;
}

/** Builds a synthetic archive with the engine and the bare site, and prints both. */
async function compareBuilds({ entries, incremental, profile, keep }: BenchRequest): Promise<number> {
  const workDir = mkdtempSync(join(tmpdir(), 'kr-bench-'));
  try {
    const archive = generateBenchArchive({ entries });
    const contentDir = join(workDir, 'content');
    writeFiles(contentDir, archive.files);
    const { counts } = archive;
    console.error(`Generated ${counts.articles} articles, ${counts.topics} topics, ${counts.people} people, ${counts.outlets} outlets, ${counts.events} events in ${contentDir}`);
    const outDir = join(workDir, 'dist-engine');
    // The engine's content cache stays in the work folder, apart from the project's own.
    const env = {
      SITE_CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, SITE_URL: LOCAL_SITE_URL, SITE_CACHE_DIR: join(workDir, 'engine-cache'),
      ...(profile ? { SITE_LOG_PAGES: '1' } : {}),
    };
    const engineRun = { name: 'engine', cwd: REPO_ROOT, outDir, env, workDir, force: true, astroBin: ASTRO_BIN };
    const engine = await measureBuild(engineRun);
    const extras: EngineExtras = {};
    console.error(`Searching for "${archive.commonName}" in Chromium…`);
    // Loaded only here: Playwright is heavy, and --help or a usage error should answer at once.
    const { measureFirstQuery } = await import('./bench/search.ts');
    // A browser that fails on a loaded machine costs the search figure, not the build figures.
    await measureFirstQuery(outDir, archive.commonName).then(
      (firstQuery) => { extras.firstQuery = firstQuery; },
      (error: Error) => { extras.firstQueryError = error.message.split('\n')[0]; },
    );
    if (incremental) {
      const edited = archive.files.find((file) => file.path.startsWith('articles/'));
      if (!edited) throw new Error('the generated archive has no article to edit');
      const sentence = editArticle(join(contentDir, edited.path));
      extras.incrementalSeconds = (await measureBuild({ ...engineRun, name: 'engine-incremental', force: false })).seconds;
      const id = edited.path.replace(/^.*\/|\.mdx$/g, '');
      if (!readFileSync(join(outDir, 'articles', id, 'index.html'), 'utf8').includes(sentence)) {
        throw new Error(`the incremental build did not show the edit to ${edited.path}`);
      }
    }
    const baselineDir = join(workDir, 'baseline');
    writeFiles(baselineDir, getBaselineProjectFiles(join(contentDir, 'articles')));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(baselineDir, 'node_modules'), 'dir');
    const baseline = await measureBuild({ name: 'baseline', cwd: baselineDir, outDir: join(baselineDir, 'dist'), env: {}, workDir, force: true, astroBin: ASTRO_BIN });
    console.log(formatBenchTable(entries, engine, baseline));
    for (const note of formatBenchNotes(engine, baseline, extras)) console.log(note);
    if (profile) console.log(['', 'Engine render time by kind of page (cold build):', ...formatRouteTimes(getRouteTimes(engine.log))].join('\n'));
    console.log(existsSync(GNU_TIME)
      ? 'Peak RSS, one process: the largest process of the build, by GNU time (%M) or by sampling /proc every 250 ms, whichever saw more (GNU time misses Pagefind\'s process, which the build does not wait for). All processes: their sum, sampled every 250 ms.'
      : `Peak RSS, one process: sampled from /proc every 250 ms only, GNU time was not found at ${GNU_TIME} (Debian/Ubuntu: apt-get install time).`);
    return 0;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return 1;
  } finally {
    if (keep) console.error(`Kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) process.exitCode = await runBench(process.argv.slice(2));
