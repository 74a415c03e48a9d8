/**
 * The editorial note recording what the importer removed, so that nothing leaves an article
 * silently. Removed code and markup are counted, not quoted: notes are shown on the article page,
 * and a script is no more welcome there than in the body.
 */
import type { ChromeKind, RemovedChrome } from './chrome.ts';
import { truncate } from '../text.ts';

const LABELS: Record<ChromeKind, string> = {
  navigation: 'navigation',
  byline: 'byline',
  share: 'share buttons',
  newsletter: 'subscription prompts',
  cookie: 'cookie notice',
  related: 'links to other stories',
  advertisement: 'advertisement labels',
  caption: 'photo captions and credits',
  copyright: 'copyright line',
  comment: 'comment form',
  metadata: 'date and reading-time lines',
  headline: 'repeated headline',
  script: 'script or tracking code',
  markup: 'HTML tags',
  template: 'template tags',
};

// Kinds whose text is counted, never quoted: code, markup, and the headline the title already shows.
const UNQUOTED = new Set<ChromeKind>(['script', 'markup', 'template', 'headline']);
const MAX_EXAMPLES = 4;
const MAX_EXAMPLE_LENGTH = 60;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function describeGroup(kind: ChromeKind, items: readonly RemovedChrome[]): string {
  const label = LABELS[kind];
  if (UNQUOTED.has(kind)) return `${label} (${items.length})`;
  const counts = new Map<string, number>();
  for (const { text } of items) {
    // Quoted text loses angle brackets and braces: a note is plain prose, never markup.
    const example = truncate(text.replace(/[<>{}]/g, '').replace(/\s+/g, ' ').trim(), MAX_EXAMPLE_LENGTH);
    counts.set(example, (counts.get(example) ?? 0) + 1);
  }
  const examples = [...counts].slice(0, MAX_EXAMPLES).map(([text, count]) => `"${text}"${count > 1 ? ` (×${count})` : ''}`);
  const more = counts.size > MAX_EXAMPLES ? ', …' : '';
  return `${label} ${examples.join(', ')}${more}`;
}

/**
 * One sentence saying what the import removed, grouped by kind; undefined when it removed nothing.
 * @example describeRemovedChrome([{ kind: 'advertisement', text: 'Advertisement' }])
 * // 'Import removed 1 line of site chrome: advertisement labels "Advertisement".'
 */
export function describeRemovedChrome(removed: readonly RemovedChrome[]): string | undefined {
  if (removed.length === 0) return undefined;
  const groups = new Map<ChromeKind, RemovedChrome[]>();
  for (const item of removed) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
  const lines = removed.filter((item) => !item.inline).length;
  const fragments = removed.length - lines;
  const counted = [lines > 0 ? plural(lines, 'line') : '', fragments > 0 ? plural(fragments, 'inline fragment') : '']
    .filter(Boolean)
    .join(' and ');
  const details = [...groups].map(([kind, items]) => describeGroup(kind, items)).join('; ');
  return `Import removed ${counted} of site chrome: ${details}.`;
}
