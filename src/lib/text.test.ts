import { describe, expect, it } from 'vitest';
import { getFirstSentence, getPlainText, truncate } from './text.ts';

describe('getPlainText', () => {
  it('resolves the escapes the importer writes', () => {
    expect(getPlainText('He said \\{no\\} \\<b\\> &amp; &lt;i&gt; &#123;')).toBe('He said {no} <b> & <i> {');
  });

  it('drops emphasis and heading marks', () => {
    expect(getPlainText('## Heading\nSome *stressed* and **strong** words')).toBe('Heading\nSome stressed and strong words');
  });
});

describe('getFirstSentence', () => {
  it('ends at the first full stop that ends a sentence', () => {
    expect(getFirstSentence('The U.S. envoy spoke on Friday. Then he left.')).toBe('The U.S. envoy spoke on Friday.');
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(getFirstSentence('He called it “too complicated.” Nobody agreed.')).toBe('He called it “too complicated.”');
  });

  it('returns the whole text when it has no sentence end', () => {
    expect(getFirstSentence('  no full stop here ')).toBe('no full stop here');
  });
});

describe('truncate', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('one two three', 8)).toBe('one two…');
    expect(truncate('short', 8)).toBe('short');
  });
});
