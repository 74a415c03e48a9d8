/**
 * One measured `astro build`: its wall-clock time, its peak memory (its largest process, by GNU
 * time or by sampling /proc, whichever saw more, and the whole process tree's sum), and what it wrote.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listSizes } from './files.ts';
import { measureTreeRss, readProcesses } from './memory.ts';
import { parseIndexSeconds, parseTimeMaxRss, type BuildMeasurement } from './report.ts';

export const GNU_TIME = '/usr/bin/time';

/** Where and how to run one build. */
export interface BuildRun {
  name: string;
  cwd: string;
  outDir: string;
  env: Record<string, string>;
  /** Where the build's log and memory figures go. */
  workDir: string;
  /** Clear the content cache first (a cold build); false keeps it (an incremental build). */
  force: boolean;
  astroBin: string;
}

const SAMPLE_EVERY_MS = 250;

/** What a build wrote: HTML pages, the largest of them, the output and the search bundle's size. */
export function measureOutput(outDir: string): Pick<BuildMeasurement, 'pages' | 'distBytes' | 'indexBytes' | 'largestPage'> {
  const sizes = listSizes(outDir);
  const indexDir = join(outDir, 'pagefind') + sep;
  const html = [...sizes].filter(([path]) => path.endsWith('.html') && !path.startsWith(indexDir));
  const largest = html.reduce<[string, number] | undefined>((max, entry) => (!max || entry[1] > max[1] ? entry : max), undefined);
  const indexSizes = [...sizes].filter(([path]) => path.startsWith(indexDir)).map(([, size]) => size);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    pages: html.length,
    distBytes: sum([...sizes.values()]),
    indexBytes: indexSizes.length > 0 ? sum(indexSizes) : undefined,
    largestPage: largest ? { path: `/${relative(outDir, largest[0]).split(sep).join('/')}`, bytes: largest[1] } : undefined,
  };
}

/** The larger of two peaks, either of which may be unknown (undefined or 0). */
const largestOf = (measured: number | undefined, sampled: number): number | undefined => (Math.max(measured ?? 0, sampled) || undefined);

/** Runs one `astro build`, its output to a log file, and measures it; throws when it fails. */
export async function measureBuild(run: BuildRun): Promise<BuildMeasurement & { log: string }> {
  const log = join(run.workDir, `${run.name}.log`);
  const rssFile = join(run.workDir, `${run.name}.rss`);
  const useTime = existsSync(GNU_TIME);
  const node = [process.execPath, run.astroBin, 'build', ...(run.force ? ['--force'] : [])];
  const [command, ...args] = useTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...node] : node;
  console.error(`Building ${run.name}…`);
  const fd = openSync(log, 'w');
  const started = performance.now();
  const child = spawn(command ?? '', args, { cwd: run.cwd, env: { ...process.env, ...run.env }, stdio: ['ignore', fd, fd] });
  let treeRssBytes = 0;
  let largestSampledBytes = 0;
  const canSample = existsSync('/proc/self/stat');
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const { sum, largest } = measureTreeRss(readProcesses(), child.pid);
    treeRssBytes = Math.max(treeRssBytes, sum);
    largestSampledBytes = Math.max(largestSampledBytes, largest);
  }, SAMPLE_EVERY_MS);
  const status = await new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  const text = readFileSync(log, 'utf8');
  if (status !== 0) throw new Error(`the ${run.name} build failed (exit ${status}):\n${text.trimEnd().split('\n').slice(-30).join('\n')}`);
  return {
    seconds,
    peakRssBytes: largestOf(useTime && existsSync(rssFile) ? parseTimeMaxRss(readFileSync(rssFile, 'utf8')) : undefined, canSample ? largestSampledBytes : 0),
    treeRssBytes: canSample && treeRssBytes > 0 ? treeRssBytes : undefined,
    indexSeconds: parseIndexSeconds(text),
    ...measureOutput(run.outDir),
    log: text,
  };
}
