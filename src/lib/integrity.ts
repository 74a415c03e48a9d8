/**
 * Build-time integrity: the checks that keep the archive honest even when nobody ran
 * `npm run check`. The build fails with every problem, each naming its file and field.
 */
import { extractCitationIds, findUnknownCitations } from './citations.ts';
import { isQuoteInBody } from './quotes.ts';

export interface ArticleToCheck {
  filePath: string;
  body: string;
  quotes: { text: string }[];
}

export interface TopicToCheck {
  filePath: string;
  body: string;
}

export interface ArchiveToCheck {
  articles: ArticleToCheck[];
  topics: TopicToCheck[];
  articleIds: ReadonlySet<string>;
}

/** Every problem as `path field: message`; empty when the archive is consistent. */
export function findArchiveProblems({ articles, topics, articleIds }: ArchiveToCheck): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    article.quotes.forEach((quote, index) => {
      if (!isQuoteInBody(quote.text, article.body)) {
        problems.push(`${article.filePath} quotes.${index}.text: "${quote.text}" does not appear in the body`);
      }
    });
  }
  for (const topic of topics) {
    if (extractCitationIds(topic.body).length === 0) {
      problems.push(`${topic.filePath} body: the explainer cites no archived article; every topic needs at least one <Cite id="..."/>`);
    }
    for (const { id, line } of findUnknownCitations(topic.body, articleIds)) {
      problems.push(`${topic.filePath} body (line ${line} of the body) Cite: no article "${id}" in the archive`);
    }
  }
  return problems;
}
