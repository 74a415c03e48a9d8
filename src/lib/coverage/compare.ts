/**
 * Coverage comparison: which of the reports of one event carried which quoted words, so a reader
 * sees at a glance what every report carried and what only one did.
 *
 * The matching rule, exact and deterministic:
 * 1. Quotes are compared on `normalizeQuote(text, { ignoreCase: true })`: typographic quotes,
 *    case, whitespace and final punctuation do not matter.
 * 2. Two quotes of the same speaker are one statement when their normalized texts are equal, or
 *    when the shorter is distinctive (at least three words or twelve characters) and appears in
 *    the longer as whole words ("too complicated" inside "it is too complicated to resolve").
 *    The same words from different speakers stay apart, so a misattribution shows as two rows.
 * 3. A report carries a statement as `quoted` when its entry lists it, as `in-text` when it does
 *    not but its text holds a distinctive form of it as whole words, otherwise `absent`. A short
 *    quote ("happy") is recognised only where it is listed, never inside ordinary prose.
 * 4. Quotes are compared only within one language: «…», „…“, “…” and "…" are the same marks, but
 *    a Russian quote and its English translation are never one statement, and a report in another
 *    language than the statement's is `other-language`, neither carrying it nor missing it.
 *    "Every report" and "one report only" count the reports in the statement's language.
 */
import type { PartialDate } from '../dates.ts';
import { isSameLanguage } from '../language.ts';
import { normalizeQuote } from '../quotes.ts';

/** A quote as a report's entry lists it. */
export interface CoverageQuote {
  text: string;
  speakerId: string;
  /** The speaker's display name, carried to the row when given. */
  speakerName?: string;
}

/** One report of the event: a column of the table. */
export interface CoverageArticle {
  id: string;
  /** The quotes the article's entry lists, each verified to be in its body. */
  quotes: readonly CoverageQuote[];
  /** The article's plain text (`getPlainText` of the body). */
  bodyText: string;
  /** The language of the text (BCP 47); "en" when not given. */
  language?: string;
}

/** A report with what a column label needs; the caller formats the label. */
export interface CoverageReport extends CoverageArticle {
  title: string;
  /** Omitted when the outlet is not known ("Unidentified outlet"). */
  outletName?: string;
  published: PartialDate;
  circa: boolean;
}

/**
 * How one report carries a statement: listed as a quote, the same words unlisted, not at all, or
 * not comparable because the report is in another language.
 */
export type CoverageCell = 'quoted' | 'in-text' | 'absent' | 'other-language';

export interface CoverageRow {
  /** The words as the first report (in column order) that lists them prints them. */
  text: string;
  speakerId: string;
  speakerName?: string;
  /** The language of the words, as the report that lists them is tagged. */
  language: string;
  /** One cell per column, in column order. */
  cells: CoverageCell[];
  /** How many reports carry the words, either way. */
  carriedBy: number;
  /** How many reports are in the words' language, and so compared. */
  comparedWith: number;
  /** Every report in the words' language carries them (trivially so when there is one). */
  carriedByAll: boolean;
  /** The one report that carries them, when there are others that do not. */
  onlyIn?: string;
}

/** Counts that partition the rows: every statement is in exactly one of the three. */
export interface CoverageSummary {
  statements: number;
  sharedByAll: number;
  /** Carried by more than one report but not by all. */
  inSome: number;
  inOneOnly: number;
}

export interface Coverage<T extends CoverageArticle = CoverageArticle> {
  /** Article ids, in column order. */
  columns: string[];
  /** The reports as given, in column order, for the column labels. */
  reports: T[];
  rows: CoverageRow[];
  /** Statements every report carries. */
  sharedByAll: number;
  /** Statements exactly one of several reports carries. */
  inOneOnly: number;
}

const MIN_WORDS_FOR_PARTIAL = 3;
const MIN_CHARS_FOR_PARTIAL = 12;

const normalize = (text: string) => normalizeQuote(text, { ignoreCase: true });
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Whether normalized words are distinctive enough to be recognised inside longer text: at least
 * three words or twelve characters, so that "happy" does not match every report using the word.
 */
export function isDistinctive(normalized: string): boolean {
  return normalized.split(' ').length >= MIN_WORDS_FOR_PARTIAL || normalized.length >= MIN_CHARS_FOR_PARTIAL;
}

/** Whether `words` occur in `text` not as part of a longer word ("complicated" is not in "uncomplicated"). */
function containsWords(text: string, words: string): boolean {
  for (let index = text.indexOf(words); index !== -1; index = text.indexOf(words, index + 1)) {
    const startsClean = !isWordChar(words[0]) || !isWordChar(text[index - 1]);
    const endsClean = !isWordChar(words[words.length - 1]) || !isWordChar(text[index + words.length]);
    if (startsClean && endsClean) return true;
  }
  return false;
}

function isSameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return isDistinctive(shorter) && containsWords(longer, shorter);
}

/**
 * Whether two quotes are one statement under the module's rule (equal once normalized, or a
 * distinctive one inside the other as whole words).
 * @example isSameStatement('“Too complicated.”', 'It is too complicated to resolve') // true
 * @example isSameStatement('happy', 'he was happy to hear it') // false
 */
export function isSameStatement(a: string, b: string): boolean {
  const [keyA, keyB] = [normalize(a), normalize(b)];
  return keyA.length > 0 && keyB.length > 0 && isSameKey(keyA, keyB);
}

interface Statement {
  quote: CoverageQuote;
  language: string;
  keys: string[];
  quotedIn: Set<string>;
}

const languageOf = (article: CoverageArticle) => article.language ?? 'en';

function collectStatements(articles: readonly CoverageArticle[]): Statement[] {
  const statements: Statement[] = [];
  for (const article of articles) {
    const language = languageOf(article);
    for (const quote of article.quotes) {
      const key = normalize(quote.text);
      if (key.length === 0) continue;
      const match = statements.find(
        (s) => s.quote.speakerId === quote.speakerId && isSameLanguage(s.language, language) && s.keys.some((k) => isSameKey(k, key)),
      );
      if (!match) {
        statements.push({ quote, language, keys: [key], quotedIn: new Set([article.id]) });
        continue;
      }
      match.quotedIn.add(article.id);
      if (!match.keys.includes(key)) match.keys.push(key);
    }
  }
  return statements;
}

function getCell(statement: Statement, article: CoverageArticle, normalizedBody: string): CoverageCell {
  if (!isSameLanguage(statement.language, languageOf(article))) return 'other-language';
  if (statement.quotedIn.has(article.id)) return 'quoted';
  return statement.keys.some((key) => isDistinctive(key) && containsWords(normalizedBody, key)) ? 'in-text' : 'absent';
}

/** Whether a cell counts as the report carrying the words. */
export function isCarried(cell: CoverageCell): boolean {
  return cell === 'quoted' || cell === 'in-text';
}


/**
 * The coverage table for the reports of one event, columns in the order given (callers sort them by date, then id). Rows carried by more reports come first; ties keep first appearance.
 */
export function compareCoverage<T extends CoverageArticle>(articles: readonly T[]): Coverage<T> {
  const bodies = new Map(articles.map((article) => [article.id, normalize(article.bodyText)]));
  const rows = collectStatements(articles)
    .map((statement, order) => {
      const cells = articles.map((article) => getCell(statement, article, bodies.get(article.id) ?? ''));
      const carriers = articles.filter((_, index) => isCarried(cells[index] ?? 'absent'));
      const comparedWith = cells.filter((cell) => cell !== 'other-language').length;
      const { text, speakerId, speakerName } = statement.quote;
      const row: CoverageRow = {
        text,
        speakerId,
        ...(speakerName === undefined ? {} : { speakerName }),
        language: statement.language,
        cells,
        carriedBy: carriers.length,
        comparedWith,
        carriedByAll: carriers.length === comparedWith,
      };
      if (carriers.length === 1 && comparedWith > 1) row.onlyIn = carriers[0]!.id;
      return { row, order };
    })
    .sort((a, b) => b.row.carriedBy - a.row.carriedBy || a.order - b.order)
    .map(({ row }) => row);
  const { sharedByAll, inOneOnly } = summarizeRows(rows);
  return { columns: articles.map((article) => article.id), reports: [...articles], rows, sharedByAll, inOneOnly };
}

function summarizeRows(rows: readonly CoverageRow[]): CoverageSummary {
  const sharedByAll = rows.filter((row) => row.carriedByAll).length;
  const inOneOnly = rows.filter((row) => row.onlyIn !== undefined).length;
  return { statements: rows.length, sharedByAll, inSome: rows.length - sharedByAll - inOneOnly, inOneOnly };
}

