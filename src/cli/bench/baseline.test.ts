import { describe, expect, it } from 'vitest';
import { getBaselineProjectFiles } from './baseline.ts';

const files = getBaselineProjectFiles('/tmp/kr-bench-x/content/articles');
const textOf = (path: string) => files.find((file) => file.path === path)?.text ?? '';

describe('the bare Astro MDX baseline', () => {
  it('is a config, a content config and one route, as an ES module package', () => {
    expect(files.map((file) => file.path)).toEqual(['package.json', 'astro.config.mjs', 'src/content.config.ts', 'src/pages/[...id].astro']);
    expect(JSON.parse(textOf('package.json'))).toMatchObject({ type: 'module' });
  });

  it('uses only the MDX integration, and keeps its caches inside its own folder', () => {
    expect(textOf('astro.config.mjs')).toContain('integrations: [mdx()]');
    expect(textOf('astro.config.mjs')).toContain("cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' }");
    expect(textOf('astro.config.mjs').match(/^import /gm)).toHaveLength(2);
  });

  it('loads every article from the given folder as a quoted string', () => {
    expect(textOf('src/content.config.ts')).toContain(`glob({ pattern: '**/*.mdx', base: "/tmp/kr-bench-x/content/articles" })`);
    expect(getBaselineProjectFiles('C:\\a "b"')[2]?.text).toContain('base: "C:\\\\a \\"b\\""');
  });

  it('renders each entry on its own page', () => {
    expect(textOf('src/pages/[...id].astro')).toContain('params: { id: article.id }');
    expect(textOf('src/pages/[...id].astro')).toContain('<Content />');
  });
});
