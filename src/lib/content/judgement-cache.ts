/**
 * The allow-list's judgement of each body, kept on disk between builds. Parsing a body is most
 * of what the check costs (five of its twelve seconds at 5,000 entries), and a rebuild after one
 * edit would parse every unchanged body again. A judgement is kept by the body's hash and the
 * components allowed, under a version that is a hash of the parser's and the judge's own source
 * and of the lockfile: a change to either rules or parser starts from an empty cache, so a body
 * judged under other rules is never let through.
 *
 * Only problems and component uses are kept, not the tree: a body whose judgement comes from the
 * cache has no tree, and the loader parses it again in the rare case it must render it (its
 * fields changed but not its text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeMdxBody, type BodyJudgement } from './allow-list.ts';
import type { BodyToJudge, JudgedBody } from './judge-on-workers.ts';
import type { RenderedBody } from './render.ts';
import { hashText as hash, openDiskCache } from '../disk-cache.ts';

/** Judges bodies as judgeMdxBody does, remembering judgements between runs. */
export interface JudgementCache {
  judge(body: string, allowedComponents: readonly string[]): BodyJudgement;
  /**
   * Judges ahead, with `judgeMany`, the bodies among `bodies` the cache has no judgement of. Each
   * passing body's HTML is kept for one `takeRendered`: a body judged ahead has no tree to render.
   */
  judgeAhead(bodies: readonly BodyToJudge[], judgeMany: (bodies: BodyToJudge[]) => Promise<JudgedBody[]>): Promise<void>;
  /** The HTML rendered from the body when it was judged ahead, once. */
  takeRendered(body: string, allowedComponents: readonly string[]): RenderedBody | undefined;
  /** Writes the judgements made or used since the cache was opened; others are dropped. */
  save(): void;
}

type StoredJudgement = Omit<BodyJudgement, 'tree'>;

/** The files whose change may change a judgement: the judge, the parser, and the installed packages. */
const JUDGE_SOURCES = ['./allow-list.ts', './mdx.ts'];

/**
 * A hash of the judge's and the parser's source and of the lockfile, or undefined when any of them
 * cannot be read (then nothing is cached).
 */
export function getJudgeVersion(lockfile: string): string | undefined {
  try {
    const sources = JUDGE_SOURCES.map((source) => readFileSync(fileURLToPath(new URL(source, import.meta.url)), 'utf8'));
    return hash(...sources, readFileSync(lockfile, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Opens the cache kept in `file`. Without a version the judge's source could not be read, and
 * every body is judged afresh.
 * @example createJudgementCache('.astro/judgements.bin', getJudgeVersion('package-lock.json')).judge('Said.', [])
 */
export function createJudgementCache(file: string, version: string | undefined): JudgementCache {
  const stored = openDiskCache<StoredJudgement>(file, version);
  const rendered = new Map<string, RenderedBody>();
  const keyOf = (body: string, allowedComponents: readonly string[]) => hash(allowedComponents.join(','), body);
  return {
    async judgeAhead(bodies, judgeMany) {
      const keyed = new Map<string, BodyToJudge>();
      for (const each of bodies) {
        const key = keyOf(each.body, each.allowedComponents);
        if (!stored.get(key)) keyed.set(key, each);
      }
      if (keyed.size === 0) return;
      // What the last bodies judged ahead left untaken was for entries the store already held.
      rendered.clear();
      const judged = await judgeMany([...keyed.values()]);
      [...keyed.keys()].forEach((key, index) => {
        const { problems, components, rendered: html } = judged[index]!;
        stored.set(key, { problems, components });
        if (html) rendered.set(key, html);
      });
    },
    takeRendered(body, allowedComponents) {
      const key = keyOf(body, allowedComponents);
      const html = rendered.get(key);
      rendered.delete(key);
      return html;
    },
    judge(body, allowedComponents) {
      const key = keyOf(body, allowedComponents);
      const known = stored.get(key);
      if (known) return { problems: known.problems, components: known.components };
      const judgement = judgeMdxBody(body, allowedComponents);
      stored.set(key, { problems: judgement.problems, components: judgement.components });
      return judgement;
    },
    save: () => stored.save(),
  };
}

/** Where the loader keeps the cache: in Astro's cache folder, beside the content layer's store. */
export const getJudgementCacheFile = (cacheDir: string) => join(cacheDir, 'kremlin-record-judgements.bin');
