import { describe, expect, it } from 'vitest';
import { isQuoteInBody, normalizeQuote } from './quotes.ts';

describe('normalizeQuote', () => {
  it('makes typographic quotes, apostrophes and dashes plain, and folds whitespace', () => {
    expect(normalizeQuote('“It’s  too\ncomplicated — really.”')).toBe("It's too complicated - really");
  });

  it('ignores case only when asked', () => {
    expect(normalizeQuote('You Are', { ignoreCase: true })).toBe('you are');
    expect(normalizeQuote('You Are')).toBe('You Are');
  });
});

describe('isQuoteInBody', () => {
  const body = 'He added, "You are making this conflict longer."\n\nIt’s “too\ncomplicated” to be resolved.';

  it('finds a quote printed with other quotation marks and line breaks', () => {
    expect(isQuoteInBody('You are making this conflict longer.', body)).toBe(true);
    expect(isQuoteInBody('It’s "too complicated" to be resolved', body)).toBe(true);
  });

  it('treats «ёлочки», „лапки“, “curly” and "straight" marks alike', () => {
    const body = 'Песков сказал: «Мы открыты к диалогу», — и добавил: „Это вопрос будущего“.';
    expect(isQuoteInBody('Мы открыты к диалогу', body)).toBe(true);
    expect(isQuoteInBody('“Мы открыты к диалогу”', body)).toBe(true);
    expect(isQuoteInBody('"Это вопрос будущего"', body)).toBe(true);
    expect(normalizeQuote('«Это вопрос будущего».')).toBe(normalizeQuote('„Это вопрос будущего“'));
  });

  it('does not find words the body does not print', () => {
    expect(isQuoteInBody('You are making this conflict shorter', body)).toBe(false);
    expect(isQuoteInBody('   ', body)).toBe(false);
  });

  it('reads through the escapes the importer writes', () => {
    expect(isQuoteInBody('a {curly} remark', 'He made a \\{curly\\} remark.')).toBe(true);
  });
});
