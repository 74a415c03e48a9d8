/**
 * Markup left in pasted text: template tags (`{{^adFree}}`, `{% if %}`), script elements and HTML
 * tags. Only real HTML elements count as tags, so "3 < 5" and a component written as text stay.
 */
import type { ChromeKind, RemovedChrome } from './chrome.ts';
import type { Block } from './escape.ts';

const TEMPLATE_TAG = /\{\{[^{}\n]*\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<%[\s\S]*?%>/g;
const SCRIPT_ELEMENT = /<(script|style|noscript|iframe|object|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const HTML_ELEMENTS = new Set(('a abbr article aside b blockquote body br button canvas caption center cite code div em embed ' +
  'figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li link main meta nav ' +
  'noscript object ol option p picture pre s script section select small source span strong style sub sup svg table tbody td ' +
  'template textarea th thead tr u ul video audio').split(' '));

/** Whether a tag is an HTML element as pages write it (`<div>`, `<DIV>`), not a JSX component (`<Cite/>`) or prose. */
function isHtmlTag(name: string): boolean {
  return (name === name.toLowerCase() || name === name.toUpperCase()) && HTML_ELEMENTS.has(name.toLowerCase());
}

/**
 * Cuts template tags, and unless `keepTags`, script elements and HTML tags out of a line, keeping
 * the text between them. Angle brackets that are not an HTML tag stay ("3 < 5", "<Cite/>").
 */
export function stripInlineMarkup(text: string, keepTags = false): { text: string; removed: RemovedChrome[] } {
  const removed: RemovedChrome[] = [];
  const cut = (kind: ChromeKind) => (fragment: string) => {
    removed.push({ kind, text: fragment, inline: true });
    return ' ';
  };
  const withoutTemplates = text.replace(TEMPLATE_TAG, cut('template'));
  const stripped = keepTags
    ? withoutTemplates
    : withoutTemplates
        .replace(SCRIPT_ELEMENT, cut('script'))
        .replace(HTML_TAG, (tag: string, name: string) => (isHtmlTag(name) ? cut('markup')(tag) : tag));
  return { text: removed.length > 0 ? stripped.replace(/\s+/g, ' ').trim() : text, removed };
}

/** Index just past a script or style element that opens on line `start` and closes later; undefined when none does. */
export function findScriptElementEnd(blocks: readonly Block[], start: number): number | undefined {
  const open = /<(script|style)\b/i.exec(blocks[start]?.text ?? '');
  if (!open || new RegExp(`</${open[1]}\\s*>`, 'i').test(blocks[start]?.text ?? '')) return undefined;
  const close = new RegExp(`</${open[1]}\\s*>`, 'i');
  const end = blocks.findIndex((block, index) => index > start && close.test(block.text));
  return end === -1 ? blocks.length : end + 1;
}
