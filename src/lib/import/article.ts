/**
 * Reading a raw article — pasted text or a saved web page — into clean blocks and the metadata
 * the source itself gives (headline, byline, date, address). Nothing here decides what the entry
 * says; import/entry.ts does, with the maintainer's flags taking precedence over what is read.
 */
import { cleanArticle, splitPlainText } from './cleanup.ts';
import type { Block } from './escape.ts';
import { markSubheadings } from './headline.ts';
import { extractHtmlArticle, type HtmlArticle } from './html.ts';
import { chooseLanguage, type LanguageSource } from './language.ts';
import { getLanguageRules } from './rules.ts';
import { getFirstSentence, truncate } from '../text.ts';

/**
 * A raw article as read from its source: what a saved page says about itself (see HtmlArticle),
 * which pasted text supplies in part, with the text as blocks and every removed line for the notes.
 */
export interface ReadArticle extends HtmlArticle {
  format: 'html' | 'text';
  /** Where `language` came from: the maintainer, the detector, the page, or the default. */
  languageSource?: LanguageSource;
}

/** What the maintainer already said about the article. */
export interface ReadOptions {
  /** The headline, when the maintainer gives it: lines repeating it are removed from the text. */
  title?: string | undefined;
  /** The text's language, when the maintainer gives it; else it is detected. */
  language?: string | undefined;
}

const MAX_PROVISIONAL_TITLE_LENGTH = 100;

/**
 * A provisional title for a text that prints no headline: its first sentence, shortened. The
 * maintainer is told to replace it with a plain descriptive one.
 * @example deriveProvisionalTitle([{ kind: 'paragraph', text: 'Peskov spoke. Then left.' }]) // "Peskov spoke"
 */
export function deriveProvisionalTitle(blocks: readonly Block[]): string {
  const first = blocks.find((block) => block.kind === 'paragraph') ?? blocks[0];
  const sentence = getFirstSentence(first?.text ?? '').replace(/[.!?]+["”’]?$/, '');
  return truncate(sentence, MAX_PROVISIONAL_TITLE_LENGTH) || 'Untitled article';
}

/**
 * Reads a raw article. Pasted text may begin with its headline; a saved page states its own.
 * @example readArticle('Kremlin speaks\n\nPeskov said the talks were useful.', 'text').title // "Kremlin speaks"
 */
export function readArticle(source: string, format: 'html' | 'text', options: ReadOptions = {}): ReadArticle {
  // Control characters are never text a reader could see, and only confuse what reads the file.
  const content = source.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  if (format === 'html') {
    const page = extractHtmlArticle(content);
    const text = page.blocks.map((block) => block.text).join('\n');
    const { language, source: languageSource } = chooseLanguage({ flag: options.language, text, page: page.language });
    const cleaned = cleanArticle(page.blocks, { title: options.title ?? page.title, keepTags: true, rules: getLanguageRules(language) });
    const article: ReadArticle = { format, blocks: cleaned.blocks, removed: [...page.removed, ...cleaned.removed], language, languageSource };
    const published = page.published ?? cleaned.published;
    const byline = page.byline ?? cleaned.byline;
    if (page.title) article.title = page.title;
    if (byline) article.byline = byline;
    if (published) article.published = published;
    if (page.url) article.url = page.url;
    if (page.siteName) article.siteName = page.siteName;
    return article;
  }
  const { language, source: languageSource } = chooseLanguage({ flag: options.language, text: content });
  const rules = getLanguageRules(language);
  const cleaned = cleanArticle(splitPlainText(content), { title: options.title, detectTitle: options.title === undefined, rules });
  const article: ReadArticle = { format, blocks: markSubheadings(cleaned.blocks), removed: cleaned.removed, language, languageSource };
  const title = cleaned.title ?? (options.title && cleaned.removed.some((item) => item.kind === 'headline') ? options.title : undefined);
  if (title) article.title = title;
  if (cleaned.byline) article.byline = cleaned.byline;
  if (cleaned.published) article.published = cleaned.published;
  return article;
}
