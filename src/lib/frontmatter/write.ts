/**
 * Frontmatter as the importer and the scaffold write it: each field in the schema's order, with a
 * comment saying what it means or what is still to do, values written by the `yaml` package.
 * Strings are double-quoted so that no YAML reader, old or new, takes "2023-12-16" for a
 * timestamp, "2023" for a number or "No" for a boolean.
 */
import { stringify } from 'yaml';

/** One field of the frontmatter. */
export interface FrontmatterField {
  key: string;
  /** The value; when undefined the field is written commented out, as a placeholder. */
  value?: unknown;
  /** A comment written above the field. */
  comment?: string | undefined;
  /** For a commented-out field: what to show after its key ("https://..."). */
  placeholder?: string;
}

const COMMENT_WIDTH = 98;

/**
 * A comment as YAML comment lines, wrapped at word boundaries.
 * @example formatComment('Where it was published.') // "# Where it was published."
 */
export function formatComment(comment: string): string {
  const lines: string[] = [];
  for (const paragraph of comment.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > COMMENT_WIDTH) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(line);
  }
  return lines.map((line) => (line ? `# ${line}` : '#')).join('\n');
}

/**
 * One field as YAML text.
 * @example formatField({ key: 'published', value: '2023-12-16' }) // 'published: "2023-12-16"'
 */
export function formatField(field: FrontmatterField): string {
  const lines: string[] = [];
  if (field.comment) lines.push(formatComment(field.comment));
  if (field.value === undefined) {
    lines.push(`# ${field.key}:${field.placeholder ? ` ${field.placeholder}` : ''}`);
  } else {
    lines.push(stringify({ [field.key]: field.value }, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trimEnd());
  }
  return lines.join('\n');
}

/**
 * A frontmatter block, `---` to `---`, fields separated by blank lines where they carry comments.
 * `footer` is a comment written last, inside the block (an MDX body stays plain text).
 */
export function renderFrontmatter(fields: readonly FrontmatterField[], footer?: string): string {
  const parts = fields.map(formatField);
  if (footer) parts.push(formatComment(footer));
  return `---\n${parts.join('\n')}\n---\n`;
}
