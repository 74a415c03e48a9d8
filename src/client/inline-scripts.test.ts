import { describe, expect, it } from 'vitest';
import { FOCUS_SEARCH_SCRIPT, getHighlightScript } from './inline-scripts.ts';

describe('the inline scripts', () => {
  it('are valid JavaScript', () => {
    expect(() => new Function(FOCUS_SEARCH_SCRIPT)).not.toThrow();
    expect(() => new Function(getHighlightScript('/pagefind/pagefind-highlight.js'))).not.toThrow();
  });

  it('load the highlighter from the address they are given, under the site’s base', () => {
    expect(getHighlightScript('/kr/pagefind/pagefind-highlight.js')).toContain('import("/kr/pagefind/pagefind-highlight.js")');
  });

  it('cannot be closed early by an address that holds a closing script tag', () => {
    const script = getHighlightScript('/x</script><script>alert(1)//');
    expect(script).not.toContain('</script>');
    expect(() => new Function(script)).not.toThrow();
  });
});
