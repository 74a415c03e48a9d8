import { describe, expect, it } from 'vitest';
import { findScriptElementEnd, stripInlineMarkup } from './markup.ts';

describe('stripInlineMarkup', () => {
  it('cuts template tags, scripts and HTML tags out and keeps the text between them', () => {
    const { text, removed } = stripInlineMarkup('Text {{^adFree}} more <b>bold</b><script>x()</script> end {% if a %}');
    expect(text).toBe('Text more bold end');
    expect(removed.map((item) => item.kind)).toEqual(['template', 'template', 'script', 'markup', 'markup']);
  });

  it('keeps angle brackets and braces that are text', () => {
    expect(stripInlineMarkup('3 < 5 and {x} and <Putin>').text).toBe('3 < 5 and {x} and <Putin>');
  });
});

describe('findScriptElementEnd', () => {
  it('finds the line that closes a script element opened on another line', () => {
    const blocks = ['<script>', 'var a = 1;', '</script>', 'Text.'].map((text) => ({ kind: 'paragraph' as const, text }));
    expect(findScriptElementEnd(blocks, 0)).toBe(3);
    expect(findScriptElementEnd(blocks, 3)).toBeUndefined();
  });

  it('ignores a script element closed on its own line', () => {
    expect(findScriptElementEnd([{ kind: 'paragraph', text: '<script>x()</script>' }], 0)).toBeUndefined();
  });
});
