/**
 * The dev server's content store as it is in memory, for the pages the dev server renders. Astro
 * saves its store to `.astro/data-store.json` 500 ms after a change, serializing all of it again
 * (1–1.6 s at 5,000 entries), and only then do pages see the change: two thirds of an edit's wait.
 * The loader shares each collection's store here, and says when a change has loaded; the page
 * module reads a copy. The two run in one process but are loaded by two module graphs (the
 * config's and Vite's runner), so they meet on `globalThis`.
 */
import { COLLECTION_NAMES } from '../../schemas/common.ts';

/** What Astro's store gives of one collection (a loader's `context.store`). */
export interface CollectionStore {
  entries(): [string, unknown][];
}

interface LiveStore {
  collections: Map<string, CollectionStore>;
  /** Called once a change to the content folder has loaded into every collection. */
  onChange?: () => void;
  /** Every collection, sorted by name and by id, as Astro's saved store holds them; none until all have loaded. */
  snapshot(): Map<string, Map<string, unknown>> | undefined;
}

/** The expression a page module evaluates to get the live store's copy, or undefined. */
export const LIVE_STORE_SNAPSHOT = "globalThis[Symbol.for('kremlin-record.live-store')]?.snapshot()";

// Astro's saved store sorts with `localeCompare`, which a collator with no options matches.
const byKey = new Intl.Collator().compare;
const sortedByKey = <T>(entries: Iterable<[string, T]>): Map<string, T> => new Map([...entries].sort(([a], [b]) => byKey(a, b)));

function getLiveStore(): LiveStore {
  const global = globalThis as { [key: symbol]: LiveStore | undefined };
  const key = Symbol.for('kremlin-record.live-store');
  return (global[key] ??= {
    collections: new Map(),
    snapshot() {
      if (!COLLECTION_NAMES.every((name) => this.collections.has(name))) return undefined;
      return sortedByKey([...this.collections].map(([name, store]) => [name, sortedByKey(store.entries())]));
    },
  });
}

/** Shares a collection's store with the pages of the dev server running in this process. */
export function shareCollectionStore(collection: string, store: CollectionStore): void {
  getLiveStore().collections.set(collection, store);
}

/** Tells the dev server a change has loaded into every collection. */
export function announceStoreChange(): void {
  getLiveStore().onChange?.();
}

/** Calls `listener` once each change has loaded (the dev server, to reload its pages). */
export function onStoreChange(listener: () => void): void {
  getLiveStore().onChange = listener;
}
