/**
 * `npm run check`: validates the whole content folder and prints every problem as
 * `path:line field: message`, then a one-line summary; then checks the code's types with
 * `astro check`. Exits 1 when either finds a problem.
 */
import { spawnSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { checkContentFolder } from '../lib/check/content-folder.ts';
import { formatReport } from '../lib/check/content.ts';
import { parsePartialDate, type PartialDate } from '../lib/dates.ts';
import { UsageError } from '../lib/flags.ts';
import { isMainModule, runCommand } from './command.ts';

const USAGE = `Usage: npm run check [-- --root DIR] [--today YYYY-MM-DD] [--content-only]

Checks every file of the content folder with the rules the build applies (the same listing and
rules as the content loader) and prints each problem as path:line field: message. Then checks
the code's types and templates with astro check.

Options:
  --root DIR          the content folder (default: content)
  --today YYYY-MM-DD  the date no content date may pass (default: today), for reproducible runs
  --content-only      check the content folder only, not the code
  --help              show this text

Exit status: 0 no problems, 1 problems found, 2 usage error.`;

const OPTIONS = {
  root: { type: 'string', default: 'content' },
  today: { type: 'string' },
  'content-only': { type: 'boolean', default: false },
  help: { type: 'boolean' },
} as const;

const toSlashes = (path: string): string => path.split(sep).join('/');

/** Today as the maintainer's calendar shows it. */
function getToday(): PartialDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** `--today` as a full date: a year or a month would make "in the future" ambiguous. */
function parseToday(text: string): PartialDate {
  let today: PartialDate | undefined;
  try {
    today = parsePartialDate(text);
  } catch {
    today = undefined;
  }
  if (today?.day === undefined) throw new UsageError(`--today "${text}" must be a full date, YYYY-MM-DD`);
  return today;
}

/** Runs the check; returns the exit status. */
export function runCheck(args: readonly string[]): number {
  return runCommand({ name: 'check', usage: USAGE, options: OPTIONS }, args, ({ values, positionals }) => {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const root = values.root;
    const today = values.today === undefined ? getToday() : parseToday(values.today);
    // The same listing and rules as the build's loaders (src/lib/content/loader.ts).
    const { result } = checkContentFolder(root, { root: toSlashes(relative(process.cwd(), root)), today });
    console.log(formatReport(result));
    if (result.problems.length > 0) return 1;
    return values['content-only'] ? 0 : checkTypes();
  });
}

/** `astro check` on the project, its output passed through; returns its exit status. */
function checkTypes(): number {
  const astro = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
  return spawnSync(process.execPath, [astro, 'check'], { stdio: 'inherit' }).status ?? 1;
}

if (isMainModule(import.meta.url)) process.exitCode = runCheck(process.argv.slice(2));
