/**
 * The values the maintainer commands take from their flags, checked before anything is written,
 * each failure naming the flag and the value.
 */
import { parsePartialDate, type PartialDate } from './dates.ts';

/** A mistake in how a command was called; the commands print it and exit with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A comma-separated list of entry ids, or undefined when the flag was not given.
 * @example parseIdList('ukraine-war, navalny', '--topics') // ["ukraine-war", "navalny"]
 */
export function parseIdList(value: string | undefined, flag: string): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError(`${flag} needs at least one id, such as ${flag} ukraine-war`);
  for (const id of ids) parseId(id, flag);
  return [...new Set(ids)];
}

/**
 * One entry id, or undefined when the flag was not given.
 * @example parseId('nbc-news', '--outlet') // "nbc-news"
 */
export function parseId(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ID_PATTERN.test(value)) throw new UsageError(`${flag} "${value}" is not an id: use lower-case letters, digits and single hyphens`);
  return value;
}

/**
 * A date flag as YYYY, YYYY-MM or YYYY-MM-DD, or undefined when the flag was not given.
 * @example parseDateFlag('2023-12', '--published') // { year: 2023, month: 12 }
 */
export function parseDateFlag(value: string | undefined, flag: string): PartialDate | undefined {
  if (value === undefined) return undefined;
  try {
    return parsePartialDate(value);
  } catch (error) {
    throw new UsageError(`${flag} ${(error as Error).message}`);
  }
}

/**
 * An https address, or undefined when the flag was not given; the archive links readers only
 * over https.
 */
export function parseUrlFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} "${value}" is not a web address`);
  }
  if (url.protocol !== 'https:') throw new UsageError(`${flag} "${value}" must be an https:// address`);
  return value;
}

/**
 * A text flag, trimmed; undefined when not given, an error when given empty.
 * @example parseTextFlag('  Peskov speaks ', '--title') // "Peskov speaks"
 */
export function parseTextFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') throw new UsageError(`${flag} is empty`);
  return text;
}

/**
 * Whether a source file is a saved web page or pasted text: by its extension, and by its first
 * characters when the extension says neither.
 * @example getSourceFormat('page.htm', '') // "html"
 */
export function getSourceFormat(fileName: string, content: string): 'html' | 'text' {
  if (/\.html?$/i.test(fileName)) return 'html';
  if (/\.(txt|text)$/i.test(fileName)) return 'text';
  return /^\s*(<!doctype html|<html[\s>])/i.test(content) ? 'html' : 'text';
}

/** The `util.parseArgs` options `npm run import` and `npm run new` share. */
export const ENTRY_COMMAND_OPTIONS = {
  title: { type: 'string' },
  published: { type: 'string' },
  outlet: { type: 'string' },
  url: { type: 'string' },
  byline: { type: 'string' },
  topics: { type: 'string' },
  people: { type: 'string' },
  language: { type: 'string' },
  root: { type: 'string', default: 'content' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/** The entry metadata both `npm run import` and `npm run new` take as flags. */
export interface MetadataFlags {
  title?: string | undefined;
  published?: PartialDate | undefined;
  outlet?: string | undefined;
  url?: string | undefined;
  byline?: string | undefined;
  topics?: string[] | undefined;
  people?: string[] | undefined;
  /** The text's language (BCP 47): wins over what the importer detects. */
  language?: string | undefined;
}

/**
 * A BCP 47 language tag, or undefined when the flag was not given.
 * @example parseLanguageFlag('ru', '--language') // "ru"
 */
export function parseLanguageFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const [primary = '', ...rest] = value.trim().split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) throw new UsageError(`${flag} "${value}" is not a language tag such as ru or en`);
  return tag;
}

/** Parses the metadata flags from `util.parseArgs` values; throws a UsageError naming a bad one. */
export function parseMetadataFlags(values: Readonly<Record<string, string | boolean | undefined>>): MetadataFlags {
  const text = (key: string) => (typeof values[key] === 'string' ? values[key] : undefined);
  return {
    title: parseTextFlag(text('title'), '--title'),
    published: parseDateFlag(text('published'), '--published'),
    outlet: parseId(text('outlet'), '--outlet'),
    url: parseUrlFlag(text('url'), '--url'),
    byline: parseTextFlag(text('byline'), '--byline'),
    topics: parseIdList(text('topics'), '--topics'),
    people: parseIdList(text('people'), '--people'),
    language: parseLanguageFlag(text('language'), '--language'),
  };
}
