import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeAndRender, judgeOnWorkers, type BodyToJudge } from './judge-on-workers.ts';
import { judgeMdxBody } from './allow-list.ts';
import { renderBody } from './render.ts';

const WORKER = resolve('src/lib/content/judge-worker.ts');

// Passing bodies, and bodies the allow-list refuses: code, a foreign image, an unknown component.
const BODIES: BodyToJudge[] = [
  { body: 'Peskov said the talks would go on.<Cite id="2023-12-16-a"/>', allowedComponents: ['Cite'] },
  { body: 'import x from "node:fs"\n\nRead this.', allowedComponents: [] },
  { body: '## Talks\n\n| Who | Said |\n|---|---|\n| Peskov | No |', allowedComponents: [] },
  { body: '<img src="https://tracker.example/p.gif" />', allowedComponents: [] },
  { body: 'A {1 + 1} sum.', allowedComponents: [] },
  { body: '<Cite id="2023-12-16-a"/>', allowedComponents: [] },
  { body: 'Zakharova answered.', allowedComponents: [] },
];

describe('judgeAndRender', () => {
  it('judges as the allow-list does, and renders only a body that passes', () => {
    for (const each of BODIES) {
      const { tree, ...judgement } = judgeMdxBody(each.body, each.allowedComponents);
      const judged = judgeAndRender(each);
      expect(judged).toMatchObject(judgement);
      expect(judged.rendered).toEqual(tree ? renderBody(tree, judgement.components) : undefined);
    }
    expect(BODIES.map((each) => judgeAndRender(each).problems.length > 0)).toEqual([false, true, false, true, true, true, false]);
  });
});

describe('judgeOnWorkers', () => {
  it('answers on worker threads exactly as on this one, in the order asked', async () => {
    expect(await judgeOnWorkers(BODIES, WORKER, 3)).toEqual(BODIES.map(judgeAndRender));
  });

  it('fails naming the worker file when a worker cannot start', async () => {
    await expect(judgeOnWorkers(BODIES, resolve('src/lib/content/no-such-worker.ts'), 2)).rejects.toThrow('The content worker /');
  });
});
