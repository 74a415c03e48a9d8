import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

// Only the argument handling: a real bench run builds two sites and takes minutes, so it stays out
// of `npm test`.
function runBench(...args: string[]) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(repoRoot, 'src/cli/bench.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run bench', { timeout: 20_000 }, () => {
  it('prints its usage with --help', () => {
    const result = runBench('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run bench -- --entries N [--incremental] [--profile] [--keep]');
  });

  it('exits 2, naming the flag, when --entries is missing or out of range', () => {
    for (const [args, message] of [
      [[], '--entries is required'],
      [['--entries', '0'], '--entries "0" must be a whole number from 1 to 20000'],
      [['--entries', '20001'], '--entries "20001" must be a whole number from 1 to 20000'],
    ] as const) {
      const result = runBench(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(`bench: ${message}`);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('npm run bench -- --help shows the usage');
    }
  });

  it('exits 2 on an unknown flag or a stray argument', () => {
    expect(runBench('--entries', '5', '--fast').status).toBe(2);
    expect(runBench('--entries', '5', 'extra').stderr).toContain('bench: unexpected argument "extra"');
  });
});
