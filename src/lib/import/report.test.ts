import { describe, expect, it } from 'vitest';
import { formatImportReport } from './report.ts';

describe('formatImportReport', () => {
  it('prints the path alone on the first line, then warnings, to-dos and quote candidates', () => {
    const report = formatImportReport('content/articles/2023/x.mdx', {
      todo: ['topics (required): at least one topic id.'],
      warnings: ['the address is already archived in content/articles/2023/y.mdx'],
      quoteCandidates: [{ text: 'There is a long way to go', speaker: 'dmitry-peskov', attributed: false }, { text: 'on the same wavelength', attributed: false }],
      removedCount: 1,
    });
    expect(report.split('\n')).toEqual([
      'content/articles/2023/x.mdx',
      '',
      'Warnings:',
      '  ! the address is already archived in content/articles/2023/y.mdx',
      '',
      'Still to fill in or check:',
      '  - topics (required): at least one topic id.',
      '',
      'Quote candidates not written (add to quotes: once you know the speaker):',
      '  “There is a long way to go” — nearest name: dmitry-peskov',
      '  “on the same wavelength”',
      '',
      'Removed 1 line or fragment of site chrome (listed in notes:).',
    ]);
  });

  it('says when nothing is left to do, and marks a dry run', () => {
    const report = formatImportReport('x.mdx', { todo: [], warnings: [], quoteCandidates: [], removedCount: 0 }, { dryRun: true });
    expect(report).toBe('Would write x.mdx (dry run: nothing written)\n\nNothing left to fill in: run npm run check.');
  });
});
