/**
 * Zod issues rewritten for maintainers: one problem per field, in words that say what to write
 * ("is required", "must be true or false, not \"yes\"", "unknown field (did you mean ...)"), since
 * zod's defaults ("Invalid input: expected boolean, received string") name types, not fixes.
 */
import { z } from 'astro/zod';

/** A problem with one field, by its path in the data. */
export interface FieldIssue {
  path: readonly (string | number)[];
  message: string;
}

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

/**
 * The issues of a failed parse as field problems. `data` is the parsed input (to tell a missing
 * field from a wrong one) and `schema` the schema that failed (to suggest a field name for an
 * unknown one).
 * @example describeSchemaIssues(issues, { titel: 'A' }, schema) // [{ path: ['titel'], message: 'unknown field (did you mean "title"?)' }, ...]
 */
export function describeSchemaIssues(issues: readonly Issue[], data: unknown, schema: z.ZodType): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = getFieldNames(schema, path);
      return issue.keys.map((key) => ({ path: [...path, key], message: describeUnknownField(key, known) }));
    }
    return [{ path, message: describeIssue(issue, path, data) }];
  });
}

function describeIssue(issue: Issue, path: readonly (string | number)[], data: unknown): string {
  if (path.length > 0 && !hasPath(data, path)) return 'is required';
  const input: unknown = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type') {
    return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
  // The schemas' own messages read as a predicate ("must be an https:// URL"): name the value first.
  if (/^must /.test(issue.message) && typeof input === 'string') return `${JSON.stringify(input)} ${issue.message}`;
  return issue.message;
}

/**
 * How a value reads in a message: short text quoted, lists and mappings by kind.
 * @example describeValue('yes') // '"yes"'
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function describeUnknownField(key: string, known: readonly string[]): string {
  const suggestion = known.find((name) => name.toLowerCase() === key.toLowerCase() || (key.length >= 4 && getEditDistance(name, key) <= 2));
  if (suggestion) return `unknown field (did you mean "${suggestion}"?)`;
  return known.length > 0 ? `unknown field (the fields are: ${known.join(', ')})` : 'unknown field';
}

/** Whether `data` has a value (even null) at `path`. */
function hasPath(data: unknown, path: readonly (string | number)[]): boolean {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as Record<string | number, unknown>)[key];
  }
  return true;
}

/** The field names of the object schema at `path` inside `schema` (through lists, defaults and optionals). */
export function getFieldNames(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current: unknown = schema;
  for (const key of [...path, undefined]) {
    while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) current = current.unwrap();
    if (key === undefined) break;
    if (current instanceof z.ZodObject) current = current.shape[key];
    else if (current instanceof z.ZodArray) current = current.element;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Levenshtein distance, for "did you mean" on misspelt field names. */
function getEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
