import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../lib/flags.ts';
import { runCommand } from './command.ts';

const spec = { name: 'demo', usage: 'Usage: npm run demo -- [--count N]', options: { count: { type: 'string' }, help: { type: 'boolean' } } } as const;
const log = vi.spyOn(console, 'log').mockImplementation(() => {});
const error = vi.spyOn(console, 'error').mockImplementation(() => {});
afterEach(() => vi.clearAllMocks());

describe('runCommand', () => {
  it('prints the usage and exits 0 on --help, without running the command', () => {
    const run = vi.fn(() => 1);
    expect(runCommand(spec, ['--help'], run)).toBe(0);
    expect(log).toHaveBeenCalledWith(spec.usage);
    expect(run).not.toHaveBeenCalled();
  });

  it('hands the parsed options and arguments to the command, and returns its status', () => {
    expect(runCommand(spec, ['--count', '3', 'file.txt'], ({ values, positionals }) => (values.count === '3' && positionals[0] === 'file.txt' ? 7 : 0))).toBe(7);
  });

  it('turns an unknown option or a UsageError into one line and exit 2', () => {
    expect(runCommand(spec, ['--colour'], () => 0)).toBe(2);
    expect(error).toHaveBeenLastCalledWith(expect.stringMatching(/^demo: Unknown option '--colour'.* \(npm run demo -- --help shows the usage\)$/));
    expect(runCommand(spec, [], () => { throw new UsageError('give the FILE'); })).toBe(2);
    expect(error).toHaveBeenLastCalledWith('demo: give the FILE (npm run demo -- --help shows the usage)');
  });

  it('lets any other failure through, so a bug is never reported as a usage error', () => {
    expect(() => runCommand(spec, [], () => { throw new Error('disk full'); })).toThrow('disk full');
  });
});
