/**
 * The shell every maintainer command shares: parse the arguments, answer --help, run, and turn a
 * usage error into one line (the message, and where the usage is) and exit status 2. A command's own failures
 * (exit 1) and anything unexpected stay the command's.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from '../lib/flags.ts';

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  name: string;
  usage: string;
  options: O;
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

const isUsageError = (error: unknown) =>
  error instanceof UsageError || ((error as { code?: unknown }).code as string | undefined)?.startsWith('ERR_PARSE_ARGS') === true;

/** Runs `run` on the parsed arguments; returns the exit status. */
export function runCommand<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, args: readonly string[], run: (parsed: Parsed<O>) => number): number {
  try {
    const parsed = parseArgs({ args: [...args], options: spec.options, allowPositionals: true, strict: true });
    if ((parsed.values as { help?: unknown }).help === true) {
      console.log(spec.usage);
      return 0;
    }
    return run(parsed);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    console.error(`${spec.name}: ${(error as Error).message} (npm run ${spec.name} -- --help shows the usage)`);
    return 2;
  }
}

/** Whether the module at `moduleUrl` is the script node was started with (not imported by a test). */
export function isMainModule(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}
