import { describe, expect, it } from 'vitest';
import { describeRemovedChrome } from './removal-note.ts';

describe('describeRemovedChrome', () => {
  it('says nothing when nothing was removed', () => {
    expect(describeRemovedChrome([])).toBeUndefined();
  });

  it('groups removals by kind, quotes their text and counts repeats', () => {
    const note = describeRemovedChrome([
      { kind: 'navigation', text: 'Connect with us' },
      { kind: 'caption', text: 'Photo from Google' },
      { kind: 'caption', text: 'Photo from Google' },
      { kind: 'comment', text: 'Leave a Reply' },
    ]);
    expect(note).toBe(
      'Import removed 4 lines of site chrome: navigation "Connect with us"; photo captions and credits "Photo from Google" (×2); comment form "Leave a Reply".',
    );
  });

  it('counts code, markup and template tags without quoting them, and tells fragments from lines', () => {
    const note = describeRemovedChrome([
      { kind: 'script', text: "fbq('track', 'PageView');" },
      { kind: 'template', text: '{{^adFree}}', inline: true },
      { kind: 'markup', text: '<img src=x onerror=alert(1)>', inline: true },
    ]);
    expect(note).toBe(
      'Import removed 1 line and 2 inline fragments of site chrome: script or tracking code (1); template tags (1); HTML tags (1).',
    );
    expect(note).not.toMatch(/[<>{}]/);
  });

  it('shortens long examples and lists at most four per kind', () => {
    const note = describeRemovedChrome(
      ['a', 'b', 'c', 'd', 'e'].map((letter) => ({ kind: 'related' as const, text: `Read also: ${letter} ${'word '.repeat(20)}` })),
    );
    expect(note).toContain('…"');
    expect(note).toMatch(/, …\.$/);
  });
});
