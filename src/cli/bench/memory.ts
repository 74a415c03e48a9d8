/**
 * The resident memory of a whole process tree (the build's Node process, and the Pagefind
 * indexer it starts), sampled from /proc while the build runs: summed, as the machine feels it,
 * and its largest process. GNU time's maximum resident set counts only the processes waited for,
 * and the build never waits for Pagefind's: at 20,000 entries GNU time said 1,719 MiB while
 * Pagefind's process alone held 2,287 MiB.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One process as /proc shows it. */
export interface ProcessSample {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/** Linux's page size on the machines the bench runs on (x86-64, arm64 with 4 KiB pages). */
const PAGE_BYTES = 4096;

/**
 * The process id and parent id from a `/proc/<pid>/stat` line. The command name is in
 * parentheses and may itself hold spaces or parentheses, so fields are read after the last ")".
 * @example parseProcStat('42 (node (x)) S 7 42 ...') // { pid: 42, ppid: 7 }
 */
export function parseProcStat(text: string): { pid: number; ppid: number } | undefined {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  const ppid = Number(text.slice(close + 2).split(' ')[1]);
  return close > 0 && Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : undefined;
}

/** The resident memory of `rootPid` and every process below it: their sum, and the largest of them. */
export function measureTreeRss(samples: readonly ProcessSample[], rootPid: number): { sum: number; largest: number } {
  const children = new Map<number, ProcessSample[]>();
  for (const sample of samples) children.set(sample.ppid, [...(children.get(sample.ppid) ?? []), sample]);
  const root = samples.find((sample) => sample.pid === rootPid);
  let sum = 0;
  let largest = 0;
  const stack = root ? [root] : [];
  for (let sample = stack.pop(); sample; sample = stack.pop()) {
    sum += sample.rssBytes;
    largest = Math.max(largest, sample.rssBytes);
    stack.push(...(children.get(sample.pid) ?? []));
  }
  return { sum, largest };
}

/** Every process this user can see, read from /proc; processes that end while being read are skipped. */
export function readProcesses(): ProcessSample[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
    try {
      const ids = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      const residentPages = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]);
      return ids ? [{ ...ids, rssBytes: residentPages * PAGE_BYTES }] : [];
    } catch {
      return [];
    }
  });
}
