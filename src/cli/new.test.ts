import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { readEntrySource } from '../lib/frontmatter/read.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const schema = articleSchema(() => z.string());

function runNew(...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(repoRoot, 'src/cli/new.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  // The first line names the file written ("Wrote <path>"); the next steps follow.
  const written = /^Wrote (.+)$/m.exec(result.stdout)?.[1] ?? '';
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, written };
}

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kremlin-new-'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

// Each test spawns Node a few times; give them room on a busy machine.
describe('npm run new', { timeout: 20_000 }, () => {
  it('scaffolds an entry with every schema field, each with a comment, and prints its path', () => {
    const result = runNew('--title', 'Peskov speaks to NBC', '--published', '2023-12-16', '--outlet', 'nbc-news', '--root', root);
    expect(result.status).toBe(0);
    const path = result.written;
    expect(path).toBe(join(root, 'articles/2023/2023-12-16-nbc-news-peskov-speaks-to-nbc.mdx'));
    const source = readFileSync(path, 'utf8');
    const lines = source.split('\n');
    for (const field of Object.keys(schema.shape)) {
      const index = lines.findIndex((line) => line.startsWith(`${field}:`) || line.startsWith(`# ${field}:`));
      expect(index, field).toBeGreaterThan(0);
      expect(lines[index - 1], field).toMatch(/^# /);
    }
  });

  it('takes the comments from the schema’s own descriptions', () => {
    const source = readFileSync(runNew('--title', 'T', '--published', '2024', '--root', root).written, 'utf8');
    expect(source).toContain('# The headline as published, or a plain descriptive one when the source has none.');
    expect(source).toContain('# Kept out of the site while true.');
    expect(source).toMatch(/# Direct quotes printed in the body\. Each item: text — The words as printed/);
    expect(source.replace(/\n# /g, ' ')).toContain('or { text, warning: true } for a doubt about accuracy a reader must see before the text');
  });

  it('leaves the body empty, explaining it in a YAML comment rather than MDX', () => {
    const { body } = readEntrySource(runNew('--title', 'T', '--published', '2024', '--dry-run').stdout);
    expect(body.trim()).toBe('Would write content/articles/2024/2024-unidentified-t.mdx (dry run: nothing written)');
  });

  it('passes the schema once title, date and topics are given, and fails it while they are not', () => {
    const complete = readFileSync(runNew('--title', 'T', '--published', '2024-01', '--topics', 'navalny', '--root', root).written, 'utf8');
    expect(schema.safeParse(readEntrySource(complete).data).success).toBe(true);
    const incomplete = readFileSync(runNew('--title', 'T', '--root', root).written, 'utf8');
    const issues = schema.safeParse(readEntrySource(incomplete).data).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues).toEqual(['published', 'topics']);
  });

  it('puts an undated entry where the check will ask for it to be moved', () => {
    expect(runNew('--title', 'Peskov speaks', '--root', root).written).toBe(join(root, 'articles/undated/peskov-speaks.mdx'));
  });

  it('tells the maintainer what to fill in, where to move an undated entry, and to run the check', () => {
    const { stdout } = runNew('--title', 'Peskov speaks', '--topics', 'navalny', '--root', root);
    expect(stdout).toContain('fill in: published, url (if the original is online), outlet');
    expect(stdout).not.toMatch(/fill in:[^\n]*topics/);
    expect(stdout).toContain('move it to content/articles/YYYY/YYYY-MM-DD-<outlet>-<slug>.mdx');
    expect(stdout).toMatch(/\d\. Run npm run check until it reports no problems/);
  });

  it('refuses to overwrite, and exits 2 on a usage error', () => {
    runNew('--title', 'T', '--published', '2024', '--root', root);
    expect(runNew('--title', 'T', '--published', '2024', '--root', root).status).toBe(1);
    const missing = runNew('--published', '2024', '--root', root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--title is required');
    expect(runNew('--title', 'T', '--published', 'soon').status).toBe(2);
    expect(existsSync(join(root, 'articles/undated'))).toBe(false);
  });
});
