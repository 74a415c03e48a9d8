/**
 * Coverage comparison: which of the reports of one event carried which quoted words. Quotes are
 * matched across articles by their text, ignoring typographic quotes, case and whitespace, so a
 * reader sees at a glance what every report carried and what only one did.
 */
import { normalizeQuote } from './quotes.ts';

export interface CoverageArticle {
  id: string;
  /** The quotes the article's entry lists, each verified to be in its body. */
  quotes: readonly { text: string; speakerId: string }[];
  /** The article's plain text. */
  bodyText: string;
}

/**
 * How one report carries a statement: as a listed quote, as the same words in its text without
 * being listed, or not at all.
 */
export type CoverageCell = 'quoted' | 'in-text' | 'absent';

export interface CoverageRow {
  /** The words as the first report (in column order) that lists them prints them. */
  text: string;
  speakerId: string;
  /** One cell per column, in column order. */
  cells: CoverageCell[];
  /** How many reports carry the words, either way. */
  carriedBy: number;
  /** The one report that carries them, when only one does. */
  onlyIn?: string;
}

export interface Coverage {
  /** Article ids, in the order given. */
  columns: string[];
  rows: CoverageRow[];
  /** Statements every report carries. */
  sharedByAll: number;
  /** Statements exactly one report carries. */
  inOneOnly: number;
}

const MIN_WORDS_FOR_PARTIAL = 3;
const MIN_CHARS_FOR_PARTIAL = 12;

const normalize = (text: string) => normalizeQuote(text, { ignoreCase: true });

/**
 * Whether words are distinctive enough to be recognised inside longer text: at least three words
 * or twelve characters, so that "happy" does not match every report that uses the word.
 */
export function isDistinctive(normalized: string): boolean {
  return normalized.split(' ').length >= MIN_WORDS_FOR_PARTIAL || normalized.length >= MIN_CHARS_FOR_PARTIAL;
}

/** Two quotes are one statement when equal, or when one distinctive quote lies inside the other. */
export function isSameStatement(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return isDistinctive(shorter) && longer.includes(shorter);
}

interface Statement {
  text: string;
  speakerId: string;
  keys: string[];
  quotedIn: Set<string>;
}

function collectStatements(articles: readonly CoverageArticle[]): Statement[] {
  const statements: Statement[] = [];
  for (const article of articles) {
    for (const quote of article.quotes) {
      const key = normalize(quote.text);
      if (key.length === 0) continue;
      const match = statements.find((s) => s.speakerId === quote.speakerId && s.keys.some((k) => isSameStatement(k, key)));
      if (match) {
        match.quotedIn.add(article.id);
        if (!match.keys.includes(key)) match.keys.push(key);
      } else {
        statements.push({ text: quote.text, speakerId: quote.speakerId, keys: [key], quotedIn: new Set([article.id]) });
      }
    }
  }
  return statements;
}

function getCell(statement: Statement, article: CoverageArticle, normalizedBody: string): CoverageCell {
  if (statement.quotedIn.has(article.id)) return 'quoted';
  return statement.keys.some((key) => isDistinctive(key) && normalizedBody.includes(key)) ? 'in-text' : 'absent';
}

/**
 * The coverage table for the reports of one event, columns in the order given (callers pass
 * them by date). Rows carried by more reports come first; ties keep their first appearance.
 */
export function compareCoverage(articles: readonly CoverageArticle[]): Coverage {
  const bodies = new Map(articles.map((article) => [article.id, normalize(article.bodyText)]));
  const rows = collectStatements(articles)
    .map((statement, order) => {
      const cells = articles.map((article) => getCell(statement, article, bodies.get(article.id) ?? ''));
      const carriers = articles.filter((_, index) => cells[index] !== 'absent');
      const row: CoverageRow = { text: statement.text, speakerId: statement.speakerId, cells, carriedBy: carriers.length };
      if (carriers.length === 1 && articles.length > 1) row.onlyIn = carriers[0]!.id;
      return { row, order };
    })
    .sort((a, b) => b.row.carriedBy - a.row.carriedBy || a.order - b.order)
    .map(({ row }) => row);
  return {
    columns: articles.map((article) => article.id),
    rows,
    sharedByAll: rows.filter((row) => row.carriedBy === articles.length).length,
    inOneOnly: rows.filter((row) => row.carriedBy === 1).length,
  };
}
