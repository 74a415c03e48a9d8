import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const VALID = 'src/cli/fixtures/check/valid';
const ARTICLE = 'articles/2023/2023-12-16-nbc-news-peskov-speaks.mdx';

/** Runs the check the way `npm run check` does, from the repository root; the code's types are another test's concern. */
function runCheck(...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', 'src/cli/check.ts', ...args, '--content-only'], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

const temporaryFolders: string[] = [];

/** A copy of the valid fixture archive in a temporary folder. */
function copyValidArchive(): string {
  const folder = mkdtempSync(join(tmpdir(), 'kremlin-record-check-'));
  temporaryFolders.push(folder);
  cpSync(join(REPO, VALID), folder, { recursive: true });
  return folder;
}

afterEach(() => {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// Each case starts a Node process, which a loaded machine can take seconds to do.
describe('npm run check', { timeout: 30_000 }, () => {
  it('exits 0 and says so when the content folder is valid', () => {
    expect(runCheck('--root', VALID)).toMatchObject({ status: 0, lines: ['Checked 5 entries: no problems'] });
  });

  it('prints path:line field: message for a broken entry, a summary, and exits 1', () => {
    const folder = copyValidArchive();
    const file = join(folder, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace("published: '2023-12-16'", "published: '2023-13-45'"));
    expect(runCheck('--root', folder)).toMatchObject({
      status: 1,
      lines: [`${relative(REPO, file)}:4 published: "2023-13-45" has no month 13`, '1 problem in 1 file'],
    });
  });

  it('measures "in the future" against --today when given', () => {
    const { status, lines } = runCheck('--root', VALID, '--today', '2023-12-31');
    expect(status).toBe(1);
    expect(lines).toContain(`${VALID}/${ARTICLE}:6 retrieved: "2024-01-05" is in the future (today is 2023-12-31)`);
  });

  it('exits 2 with its usage on an unknown option', () => {
    const { status, stderr } = runCheck('--rot', VALID);
    expect(status).toBe(2);
    expect(stderr).toContain("check: Unknown option '--rot'");
    expect(stderr.trim()).toMatch(/^check: Unknown option '--rot'.* \(npm run check -- --help shows the usage\)$/);
  });

  it('prints its usage and exits 0 with --help, and refuses a --today that is not a full date', () => {
    const help = runCheck('--help');
    expect(help.status).toBe(0);
    expect(help.lines[0]).toBe('Usage: npm run check [-- --root DIR] [--today YYYY-MM-DD] [--content-only]');
    expect(runCheck('--root', VALID, '--today', '2023-12')).toMatchObject({ status: 2 });
  });
});
