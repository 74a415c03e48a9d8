/**
 * `npm run check`: validates the whole content folder and prints every problem as
 * `path:line field: message`, then a one-line summary; exits 1 when there is any problem.
 *
 *   node --experimental-strip-types src/cli/check.ts [--root DIR] [--today YYYY-MM-DD]
 *
 * `--root` checks another content folder (tests and the importer use a temporary one); `--today`
 * fixes the date that no content date may pass, for reproducible runs.
 */
import { relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFolder } from '../lib/check/content-folder.ts';
import { formatReport } from '../lib/content-check.ts';
import { parsePartialDate, type PartialDate } from '../lib/dates.ts';

const toSlashes = (path: string): string => path.split(sep).join('/');

/** Today as the maintainer's calendar shows it. */
function getToday(): PartialDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** `--today` as a full date: a year or a month would make "in the future" ambiguous. */
function parseToday(text: string): PartialDate {
  const today = parsePartialDate(text);
  if (today.day === undefined) throw new Error(`--today "${text}" must be a full date, YYYY-MM-DD`);
  return today;
}

try {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'content' },
      today: { type: 'string' },
    },
  });
  const root = values.root;
  const today = values.today === undefined ? getToday() : parseToday(values.today);
  // The same listing and rules as the build's loaders (src/lib/content/loader.ts).
  const { result } = checkContentFolder(root, { root: toSlashes(relative(process.cwd(), root)), today });
  console.log(formatReport(result));
  process.exitCode = result.problems.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`check: ${(error as Error).message}\nusage: node --experimental-strip-types src/cli/check.ts [--root DIR] [--today YYYY-MM-DD]`);
  process.exitCode = 2;
}
