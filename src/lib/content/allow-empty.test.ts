import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { allowEmpty } from './allow-empty.ts';

/** A context with a store and a logger that records warnings: enough of Astro's for a loader. */
function createContext() {
  const warnings: string[] = [];
  const entries = new Map<string, unknown>();
  const everHeld = { value: false };
  const store = {
    keys: () => [...entries.keys()],
    set: ({ id, data }: { id: string; data: unknown }) => { everHeld.value = true; entries.set(id, data); return true; },
    delete: (id: string) => entries.delete(id),
  };
  const logger = { warn: (message: string) => warnings.push(message), info: () => {} };
  return { context: { store, logger } as unknown as LoaderContext, warnings, entries, everHeld };
}

const loaderThat = (load: (context: LoaderContext) => void): Loader => ({ name: 'test', load: async (context) => load(context) });

describe('allowEmpty', () => {
  it('keeps the empty-folder warning quiet and leaves the collection declared, empty', async () => {
    const { context, warnings, entries, everHeld } = createContext();
    await allowEmpty(loaderThat((ctx) => ctx.logger.warn('No files found matching "*.yaml" in directory "content/outlets"'))).load(context);
    expect(warnings).toEqual([]);
    expect(everHeld.value).toBe(true);
    expect([...entries.keys()]).toEqual([]);
  });

  it('still prints every other warning, such as a missing folder', async () => {
    const { context, warnings } = createContext();
    await allowEmpty(loaderThat((ctx) => ctx.logger.warn('The base directory "/x/outlets/" does not exist.'))).load(context);
    expect(warnings).toEqual(['The base directory "/x/outlets/" does not exist.']);
  });

  it('leaves a collection with entries as its loader stored it', async () => {
    const { context, entries } = createContext();
    await allowEmpty(loaderThat((ctx) => ctx.store.set({ id: 'outlet-1', data: { name: 'Outlet' } }))).load(context);
    expect([...entries]).toEqual([['outlet-1', { name: 'Outlet' }]]);
  });
});
