import { describe, expect, it } from 'vitest';
import { getCacheKey } from './cache-key.ts';

describe('getCacheKey', () => {
  it('is the same for the same view, and changes when anything shown changes', () => {
    const view = { title: 'Peskov on talks', people: [{ id: 'dmitry-peskov', label: 'Dmitry Peskov' }] };
    expect(getCacheKey(view)).toBe(getCacheKey(structuredClone(view)));
    expect(getCacheKey({ ...view, people: [{ id: 'dmitry-peskov', label: 'Dmitri Peskov' }] })).not.toBe(getCacheKey(view));
  });

  it('counts what a Map or a Set holds (JSON alone would write {} for both)', () => {
    expect(getCacheKey({ names: new Map([['a', 'Anna']]) })).not.toBe(getCacheKey({ names: new Map([['a', 'Anya']]) }));
    expect(getCacheKey({ ids: new Set(['a']) })).not.toBe(getCacheKey({ ids: new Set(['b']) }));
  });

  it('counts a stored entry by its digest, not by its text', () => {
    const entry = (digest: string, body: string) => ({ id: 'x', collection: 'articles', digest, body, rendered: { html: `<p>${body}</p>` } });
    expect(getCacheKey({ entry: entry('1', 'old') })).not.toBe(getCacheKey({ entry: entry('2', 'new') }));
    expect(getCacheKey({ entry: entry('1', 'old') })).toBe(getCacheKey({ entry: entry('1', 'same digest') }));
  });

  it('counts an article by its entry’s digest, not by the plain text made from the entry', () => {
    const entry = (digest: string) => ({ id: 'x', collection: 'articles', digest, body: 'text' });
    const article = (digest: string, plainText: string, title = 'Peskov on talks') => ({ id: 'x', title, entry: entry(digest), plainText });
    expect(getCacheKey([article('1', 'old text')])).toBe(getCacheKey([article('1', 'any text')]));
    expect(getCacheKey([article('1', 'old text')])).not.toBe(getCacheKey([article('2', 'new text')]));
    expect(getCacheKey([article('1', 'text')])).not.toBe(getCacheKey([article('1', 'text', 'Peskov on the talks')]));
    expect(getCacheKey({ plainText: 'a' })).not.toBe(getCacheKey({ plainText: 'b' }));
    const shared = article('1', 'text');
    expect(getCacheKey({ listed: [shared], also: [shared] })).toBe(getCacheKey({ listed: [article('1', 'text')], also: [structuredClone(shared)] }));
  });
});
