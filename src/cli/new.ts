/**
 * `npm run new -- --title T [flags]`: scaffolds an empty article entry with every field of the
 * schema, each commented with the schema's own description, and prints its path.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainModule, runCommand } from './command.ts';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { ENTRY_COMMAND_OPTIONS as OPTIONS, parseMetadataFlags, UsageError } from '../lib/flags.ts';
import { buildScaffoldFields, extractFieldDocs, getScaffoldNextSteps, getScaffoldPath, renderScaffold, type ScaffoldOptions } from '../lib/frontmatter/scaffold.ts';

const USAGE = `Usage: npm run new -- --title T [options]

Writes an empty article entry with every frontmatter field, each with a comment on what it means,
and prints its path and the next steps. Fill in the fields and paste the text below the frontmatter (or use
npm run import, which cleans a raw article for you).

Options:
  --title T          the headline as published (required)
  --published DATE   YYYY, YYYY-MM or YYYY-MM-DD; without it the entry goes to
                     content/articles/undated/ and fails npm run check until dated and moved
  --outlet ID        the publisher's id in content/outlets/
  --url U            where the article was published (https)
  --byline B         the author as printed
  --topics ID,ID     topic ids from content/topics/
  --people ID,ID     person ids from content/people/
  --language TAG     the text's language (BCP 47), default en; a Cyrillic title still gets a Latin id
  --root DIR         the content folder (default: content)
  --dry-run          print the entry instead of writing it
  --help             show this text

An existing file is never overwritten. Exit status: 0 done, 1 not written, 2 usage error.`;


// The field list comes from the schema itself and the comments from its source, so a field added
// to the schema appears in every new scaffold without a change here.
const SCHEMA_FILE = fileURLToPath(new URL('../schemas/article.ts', import.meta.url));
const FIELD_NAMES = Object.keys(articleSchema(() => z.string()).shape);

function readOptions(values: Record<string, string | boolean | undefined>): ScaffoldOptions {
  const { title, ...flags } = parseMetadataFlags(values);
  if (!title) throw new UsageError('--title is required');
  return { title, ...flags };
}

/** Runs the command; returns the exit status. */
export function runNew(args: readonly string[]): number {
  return runCommand({ name: 'new', usage: USAGE, options: OPTIONS }, args, ({ values, positionals }) => {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const options = readOptions(values);
    const schemaSource = readFileSync(SCHEMA_FILE, 'utf8');
    const docs = extractFieldDocs(schemaSource, 'articleSchema');
    const fields = buildScaffoldFields(FIELD_NAMES, docs, extractFieldDocs(schemaSource, 'quoteSchema'), options);
    const source = renderScaffold(fields);
    const target = join(values.root, 'articles', getScaffoldPath(options));
    if (values['dry-run']) {
      console.log(`${source}\nWould write ${target} (dry run: nothing written)`);
      return 0;
    }
    if (existsSync(target)) {
      console.error(`${target} already exists; not overwritten.`);
      return 1;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source, { flag: 'wx' });
    console.log(`Wrote ${target}\n\nNext:\n${getScaffoldNextSteps(options, target).map((step, index) => `${index + 1}. ${step}`).join('\n')}`);
    return 0;
  });
}

if (isMainModule(import.meta.url)) process.exitCode = runNew(process.argv.slice(2));
