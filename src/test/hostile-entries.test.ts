import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHostileEntries, writeHostileArchive, type HostileEntry } from './fixtures/hostile-entries.ts';

// Hostile entries from an outside pull request must fail `npm run check` and `npm run build`
// alike, each named with its file, and no payload may ever run. Builds are slow, so one build
// holds every hostile entry at once (the report lists every problem), and one more holds only the
// lone-CR export the hand-written lexer missed. Each entry alone is checked in
// src/lib/check/content-folder.test.ts.
const workDir = mkdtempSync(join(tmpdir(), 'kr-hostile-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const sentinel = join(workDir, 'sentinel');
const entries = getHostileEntries(sentinel);

/** A copy of the project whose content folder is the valid fixture archive plus `hostile`. */
function makeProject(name: string, hostile: readonly HostileEntry[]): string {
  const root = join(workDir, name);
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  writeHostileArchive(join(root, 'content'), join(workDir, `${name}-outside`), hostile);
  return root;
}

/** Runs a command of the project the way npm would, and returns its exit code and output. */
function run(root: string, args: string[]) {
  const { SITE_CONTENT_DIR: _, SITE_OUT_DIR: __, ...env } = process.env;
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

const check = (root: string) => run(root, ['--experimental-strip-types', 'src/cli/check.ts', '--root', 'content', '--content-only']);
const build = (root: string) => run(root, ['node_modules/astro/bin/astro.mjs', 'build']);
const reportLines = (output: string) => output.split('\n').map((line) => line.replace(/^.*?(?=content\/)/, ''));

describe('every hostile entry at once', () => {
  let root = '';
  let checked = { status: null as number | null, output: '' };
  let built = { status: null as number | null, output: '' };
  beforeAll(() => {
    root = makeProject('all', entries);
    checked = check(root);
    built = build(root);
  }, 480_000);

  it('fails npm run check and npm run build', () => {
    expect(checked.status).toBe(1);
    expect(built.status).not.toBe(0);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it.each(entries.map((entry) => [entry.name, entry] as const))('names the file when %s, in the check and the build alike', (_, entry) => {
    for (const { output } of [checked, built]) {
      const line = reportLines(output).find((each) => each.startsWith(`content/${entry.path}:`) && each.includes(entry.message));
      expect(line, output.slice(0, 4000)).toBeDefined();
    }
  });

  it('never runs a payload', () => {
    expect(existsSync(sentinel)).toBe(false);
  });
});

describe('an article that exports code after lone carriage returns', () => {
  it('fails check and build on its line, and its code never runs', () => {
    const entry = entries.find((each) => each.kind === 'line endings' && each.path.startsWith('articles/'))!;
    const root = makeProject('lone-cr', [entry]);
    const expected = `content/${entry.path}:25 body: export statement: entries may not run code at build time`;
    for (const { status, output } of [check(root), build(root)]) {
      expect(status).not.toBe(0);
      expect(reportLines(output).some((line) => line.startsWith(expected)), output.slice(0, 4000)).toBe(true);
    }
    expect(existsSync(sentinel)).toBe(false);
  }, 480_000);
});
