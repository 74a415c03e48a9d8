import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { judgeMdxBody } from './allow-list.ts';
import { createJudgementCache, getJudgeVersion } from './judgement-cache.ts';
import { judgeAndRender, type BodyToJudge } from './judge-on-workers.ts';

const CLEAN = 'Peskov said the talks would go on.<Cite id="2023-12-16-a"/>';
const HOSTILE = 'Read this. export const x = 1\n\n<img src="https://tracker.example/p.gif" />';
let folder: string;
let file: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kr-judgements-'));
  file = join(folder, 'cache', 'judgements.bin');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('createJudgementCache', () => {
  it('judges as the allow-list does, tree included, the first time', () => {
    const cache = createJudgementCache(file, 'v1');
    expect(cache.judge(CLEAN, ['Cite'])).toEqual(judgeMdxBody(CLEAN, ['Cite']));
    expect(cache.judge(HOSTILE, [])).toEqual(judgeMdxBody(HOSTILE, []));
  });

  it('gives the next run the same problems and components without parsing: no tree', () => {
    const first = createJudgementCache(file, 'v1');
    first.judge(CLEAN, ['Cite']);
    first.judge(HOSTILE, []);
    first.save();
    const next = createJudgementCache(file, 'v1');
    const { tree, ...judged } = judgeMdxBody(CLEAN, ['Cite']);
    expect(tree).toBeDefined();
    expect(next.judge(CLEAN, ['Cite'])).toEqual(judged);
    expect(next.judge(HOSTILE, []).problems).toEqual(judgeMdxBody(HOSTILE, []).problems);
    expect(next.judge(HOSTILE, []).problems.length).toBeGreaterThan(0);
  });

  it('keeps a judgement for the components allowed: a component allowed in a topic is refused in an article', () => {
    const cache = createJudgementCache(file, 'v1');
    cache.judge(CLEAN, ['Cite']);
    cache.save();
    expect(createJudgementCache(file, 'v1').judge(CLEAN, []).problems).toEqual(judgeMdxBody(CLEAN, []).problems);
    expect(judgeMdxBody(CLEAN, []).problems.length).toBeGreaterThan(0);
  });

  it('judges afresh under another version: judgements made under other rules are never used', () => {
    const first = createJudgementCache(file, 'v1');
    first.judge(CLEAN, ['Cite']);
    first.save();
    // A judgement stored as clean, as an older judge might have found a body it now refuses.
    const stored = deserialize(readFileSync(file)) as { version: string; values: Map<string, unknown> };
    for (const key of stored.values.keys()) stored.values.set(key, { problems: [], components: [] });
    writeFileSync(file, serialize(stored));
    expect(createJudgementCache(file, 'v2').judge(CLEAN, ['Cite']).tree).toBeDefined();
    expect(createJudgementCache(file, undefined).judge(CLEAN, ['Cite']).tree).toBeDefined();
  });

  it('keeps only the bodies judged in the last run', () => {
    const first = createJudgementCache(file, 'v1');
    first.judge(CLEAN, ['Cite']);
    first.judge(HOSTILE, []);
    first.save();
    const second = createJudgementCache(file, 'v1');
    second.judge(CLEAN, ['Cite']);
    second.save();
    const stored = deserialize(readFileSync(file)) as { values: Map<string, unknown> };
    expect(stored.values.size).toBe(1);
  });
});

describe('getJudgeVersion', () => {
  it('changes when the installed packages change, and is unknown without a lockfile', () => {
    const lockfile = join(folder, 'package-lock.json');
    writeFileSync(lockfile, '{"packages":{"node_modules/micromark":{"version":"4.0.0"}}}');
    const before = getJudgeVersion(lockfile);
    writeFileSync(lockfile, '{"packages":{"node_modules/micromark":{"version":"4.0.1"}}}');
    expect(before).toBeDefined();
    expect(getJudgeVersion(lockfile)).not.toBe(before);
    expect(getJudgeVersion(join(folder, 'missing.json'))).toBeUndefined();
  });

  it('judges ahead only the bodies it has no judgement of, and hands each one’s HTML over once', async () => {
    const cache = createJudgementCache(file, 'v1');
    cache.judge(CLEAN, ['Cite']);
    const sent: BodyToJudge[][] = [];
    const judgeMany = async (bodies: BodyToJudge[]) => {
      sent.push(bodies);
      return bodies.map(judgeAndRender);
    };
    const other = 'Zakharova answered.';
    await cache.judgeAhead([{ body: CLEAN, allowedComponents: ['Cite'] }, { body: other, allowedComponents: [] }, { body: HOSTILE, allowedComponents: [] }], judgeMany);
    expect(sent).toEqual([[{ body: other, allowedComponents: [] }, { body: HOSTILE, allowedComponents: [] }]]);
    // The check then finds both judged, with no tree, and the loader takes the passing body's HTML.
    expect(cache.judge(other, []).tree).toBeUndefined();
    expect(cache.judge(HOSTILE, []).problems).toEqual(judgeMdxBody(HOSTILE, []).problems);
    expect(cache.takeRendered(other, [])?.html).toBe('<p>Zakharova answered.</p>');
    expect(cache.takeRendered(other, [])).toBeUndefined();
    expect(cache.takeRendered(HOSTILE, [])).toBeUndefined();
    await cache.judgeAhead([{ body: other, allowedComponents: [] }], judgeMany);
    expect(sent).toHaveLength(1);
  });
});
