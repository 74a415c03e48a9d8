import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundFormatter, type BackgroundFormatter } from './background-format.ts';
import { toCslItem, type CslItem } from './citable-article.ts';
import { formatCitations } from './format.ts';
import { knownArticle, unknownArticle, variedArticles } from './fixtures.ts';

const workerFile = fileURLToPath(new URL('./format-worker.ts', import.meta.url));
const items = [knownArticle, unknownArticle, ...variedArticles(40)].map(toCslItem);

let formatter: BackgroundFormatter | undefined;
afterEach(() => formatter?.close());

// Starting the worker loads Citation.js and builds citeproc-js's engines: seconds on a busy machine.
describe('createBackgroundFormatter', { timeout: 60_000 }, () => {
  it('makes on the worker the very citations formatCitations makes', async () => {
    formatter = createBackgroundFormatter(workerFile);
    const [first, ...rest] = items;
    formatter.prefetch(rest);
    const citations = await Promise.all([first!, ...rest].map((item) => formatter!.format(item)));
    expect(citations).toEqual(items.map((item) => formatCitations(item)));
  });

  it('shares the items among its workers, and gives each article its own citations', async () => {
    formatter = createBackgroundFormatter(workerFile, { workers: 2 });
    formatter.prefetch(items.slice(0, 20));
    const citations = await Promise.all(items.map((item) => formatter!.format(item)));
    expect(citations).toEqual(items.map((item) => formatCitations(item)));
  });

  it('formats an article again after an edit, not the copy sent ahead', async () => {
    formatter = createBackgroundFormatter(workerFile);
    const before = toCslItem(knownArticle);
    const after = toCslItem({ ...knownArticle, title: 'Kremlin aide speaks again' });
    formatter.prefetch([before]);
    const [apa] = await formatter.format(after);
    expect(apa!.text).toContain('Kremlin aide speaks again');
  });

  it('stops its worker when idle, and starts another when asked again', async () => {
    formatter = createBackgroundFormatter(workerFile, { idleMs: 10 });
    await formatter.format(items[0]!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await formatter.format(items[1]!)).toEqual(formatCitations(items[1]!));
  });

  it('rejects naming the article that cannot be cited', async () => {
    formatter = createBackgroundFormatter(workerFile);
    // Neither a title nor an outlet: MLA has nothing to begin the entry with.
    const untitled = { id: '2023-12-16-untitled', type: 'article-newspaper' } as CslItem;
    // Sent together, the three are formatted in one pass, which fails; each is then formatted alone.
    formatter.prefetch([items[0]!, untitled, items[1]!]);
    await expect(formatter.format(untitled)).rejects.toThrow('Could not cite article "2023-12-16-untitled": 2023-12-16-untitled: MLA produced no citation');
    expect(await formatter.format(items[0]!)).toEqual(formatCitations(items[0]!));
    expect(await formatter.format(items[1]!)).toEqual(formatCitations(items[1]!));
    // The worker goes on with the next article.
    await expect(formatter.format(items[2]!)).resolves.toHaveLength(3);
  });

  it('rejects naming the article and the worker when the worker cannot start', async () => {
    formatter = createBackgroundFormatter('/nowhere/format-worker.ts');
    await expect(formatter.format(items[0]!)).rejects.toThrow(
      `Could not cite article "${knownArticle.id}": the citation worker /nowhere/format-worker.ts failed`,
    );
  });

  it('lets the process exit once its citations are made, without waiting for the items sent ahead', () => {
    // Twenty thousand items would keep the worker busy for minutes.
    const script = `
      import { createBackgroundFormatter } from ${JSON.stringify(fileURLToPath(new URL('./background-format.ts', import.meta.url)))};
      const formatter = createBackgroundFormatter(${JSON.stringify(workerFile)});
      const item = ${JSON.stringify(items[0])};
      formatter.prefetch([item, ...Array.from({ length: 20_000 }, (_, n) => ({ ...item, id: 'ahead-' + n }))]);
      const [apa] = await formatter.format(item);
      console.log(apa.label);`;
    const dir = mkdtempSync(join(tmpdir(), 'kr-background-format-'));
    writeFileSync(join(dir, 'cite-one.mjs'), script);
    const child = spawnSync(process.execPath, [join(dir, 'cite-one.mjs')], { encoding: 'utf8', timeout: 30_000 });
    rmSync(dir, { recursive: true });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('APA\n');
    expect(child.status).toBe(0);
  });
});
