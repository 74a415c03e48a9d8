/**
 * A content loader for a collection an archive may rightly leave empty: the outlets, since every
 * article may leave its outlet unknown. Astro warns twice about such a collection on every build
 * ("No files found matching ...", and "does not exist or is empty" from getCollection), noise
 * that teaches maintainers to skim past warnings. This wrapper keeps those two quiet for the one
 * collection it wraps; a missing folder and every other warning still print.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** The glob loader's warning for a folder without a matching file. */
const EMPTY_FOLDER_WARNING = /^No files found matching /;

// getCollection() warns about a collection the store has never held. Setting and removing one
// entry makes the store hold the collection, empty, as it is.
const PLACEHOLDER_ID = 'kremlin-record:empty-collection';

/** Wraps `loader` so that its collection being empty is not a warning. */
export function allowEmpty(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const logger: LoaderContext['logger'] = Object.create(context.logger, {
        warn: { value: (message: string) => EMPTY_FOLDER_WARNING.test(message) || context.logger.warn(message) },
      });
      await loader.load({ ...context, logger });
      if (context.store.keys().length === 0) {
        context.store.set({ id: PLACEHOLDER_ID, data: {} });
        context.store.delete(PLACEHOLDER_ID);
      }
    },
  };
}
