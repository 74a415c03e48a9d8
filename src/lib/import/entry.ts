/**
 * The entry an import writes, and the report of what the maintainer must still do. Flags win over
 * what the source says; what the source says is written only where the source printed it; what
 * the importer merely suggests (people, topics, unattributed quotes) goes to the report and to
 * comments, never into the data, so that an incomplete entry fails the check instead of passing it.
 */
import { toIsoString, type PartialDate } from '../dates.ts';
import { getArticleId, getArticlePath } from '../ids.ts';
import { deriveProvisionalTitle, type ReadArticle } from './article.ts';
import { renderBody } from './escape.ts';
import { renderFrontmatter, type FrontmatterField } from '../frontmatter/write.ts';
import { describeRemovedChrome } from './removal-note.ts';
import { UsageError, type MetadataFlags } from '../flags.ts';
import type { QuoteCandidate } from './quote-candidates.ts';
import { getLanguageRules } from './rules.ts';
import { findNearDuplicates, findSameUrl, type ArchivedText } from './duplicates.ts';
import { getNameWords, suggestOutlet, suggestPeople, suggestTopics, type OutletInfo, type PersonNames, type TopicTerms } from './suggestions.ts';
import { isQuoteInBody } from '../quotes.ts';

/** What the maintainer gave on the command line. */
export type ImportFlags = MetadataFlags;

/** What the archive already holds, as the import needs it. */
export interface ArchiveIndex {
  people: PersonNames[];
  topics: TopicTerms[];
  outlets: OutletInfo[];
  articles: ArchivedText[];
}

/** What the maintainer must still do, and what the import noticed. */
export interface ImportReport {
  todo: string[];
  warnings: string[];
  /** Quotes found but not written, for lack of a plainly attributed speaker. */
  quoteCandidates: QuoteCandidate[];
  removedCount: number;
}

/** The entry to write. */
export interface ArticleEntry {
  id: string;
  /** Where it belongs, relative to the articles folder: `YYYY/<id>.mdx`. */
  path: string;
  source: string;
  report: ImportReport;
}

/** The frontmatter fields being written, and the to-do items they leave. */
interface Draft {
  fields: FrontmatterField[];
  todo: string[];
}

const BCP47 = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const list = (items: readonly string[]) => items.join(', ');

/** The comments written above fields, saying where a value came from or what is still to do. */
const COMMENTS = {
  provisionalTitle: 'Provisional: the source prints no headline, so the importer took its first sentence. Write a plain descriptive title.',
  suggestedOutlet: "Set from the page's address or site name; check it.",
  unknownOutlet: 'Unknown. If the text names its publisher, give its id from content/outlets/ and rename the file: the outlet is part of its name.',
  unknownByline: 'Not found in the source; add it if the source prints one.',
  pageUrl: "Taken from the page's own address; check it.",
  unknownUrl: 'Where the article was published (https), if known.',
  archivedUrl: 'A copy in a web archive, if there is one.',
  retrieved: 'The day the text was captured for the archive.',
  quotes: 'Found by the importer where the text names the speaker plainly ("…," Peskov said; «…», — заявил Песков); check each one.',
  detectedLanguage: 'Detected from the text; give --language to set another.',
};
const HTML_NOTE = "Text extracted from a saved web page with Mozilla Readability; the page's menus, sidebars and scripts were left out.";

function addTitle(draft: Draft, article: ReadArticle, flags: ImportFlags): string {
  const title = flags.title ?? article.title;
  if (title) {
    draft.fields.push({ key: 'title', value: title });
    if (flags.title && !article.title) {
      draft.todo.push('title: the source printed no headline matching --title; if it printed none, set titleSupplied: true');
    }
    return title;
  }
  const provisional = deriveProvisionalTitle(article.blocks);
  draft.fields.push({ key: 'title', value: provisional, comment: COMMENTS.provisionalTitle });
  draft.fields.push({ key: 'titleSupplied', value: true });
  draft.todo.push(`title: "${provisional}" is provisional; write a plain descriptive title`);
  return provisional;
}

function addOutlet(draft: Draft, article: ReadArticle, flags: ImportFlags, outlets: readonly OutletInfo[]): string | undefined {
  const outlet = flags.outlet ?? suggestOutlet(outlets, { url: flags.url ?? article.url, siteName: article.siteName });
  if (outlet && flags.outlet) {
    draft.fields.push({ key: 'outlet', value: outlet });
  } else if (outlet) {
    draft.fields.push({ key: 'outlet', value: outlet, comment: COMMENTS.suggestedOutlet });
    draft.todo.push(`outlet: set to "${outlet}" from the page's address or site name; check it`);
  } else {
    draft.fields.push({ key: 'outlet', placeholder: 'outlet-id', comment: COMMENTS.unknownOutlet });
    draft.todo.push('outlet (optional): unknown; if the text names its publisher, add its id and rename the file');
  }
  return outlet;
}

/** Byline, date, addresses and language: where the text comes from. Returns the article's address. */
function addProvenance(draft: Draft, article: ReadArticle, flags: ImportFlags, published: PartialDate): string | undefined {
  const byline = flags.byline ?? article.byline;
  draft.fields.push(byline ? { key: 'byline', value: byline } : { key: 'byline', placeholder: 'Name as printed', comment: COMMENTS.unknownByline });
  const dateSource = flags.published ? undefined : article.published?.source;
  const dateComment = dateSource && `Read from ${dateSource}; check it against the source.`;
  draft.fields.push({ key: 'published', value: toIsoString(published), comment: dateComment });
  if (dateSource) draft.todo.push(`published: ${toIsoString(published)} was read from ${dateSource}; check it`);
  const url = flags.url ?? (article.url?.startsWith('https://') ? article.url : undefined);
  if (url) {
    draft.fields.push({ key: 'url', value: url, comment: flags.url ? undefined : COMMENTS.pageUrl });
  } else {
    draft.fields.push({ key: 'url', placeholder: 'https://', comment: COMMENTS.unknownUrl });
    const insecure = article.url && `url: the page gives ${article.url}, which is not https; find its https address`;
    draft.todo.push(insecure || 'url (optional): where the article was published');
  }
  draft.fields.push({ key: 'archivedUrl', placeholder: 'https://web.archive.org/...', comment: COMMENTS.archivedUrl });
  draft.fields.push({ key: 'retrieved', placeholder: 'YYYY-MM-DD', comment: COMMENTS.retrieved });
  const [primary = '', ...rest] = (article.language ?? '').split('-');
  const language = [primary.toLowerCase(), ...rest].join('-');
  const detected = article.languageSource === 'detected' && !flags.language;
  draft.fields.push({ key: 'language', value: BCP47.test(language) ? language : 'en', comment: detected ? COMMENTS.detectedLanguage : undefined });
  return url;
}

function addReferences(draft: Draft, text: string, flags: ImportFlags, archive: ArchiveIndex): void {
  const topics = suggestTopics(text, archive.topics, getNameWords(archive.people)).map(
    (topic) => `${topic.id} (${list(topic.matched) || 'title'})`,
  );
  if (flags.topics) {
    draft.fields.push({ key: 'topics', value: flags.topics });
  } else {
    const hint = topics.length > 0 ? `Suggested from the text: ${list(topics)}.` : 'None suggested; see content/topics/.';
    draft.fields.push({ key: 'topics', value: [], comment: `Required: at least one topic id from content/topics/. ${hint}` });
    draft.todo.push(`topics (required): at least one topic id. ${hint}`);
  }
  const people = suggestPeople(text, archive.people).map((person) => `${person.id} ×${person.count} (${list(person.forms)})`);
  if (flags.people) {
    draft.fields.push({ key: 'people', value: flags.people });
  } else {
    const hint = people.length > 0 ? `Suggested from names in the text; confirm before adding: ${list(people)}.` : undefined;
    draft.fields.push({ key: 'people', value: [], comment: hint });
    if (hint) draft.todo.push(`people: suggested from names in the text: ${list(people)}`);
  }
}

/** Writes the quotes attributed plainly and found verbatim in the body; returns the others. */
function addQuotes(draft: Draft, article: ReadArticle, body: string, people: readonly PersonNames[]): QuoteCandidate[] {
  const seen = new Set<string>();
  const rules = getLanguageRules(article.language ?? 'en');
  const candidates = rules.extractQuoteCandidates(article.blocks.map((block) => block.text), people).filter((candidate) => {
    const isNew = !seen.has(candidate.text);
    seen.add(candidate.text);
    return isNew;
  });
  const written = candidates.filter((quote) => quote.attributed && quote.speaker !== undefined && isQuoteInBody(quote.text, body));
  if (written.length > 0) {
    const value = written.map((quote) => ({ text: quote.text, speaker: quote.speaker }));
    draft.fields.push({ key: 'quotes', value, comment: COMMENTS.quotes });
  }
  const unwritten = candidates.filter((candidate) => !written.includes(candidate));
  if (unwritten.length > 0) {
    draft.todo.push(`quotes: ${unwritten.length} more quoted passages found without a plainly named speaker (listed below)`);
  }
  return unwritten;
}

function findWarnings(flags: ImportFlags, archive: ArchiveIndex, url: string | undefined, text: string): string[] {
  const unknown = (ids: readonly string[] | undefined, entries: readonly { id: string }[], folder: string) =>
    (ids ?? [])
      .filter((id) => !entries.some((entry) => entry.id === id))
      .map((id) => `"${id}" is not in content/${folder}/; the check fails until it is`);
  return [
    ...unknown(flags.topics, archive.topics, 'topics'),
    ...unknown(flags.people, archive.people, 'people'),
    ...unknown(flags.outlet ? [flags.outlet] : undefined, archive.outlets, 'outlets'),
    ...(url ? findSameUrl(url, archive.articles) : []).map((path) => `the address is already archived in ${path}`),
    ...findNearDuplicates(text, archive.articles).map(
      (match) => `the text nearly duplicates ${match.path} (${Math.round(match.similarity * 100)}% of word sequences shared)`,
    ),
  ];
}

/**
 * Builds the entry for an article read from `fileName`. Throws a UsageError when no date is known:
 * the date is part of the file name, so the maintainer must give `--published`.
 */
export function buildArticleEntry(article: ReadArticle, flags: ImportFlags, archive: ArchiveIndex, fileName: string): ArticleEntry {
  const published = flags.published ?? article.published?.date;
  if (!published) {
    const hint = 'give it with --published YYYY, YYYY-MM or YYYY-MM-DD';
    throw new UsageError(`${fileName} prints no publication date the importer can read; ${hint}`);
  }
  const draft: Draft = { fields: [], todo: [] };
  const body = renderBody(article.blocks);
  const text = article.blocks.map((block) => block.text).join('\n');
  const title = addTitle(draft, article, flags);
  const outlet = addOutlet(draft, article, flags, archive.outlets);
  const url = addProvenance(draft, article, flags, published);
  addReferences(draft, `${title}\n${text}`, flags, archive);
  const quoteCandidates = addQuotes(draft, article, body, archive.people);
  const notes = [describeRemovedChrome(article.removed)].filter((note) => note !== undefined);
  if (article.format === 'html') notes.push(HTML_NOTE);
  if (notes.length > 0) draft.fields.push({ key: 'notes', value: notes });
  const id = getArticleId(published, outlet, title);
  return {
    id,
    path: getArticlePath(id),
    source: `${renderFrontmatter(draft.fields)}\n${body}`,
    report: {
      todo: draft.todo,
      warnings: findWarnings(flags, archive, url, text),
      quoteCandidates,
      removedCount: article.removed.length,
    },
  };
}
