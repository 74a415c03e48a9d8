import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getBaselineProjectFiles } from './baseline.ts';
import { writeFiles } from './files.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const workDir = mkdtempSync(join(tmpdir(), 'kr-baseline-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the bare Astro MDX baseline', () => {
  it('is a config, a content config and one route, as an ES module package', () => {
    const files = getBaselineProjectFiles('/tmp/kr-bench-x/content/articles');
    expect(files.map((file) => file.path)).toEqual(['package.json', 'astro.config.mjs', 'src/content.config.ts', 'src/pages/[...id].astro']);
    expect(JSON.parse(files[0]!.text)).toMatchObject({ type: 'module' });
  });

  // A real build, as `npm run bench` runs it (node_modules a link to the engine's): what the
  // generated files do, rather than what they spell.
  it('builds each article to a page of its own from a folder with a space and a quote in its path, its caches kept in its own folder', { timeout: 120_000 }, () => {
    const articles = join(workDir, 'con "tent"', 'articles');
    writeFiles(articles, [
      { path: '2024/a.mdx', text: '---\ntitle: First report\n---\n\nThe first *report* text.\n' },
      { path: '2025/b.mdx', text: '---\ntitle: Second report\n---\n\nThe second text.\n' },
    ]);
    const project = join(workDir, 'baseline');
    writeFiles(project, getBaselineProjectFiles(articles));
    symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
    const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, encoding: 'utf8' });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    const page = (id: string) => readFileSync(join(project, 'dist', id, 'index.html'), 'utf8');
    expect(page('2024/a')).toContain('<title>First report</title>');
    expect(page('2024/a')).toContain('<p>The first <em>report</em> text.</p>');
    expect(page('2025/b')).toContain('<h1>Second report</h1>');
    // Its caches are its own, not written through the linked node_modules into the engine's.
    expect(existsSync(join(project, '.astro-cache'))).toBe(true);
    expect(existsSync(join(project, '.vite-cache'))).toBe(true);
  });
});
