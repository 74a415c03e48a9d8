/**
 * One content file read into an entry the content check can judge: which collection it belongs
 * to, its id, its raw fields with their lines, its body, and the problems that need no other
 * entry to find (frontmatter, YAML, schema, and the body judged by the MDX allow-list).
 */
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { articleSchema } from '../../schemas/article.ts';
import { idSchema, type CollectionName } from '../../schemas/common.ts';
import { eventSchema } from '../../schemas/event.ts';
import { outletSchema } from '../../schemas/outlet.ts';
import { personSchema } from '../../schemas/person.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { parseYamlSource, splitFrontmatter, type LineMessage } from '../frontmatter/read.ts';
import { getEntryIdFromPath } from '../ids.ts';
import { ALLOWED_COMPONENTS, judgeMdxBody, type BodyJudgement, type ComponentUse } from '../content/allow-list.ts';
import type { ContentFile } from '../content/files.ts';
import { describeSchemaIssues } from './schema-issues.ts';

export type { ContentFile } from '../content/files.ts';

/** A problem in one file: the line (1-based, counting the `---` line), the field and what is wrong. */
export interface EntryProblem extends LineMessage {
  /** A field path such as `quotes.1.text`, or `body`, `id`, `frontmatter`, `yaml`, `file`. */
  field: string;
}


/** A content file read as an entry of its collection. */
export interface ContentEntry {
  path: string;
  collection: CollectionName;
  id: string;
  /** The fields as written, when they form a YAML mapping; rules read them defensively. */
  fields: Readonly<Record<string, unknown>> | undefined;
  /** The MDX body ('' for YAML entries) and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The well-formed uses of allowed components in the body. */
  components: ComponentUse[];
  /**
   * The body's syntax tree when it parsed and passed the allow-list: the tree to render. Absent
   * too when the judgement came from the cache (judgement-cache.ts); the loader parses again then.
   */
  tree: Root | undefined;
  /** The file line of a field path (see `YamlSource.getLine`). */
  getLine: (path: readonly PropertyKey[]) => number;
  /** Problems found in this file alone. */
  problems: EntryProblem[];
}

// The check resolves references itself, to report each dangling one with its line, so a
// reference is only an id here.
const idReference = (): z.ZodType => idSchema;

const SCHEMAS: Readonly<Record<CollectionName, z.ZodType>> = {
  articles: articleSchema(idReference),
  topics: topicSchema(),
  people: personSchema(),
  outlets: outletSchema(),
  events: eventSchema(idReference),
};

/** Judges a body against the components allowed: judgeMdxBody, or the cache that keeps its judgements. */
export type BodyJudge = (body: string, allowedComponents: readonly string[]) => BodyJudgement;

/** An entry's YAML read against its collection's schema: what `readEntryFields` finds. */
export interface EntryFields {
  fields: ContentEntry['fields'];
  /** The YAML's and the schema's problems, each at its file line. */
  problems: EntryProblem[];
  getLine: ContentEntry['getLine'];
}

/** What reads an entry's YAML (`yamlLine` is its first file line): `readEntryFields`, or the cache that keeps its results. */
export type FieldReader = (yaml: string, yamlLine: number, collection: CollectionName, rootField: string) => EntryFields;

/** How `readContentEntry` reads the two parts of a file; each defaults to reading afresh. */
export interface EntryReaders {
  judge?: BodyJudge;
  readFields?: FieldReader;
}

/**
 * Reads YAML as the fields of an entry of `collection`: its syntax, then its schema. Problems
 * about the whole YAML are named `rootField` (`frontmatter` or `yaml`).
 * @example readEntryFields('name: X', 1, 'people', 'yaml').problems // [{ field: 'role', line: 1, message: 'is required' }]
 */
export function readEntryFields(yaml: string, yamlLine: number, collection: CollectionName, rootField: string): EntryFields {
  const source = parseYamlSource(yaml, yamlLine);
  const problems: EntryProblem[] = source.errors.map((error) => ({ ...error, field: rootField }));
  if (source.errors.length > 0) return { fields: undefined, problems, getLine: source.getLine };
  const schema = SCHEMAS[collection];
  const result = schema.safeParse(source.data, { reportInput: true });
  const issues = result.success ? [] : describeSchemaIssues(result.error.issues, source.data, schema);
  for (const issue of issues) {
    problems.push({ field: issue.path.join('.') || rootField, line: source.getLine(issue.path), message: issue.message });
  }
  return { fields: isRecord(source.data) ? source.data : undefined, problems, getLine: source.getLine };
}

/**
 * Reads a file as an entry of `collection` and finds the problems it has on its own.
 * @example readContentEntry({ path: 'people/x.yaml', text: 'name: X\nrole: Y\n' }, 'people').problems // []
 */
export function readContentEntry(
  file: ContentFile,
  collection: CollectionName,
  { judge = judgeMdxBody, readFields = readEntryFields }: EntryReaders = {},
): ContentEntry {
  const isMdx = file.path.endsWith('.mdx');
  const rootField = isMdx ? 'frontmatter' : 'yaml';
  const parts = isMdx ? splitFrontmatter(file.text) : { yaml: file.text, yamlLine: 1, body: '', bodyLine: 1 };
  const entry: ContentEntry = {
    path: file.path,
    collection,
    id: getEntryIdFromPath(file.path),
    fields: undefined,
    body: 'body' in parts ? parts.body : '',
    bodyLine: 'bodyLine' in parts ? parts.bodyLine : 1,
    components: [],
    tree: undefined,
    getLine: () => 1,
    problems: [],
  };
  if ('message' in parts) {
    entry.problems.push({ field: rootField, line: parts.line, message: parts.message });
  } else {
    const read = readFields(parts.yaml, parts.yamlLine, collection, rootField);
    entry.fields = read.fields;
    entry.getLine = read.getLine;
    entry.problems.push(...read.problems);
  }
  if (collection === 'articles' || collection === 'topics') judgeEntryBody(entry, ALLOWED_COMPONENTS[collection], judge);
  return entry;
}

/** Parses the body with the one MDX parser and judges its tree; keeps the tree when it passes. */
function judgeEntryBody(entry: ContentEntry, allowedComponents: readonly string[], judge: BodyJudge): void {
  const atBody = (problem: LineMessage): EntryProblem => ({ field: 'body', line: problem.line + entry.bodyLine - 1, message: problem.message });
  const judgement = judge(entry.body, allowedComponents);
  entry.components = judgement.components;
  entry.problems.push(...judgement.problems.map(atBody));
  entry.tree = judgement.tree;
}

/** Whether a value is a plain mapping of fields (not a list, not a scalar). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
