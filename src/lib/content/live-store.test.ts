import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../schemas/common.ts';
import { LIVE_STORE_SNAPSHOT, shareCollectionStore } from './live-store.ts';

const snapshot = () => (0, eval)(LIVE_STORE_SNAPSHOT) as Map<string, Map<string, unknown>> | undefined;

describe('the live content store', () => {
  it('gives pages nothing until every collection is shared, then every entry sorted as Astro saves them', () => {
    const articles = new Map<string, unknown>([['b-report', { id: 'b-report' }], ['a-report', { id: 'a-report' }], ['Ä-report', { id: 'Ä-report' }]]);
    const [first, ...rest] = [...COLLECTION_NAMES].reverse();
    shareCollectionStore(first!, { entries: () => [...articles] });
    expect(snapshot()).toBeUndefined();
    for (const name of rest) shareCollectionStore(name, { entries: () => (name === 'articles' ? [...articles] : []) });
    const store = snapshot()!;
    expect([...store.keys()]).toEqual([...COLLECTION_NAMES].sort((a, b) => a.localeCompare(b)));
    expect([...store.get('articles')!.keys()]).toEqual(['a-report', 'Ä-report', 'b-report']);
    // Each page module takes a copy: a later change shows in the next one, not in this one.
    articles.set('c-report', { id: 'c-report' });
    expect(store.get('articles')!.has('c-report')).toBe(false);
    expect(snapshot()!.get('articles')!.has('c-report')).toBe(true);
  });
});
