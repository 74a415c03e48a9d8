import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.ts';

const base = { archiveName: 'Kremlin Record', permalink: 'https://kr.example/articles/a/' };

describe('formatCitation', () => {
  it('cites a fully known article with its byline, headline, outlet, date and both addresses', () => {
    expect(
      formatCitation({ ...base, title: 'Peskov speaks', titleSupplied: false, byline: 'Jane Roe', outletName: 'NBC News', publishedLabel: '16 December 2023', url: 'https://nbc.example/x' }),
    ).toBe('Jane Roe. “Peskov speaks.” NBC News, 16 December 2023. https://nbc.example/x. Archived in Kremlin Record, https://kr.example/articles/a/.');
  });

  it('brackets a supplied title, names an unknown outlet as such and keeps an inferred date marked', () => {
    expect(formatCitation({ ...base, title: 'Peskov on Trump', titleSupplied: true, publishedLabel: 'c. 2025' })).toBe(
      '[Peskov on Trump]. Unidentified outlet, c. 2025. Archived in Kremlin Record, https://kr.example/articles/a/.',
    );
  });
});
