import { describe, expect, it } from 'vitest';
import { FOCUS_SEARCH_SCRIPT, getHighlightScript } from './inline-scripts.ts';

describe('the inline scripts', () => {
  it('are valid JavaScript', () => {
    expect(() => new Function(FOCUS_SEARCH_SCRIPT)).not.toThrow();
    expect(() => new Function(getHighlightScript('/pagefind/pagefind-highlight.js'))).not.toThrow();
  });

  // That a result page loads the highlighter from under the site's base, and marks the terms, is
  // checked in a browser on a build under a base path (src/test/research-fixture.test.ts).

  it('cannot be closed early by an address that holds a closing script tag', () => {
    const script = getHighlightScript('/x</script><script>alert(1)//');
    expect(script).not.toContain('</script>');
    expect(() => new Function(script)).not.toThrow();
  });
});
