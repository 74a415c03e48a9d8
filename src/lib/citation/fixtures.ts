/** Invented articles for the citation tests: one fully known, one with almost nothing known. */
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
