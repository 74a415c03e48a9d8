/**
 * The empty entry `npm run new` writes: every field of the article schema, each with the schema's
 * own doc comment, so the file explains itself and stays in step with src/schemas/article.ts.
 * Required fields the maintainer has not given hold a value that fails the check, never one that
 * passes by accident.
 */
import { toIsoString, type PartialDate } from '../dates.ts';
import { getArticleId, getArticlePath, slugify } from '../ids.ts';
import { renderFrontmatter, type FrontmatterField } from './write.ts';

/**
 * The one-line doc comments of an object schema's fields, read from the schema's source: the
 * `/** ... *\/` line right above each `name:` inside `export const <exportName>`.
 * @example extractFieldDocs('export const s = z.object({\n  /** The headline. *\/\n  title: z.string(),\n});', 's') // Map { "title" => "The headline." }
 */
export function extractFieldDocs(source: string, exportName: string): Map<string, string> {
  const start = source.indexOf(`export const ${exportName}`);
  const docs = new Map<string, string>();
  if (start === -1) return docs;
  const next = source.indexOf('export const', start + 1);
  const block = source.slice(start, next === -1 ? undefined : next);
  for (const match of block.matchAll(/\/\*\*([\s\S]*?)\*\/\s*\n\s*(\w+)\s*:/g)) {
    const text = (match[1] ?? '').replace(/^\s*\*\s?/gm, '').replace(/\s+/g, ' ').trim();
    if (match[2]) docs.set(match[2], text);
  }
  return docs;
}

/** What the maintainer gave `npm run new`. */
export interface ScaffoldOptions {
  title: string;
  published?: PartialDate | undefined;
  outlet?: string | undefined;
  byline?: string | undefined;
  url?: string | undefined;
  topics?: string[] | undefined;
  people?: string[] | undefined;
  language?: string | undefined;
}

/** Where each field's value comes from, and what to add to its doc comment. */
const FIELD_RULES: Record<string, { value: (options: ScaffoldOptions) => unknown; hint?: string; placeholder?: string }> = {
  title: { value: (options) => options.title, hint: 'Required.' },
  titleSupplied: { value: () => false },
  outlet: { value: (options) => options.outlet, hint: 'An id from content/outlets/; it is part of the file name.', placeholder: 'outlet-id' },
  byline: { value: (options) => options.byline, placeholder: 'Name as printed' },
  // "YYYY-MM-DD" is not a date, so the check fails until the real one is written.
  published: { value: (options) => (options.published ? toIsoString(options.published) : 'YYYY-MM-DD'), hint: 'Required: YYYY, YYYY-MM or YYYY-MM-DD.' },
  circa: { value: () => false },
  url: { value: (options) => options.url, hint: 'https only.', placeholder: 'https://' },
  archivedUrl: { value: () => undefined, placeholder: 'https://web.archive.org/...' },
  retrieved: { value: () => undefined, placeholder: 'YYYY-MM-DD' },
  added: { value: () => undefined, hint: 'The day of your pull request.', placeholder: 'YYYY-MM-DD' },
  language: { value: (options) => options.language ?? 'en', hint: 'BCP 47: en, ru, uk ...' },
  topics: { value: (options) => options.topics ?? [], hint: 'Required: ids from content/topics/.' },
  people: { value: (options) => options.people ?? [], hint: 'Ids from content/people/.' },
  events: { value: () => [], hint: 'Ids from content/events/.' },
  summary: { value: () => undefined, placeholder: 'One or two sentences.' },
  quotes: { value: () => [] },
  notes: { value: () => [] },
  draft: { value: () => false },
};

const BODY_COMMENT =
  "Body: below the closing --- line goes the article's text as printed, paragraphs separated by blank lines, and nothing " +
  'else: no import, export, {expressions} or HTML, since an entry must not run code. npm run import writes it for you from ' +
  'pasted text or a saved page, escaping what MDX would read as code.';

/**
 * The scaffold's frontmatter fields, in the schema's order. A field the rules do not know (one
 * added to the schema later) is still listed, commented out, with its doc comment.
 */
export function buildScaffoldFields(
  fieldNames: readonly string[],
  docs: ReadonlyMap<string, string>,
  quoteDocs: ReadonlyMap<string, string>,
  options: ScaffoldOptions,
): FrontmatterField[] {
  return fieldNames.map((key) => {
    const rule = FIELD_RULES[key];
    const doc = docs.get(key) ?? `See src/schemas/article.ts.`;
    let comment = rule?.hint ? `${doc} ${rule.hint}` : doc;
    if (key === 'quotes') comment += ` Each item: ${[...quoteDocs].map(([name, text]) => `${name} — ${text}`).join(' ')}`;
    const value = rule?.value(options);
    return value === undefined ? { key, comment, placeholder: rule?.placeholder ?? '' } : { key, value, comment };
  });
}

/** The scaffold file's text. */
export function renderScaffold(fields: readonly FrontmatterField[]): string {
  return renderFrontmatter(fields, BODY_COMMENT);
}

/**
 * Where the scaffold goes, relative to the articles folder: its id's path when the date is known,
 * else `undated/<slug>.mdx`, a place the check reports until the entry is dated and moved.
 * @example getScaffoldPath({ title: 'Peskov speaks' }) // "undated/peskov-speaks.mdx"
 */
export function getScaffoldPath(options: ScaffoldOptions): string {
  const slug = slugify(options.title) || 'article';
  if (!options.published) return `undated/${slug}.mdx`;
  return getArticlePath(getArticleId(options.published, options.outlet, slug));
}

/**
 * What the maintainer still has to do after `npm run new`, in order: the fields no flag filled,
 * the move an undated entry needs (its id, and so its file name, comes from the date), then the check.
 * @example getScaffoldNextSteps({ title: 'T', published: undefined }, 'content/articles/undated/t.mdx')
 */
export function getScaffoldNextSteps(options: ScaffoldOptions, target: string): string[] {
  const missing = [
    !options.published && 'published',
    !options.topics?.length && 'topics',
    !options.url && 'url (if the original is online)',
    !options.outlet && 'outlet (if known; else delete the line)',
    !options.byline && 'byline (if printed; else delete the line)',
  ].filter((field): field is string => Boolean(field));
  const steps = [`Open ${target}, paste the article's text below the closing --- line, and fill in: ${[...missing, 'summary', 'quotes', 'notes'].join(', ')}.`];
  if (!options.published) {
    steps.push(
      'Once dated, move it to content/articles/YYYY/YYYY-MM-DD-<outlet>-<slug>.mdx (or YYYY-MM-/YYYY- when only the month or year is known; ' +
        '"unidentified" for an unknown outlet): npm run check names the exact path it expects.',
    );
  } else if (!options.outlet) {
    steps.push('If you add an outlet, rename the file to match: npm run check names the exact path it expects.');
  }
  steps.push('Run npm run check until it reports no problems, then open a pull request.');
  return steps;
}
