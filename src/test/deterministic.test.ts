import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from './fixture-site.ts';
import { listFiles } from './site-files.ts';

// Two clean builds of one commit must be byte-identical, search index included (DESIGN.md "Locked
// down"): anyone can then check that a deployed site is what its commit builds. Each build runs in
// its own copy of the project, in a different folder, with no cache from any earlier build.
const workDir = mkdtempSync(join(tmpdir(), 'kr-deterministic-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function buildAndHash(name: string): Map<string, string> {
  // A clean build: the copy keeps its own node_modules/.astro and .vite caches.
  const root = copyProject(join(workDir, name));
  cpSync('content', join(root, 'content'), { recursive: true });
  const { SITE_CONTENT_DIR: _, SITE_OUT_DIR: __, ...env } = process.env;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: { ...env, SITE_OUT_DIR: './out' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}${result.stderr}`);
  const out = join(root, 'out');
  return new Map(listFiles(out).sort().map((path) => [path, createHash('sha256').update(readFileSync(join(out, path))).digest('hex')]));
}

describe('two clean builds of the same commit', () => {
  it('write the same files, byte for byte, search index included', () => {
    const first = buildAndHash('first');
    const second = buildAndHash('second');
    expect([...first.keys()].filter((path) => path.startsWith('pagefind/')).length).toBeGreaterThan(5);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((path) => first.get(path) !== second.get(path));
    expect(differing).toEqual([]);
    console.log(`Two clean builds: ${first.size} files each, every SHA-256 equal.`);
  }, 900_000);
});
