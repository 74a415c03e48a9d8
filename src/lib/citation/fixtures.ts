/**
 * Invented articles for the citation tests: one fully known, one with almost nothing known, and
 * a varied set that mixes what is known about an article with titles hard to render.
 */
import type { CitableArticle } from './citable-article.ts';

export const knownArticle: CitableArticle = {
  id: '2023-12-16-daily-ledger-aide-speaks',
  title: 'Kremlin aide speaks on talks',
  titleSupplied: false,
  byline: 'Jane Roe',
  outletName: 'The Daily Ledger',
  published: { year: 2023, month: 12, day: 16 },
  circa: false,
  url: 'https://ledger.example/aide-speaks',
  archivedUrl: 'https://web-archive.example/ledger/aide-speaks',
  retrieved: { year: 2024, month: 1, day: 5 },
  language: 'en',
  pageUrl: 'https://kr.example/articles/2023-12-16-daily-ledger-aide-speaks/',
  archiveName: 'Kremlin Record',
};

export const unknownArticle: CitableArticle = {
  id: '2025-unidentified-peskov-on-trump',
  title: 'Peskov and Lavrov on Trump’s foreign policy, a report quoting both at length in one long paragraph',
  titleSupplied: true,
  published: { year: 2025 },
  circa: true,
  language: 'en',
  pageUrl: 'https://kr.example/articles/2025-unidentified-peskov-on-trump/',
  archiveName: 'Kremlin Record',
};

/** Titles that stress how citeproc-js escapes, quotes and cases text. */
const variedTitles = [
  'Kremlin aide speaks on talks',
  'Peace & war: what the Kremlin said',
  'Markup <script>alert(1)</script> in a title',
  'A < B > C, and a&b',
  'He said "no deal" to the envoy',
  "The 'deal' that never was",
  '“Curly” quotes and ‘single’ ones',
  'Трамп и Путин: переговоры в Анкоридже',
  'Песков заявил, что «диалог продолжается»',
  'Ends with a question?',
  'Ends with an ampersand &',
  'Ends with a period.',
  'Two  spaces and a\u00A0no-break space',
  'Brand™ and x² in a title',
  'An entity-like &amp; and &#38; in the text',
  '<i>Pravda</i> reports on <b>talks</b>',
  'iPhone, NATO and the G7: a subtitle after a colon',
  'ALL CAPS HEADLINE ABOUT SANCTIONS',
  'Lavrov’s remarks, in full — with a dash',
  'A title ending in a quote "like this"',
];
const variedBylines = [undefined, 'Jane Roe', 'News Feed Room', 'Иван Петров', 'Staff & wires', 'Reuters'];
const variedOutlets = [undefined, 'The Daily Ledger', 'ТАСС', 'Le Monde', 'AT&T <News>'];
const variedDates = [{ year: 2023, month: 12, day: 16 }, { year: 2023, month: 12 }, { year: 2025 }, { year: 2024, month: 2, day: 29 }];

/**
 * `count` invented articles that vary title, byline, outlet, date precision, circa, access date,
 * supplied title and language independently (each cycles with its own period).
 */
export function variedArticles(count: number): CitableArticle[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `varied-${index}`;
    return {
      id,
      title: variedTitles[index % variedTitles.length]!,
      titleSupplied: index % 7 === 3,
      byline: variedBylines[index % variedBylines.length],
      outletName: variedOutlets[index % variedOutlets.length],
      published: variedDates[index % variedDates.length]!,
      circa: index % 3 === 2,
      retrieved: index % 2 === 0 ? { year: 2024, month: 1, day: 5 } : undefined,
      language: index % 4 === 1 ? 'ru' : 'en',
      pageUrl: `https://kr.example/articles/${id}/`,
      archiveName: 'Kremlin Record',
    };
  });
}
