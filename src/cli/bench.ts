/**
 * `npm run bench -- --entries N`: generates a synthetic archive of N articles in a temporary
 * folder, builds it with this engine and as a bare Astro MDX site, and prints time, peak memory,
 * pages and sizes side by side.
 *
 * Peak memory is the kernel's count: each build runs under GNU time (`/usr/bin/time -f %M`), whose
 * figure is the largest resident set of any process in the build's tree (Node, or Pagefind's
 * indexer), not their sum. Without GNU time, a preloaded hook reports the Node process's own
 * `process.resourceUsage().maxRSS`, and the table says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { isMainModule, runCommand } from './command.ts';
import type { ContentFile } from '../lib/content-entry.ts';
import { generateBenchArchive, parseEntryCount } from './bench/archive.ts';
import { getBaselineProjectFiles } from './bench/baseline.ts';
import { formatBenchTable, parseTimeMaxRss, type BuildMeasurement } from './bench/report.ts';
import { UsageError } from '../lib/import-options.ts';

const USAGE = `Usage: npm run bench -- --entries N [--keep]

Generates a synthetic archive of N articles (Lorem ipsum filler, with the topics, people, outlets
and events they reference) in a temporary folder, builds it with this engine and as a bare Astro
MDX site, and prints build time, peak memory, pages, output and search index sizes side by side.

Options:
  --entries N   how many articles, 1 to 20000 (required)
  --keep        keep the temporary folder (archive, both outputs, build logs) and print its path
  --help        show this text

Exit status: 0 done, 1 a build failed, 2 usage error.`;

const OPTIONS = {
  entries: { type: 'string' },
  keep: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';
const RSS_HOOK = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.KR_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));",
)}`;

function writeFiles(root: string, files: readonly ContentFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** The sizes of every file under `dir`, by path. */
function listSizes(dir: string): Map<string, number> {
  if (!existsSync(dir)) return new Map();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => join(entry.parentPath, entry.name)).map((path) => [path, statSync(path).size]));
}

const sum = (values: Iterable<number>): number => [...values].reduce((total, value) => total + value, 0);

interface BuildRun {
  name: string;
  cwd: string;
  outDir: string;
  env: Record<string, string>;
  workDir: string;
}

/** Runs one `astro build`, its output to a log file, and measures it; throws when it fails. */
function measureBuild({ name, cwd, outDir, env, workDir }: BuildRun): BuildMeasurement {
  const log = join(workDir, `${name}.log`);
  const rssFile = join(workDir, `${name}.rss`);
  const useTime = existsSync(GNU_TIME);
  // --force: a cold build every run. Astro's content cache would otherwise keep the previous
  // run's entries, identical in text, with paths into a temporary folder since deleted.
  const node = [process.execPath, ...(useTime ? [] : ['--import', RSS_HOOK]), ASTRO_BIN, 'build', '--force'];
  const [command, ...args] = useTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...node] : node;
  console.error(`Building ${name}…`);
  const fd = openSync(log, 'w');
  const started = performance.now();
  const result = spawnSync(command ?? '', args, { cwd, env: { ...process.env, ...env, KR_BENCH_RSS_FILE: rssFile }, stdio: ['ignore', fd, fd] });
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  if (result.status !== 0) {
    const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`the ${name} build failed (exit ${result.status ?? result.signal}):\n${tail}`);
  }
  const rssText = existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : '';
  const sizes = listSizes(outDir);
  const indexDir = join(outDir, 'pagefind') + sep;
  const pages = [...sizes.keys()].filter((path) => path.endsWith('.html') && !path.startsWith(indexDir)).length;
  const indexSizes = [...sizes].filter(([path]) => path.startsWith(indexDir)).map(([, size]) => size);
  return {
    seconds,
    peakRssBytes: useTime ? parseTimeMaxRss(rssText) : Number(rssText) * 1024 || undefined,
    pages,
    distBytes: sum(sizes.values()),
    indexBytes: indexSizes.length > 0 ? sum(indexSizes) : undefined,
  };
}

/** Runs the command; returns the exit status. */
export function runBench(args: readonly string[]): number {
  return runCommand({ name: 'bench', usage: USAGE, options: OPTIONS }, args, ({ values, positionals }) => {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    return compareBuilds(parseEntryCount(values.entries), values.keep);
  });
}

/** Builds a synthetic archive of `entries` with the engine and the bare site, and prints both. */
function compareBuilds(entries: number, keep: boolean): number {
  const workDir = mkdtempSync(join(tmpdir(), 'kr-bench-'));
  try {
    const archive = generateBenchArchive({ entries });
    const contentDir = join(workDir, 'content');
    writeFiles(contentDir, archive.files);
    const { counts } = archive;
    console.error(`Generated ${counts.articles} articles, ${counts.topics} topics, ${counts.people} people, ${counts.outlets} outlets, ${counts.events} events in ${contentDir}`);
    const outDir = join(workDir, 'dist-engine');
    const engine = measureBuild({ name: 'engine', cwd: REPO_ROOT, outDir, env: { SITE_CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir }, workDir });
    const baselineDir = join(workDir, 'baseline');
    writeFiles(baselineDir, getBaselineProjectFiles(join(contentDir, 'articles')));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(baselineDir, 'node_modules'), 'dir');
    const baseline = measureBuild({ name: 'baseline', cwd: baselineDir, outDir: join(baselineDir, 'dist'), env: {}, workDir });
    console.log(formatBenchTable(entries, engine, baseline));
    console.log(existsSync(GNU_TIME)
      ? 'Peak RSS: the largest process of each build (GNU time %M), not the sum of its processes.'
      : 'Peak RSS: the Node process of each build only (process.resourceUsage); GNU time was not found.');
    return 0;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return 1;
  } finally {
    if (keep) console.error(`Kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) process.exitCode = runBench(process.argv.slice(2));
