import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_CONTENT } from './fixture-archive.ts';
import { LOCAL_SITE_URL } from '../lib/site/address.ts';

// A broken entry must stop the build with its file and field, never be skipped. Each case builds
// a copy of the project, with the fixture archive as its content and one fault in it, in its own
// folder, so neither dist/ nor Astro's caches in .astro/ ever see the broken archive.
const workDir = mkdtempSync(join(tmpdir(), 'kr-bad-input-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// An article with people and quotes, where the copy's content/ holds it.
const article = { id: FIXTURE.conferenceFirst, path: `content/articles/2024/${FIXTURE.conferenceFirst}.mdx` };

function buildWithFault(name: string, breakEntry: (source: string) => string) {
  const root = join(workDir, name);
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  const file = join(root, article.path);
  writeFileSync(file, breakEntry(readFileSync(file, 'utf8')));
  const { SITE_CONTENT_DIR: _, SITE_OUT_DIR: __, ...env } = process.env;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: { ...env, SITE_URL: LOCAL_SITE_URL }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('a broken entry', () => {
  it('fails the build on a bad date, naming the file and the field', () => {
    const { status, output } = buildWithFault('date', (source) => source.replace(/^published: .*$/m, "published: '2023-13-45'"));
    expect(status).not.toBe(0);
    expect(output).toContain(article.path);
    expect(output).toContain('published: "2023-13-45" has no month 13');
  });

  it('fails the build on a reference to a missing person, naming the entry and the field', () => {
    const { status, output } = buildWithFault('reference', (source) => source.replace(/^people:\n/m, 'people:\n  - no-such-person\n'));
    expect(status).not.toBe(0);
    expect(output).toContain(article.id);
    expect(output).toMatch(/people.*no-such-person|no-such-person.*people/s);
  });

  it('fails the build on a quote the body does not print, naming the file and the field', () => {
    const { status, output } = buildWithFault('quote', (source) => source.replace(/^quotes:\n  - text: .*$/m, 'quotes:\n  - text: words this article never printed'));
    expect(status).not.toBe(0);
    // The build reports it as `npm run check` does: path:line field: message.
    const escaped = article.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(output).toMatch(new RegExp(`${escaped}:\\d+ quotes\\.0\\.text: "words this article never printed" does not appear in the body`));
  });
});
