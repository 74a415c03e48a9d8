/** The citation view-model of an article page and of its BibTeX, RIS and CSL-JSON files. */
import type { Article } from './model.ts';
import { siteConfig, urls } from './site.ts';
import type { CitableArticle } from '../lib/citation/citable-article.ts';
import { toCslItem } from '../lib/citation/citable-article.ts';
import { formatCitations, toBibtex, toCslJson, toRis, type FormattedCitation } from '../lib/citation/format.ts';
import { getDublinCoreTags, getHighwireTags, getNewsArticleJsonLd, toScriptJson, type MetaTag } from '../lib/citation/metadata.ts';

/** The files a reference manager imports, by the extension of their URL. */
export const CITATION_FILES = [
  { extension: 'bib', label: 'BibTeX', type: 'application/x-bibtex', render: toBibtex },
  { extension: 'ris', label: 'RIS', type: 'application/x-research-info-systems', render: toRis },
  { extension: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', render: toCslJson },
] as const;

export function toCitableArticle(article: Article, site: URL): CitableArticle {
  return {
    id: article.id,
    title: article.title,
    titleSupplied: article.titleSupplied,
    byline: article.byline,
    outletName: article.outlet?.label,
    published: article.published.date,
    circa: article.published.circa,
    url: article.url,
    archivedUrl: article.archivedUrl,
    retrieved: article.retrieved?.date,
    language: article.language,
    pageUrl: new URL(urls.article(article.id), site).href,
    archiveName: siteConfig.name,
  };
}

export interface ArticleCitation {
  metaTags: MetaTag[];
  /** JSON-LD, already safe inside a script block. */
  jsonLd: string;
  citations: FormattedCitation[];
  files: { label: string; href: string; text: string }[];
}

export function getArticleCitation(article: Article, site: URL): ArticleCitation {
  const citable = toCitableArticle(article, site);
  const item = toCslItem(citable);
  return {
    metaTags: [...getHighwireTags(citable), ...getDublinCoreTags(citable)],
    jsonLd: toScriptJson(getNewsArticleJsonLd(citable)),
    citations: formatCitations(item),
    files: CITATION_FILES.map((file) => ({ label: file.label, href: urls.citationFile(article.id, file.extension), text: file.render(item) })),
  };
}

/** One citation file of one article, as its endpoint serves it. */
export function getCitationFile(article: Article, site: URL, extension: string): Response {
  const file = CITATION_FILES.find((candidate) => candidate.extension === extension);
  if (!file) throw new Error(`No citation file ".${extension}"`);
  return new Response(file.render(toCslItem(toCitableArticle(article, site))), { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
}
