/**
 * What an article page's compact provenance says the archive could not establish, in one line,
 * so the unknowns stay visible above the text without a line each ("Byline: None printed", ...).
 */
import { getPrecision, type PartialDate } from './dates.ts';

export interface ProvenanceFacts {
  hasOutlet: boolean;
  hasByline: boolean;
  titleSupplied: boolean;
  published: PartialDate;
  /** The date is inferred rather than printed. */
  circa: boolean;
  hasUrl: boolean;
  hasArchivedUrl: boolean;
  hasRetrieved: boolean;
}

/**
 * The facts the archive does not know, in the order the full provenance lists them.
 * @example listUnknowns({ hasOutlet: false, hasByline: true, titleSupplied: false, published: { year: 2023, month: 12 }, circa: true, hasUrl: true, hasArchivedUrl: true, hasRetrieved: true })
 * // ['publisher', 'printed date', 'day']
 */
export function listUnknowns(facts: ProvenanceFacts): string[] {
  const precision = getPrecision(facts.published);
  return [
    !facts.hasOutlet && 'publisher',
    !facts.hasByline && 'byline',
    facts.titleSupplied && 'headline',
    facts.circa && 'printed date',
    precision === 'year' && 'month and day',
    precision === 'month' && 'day',
    !facts.hasUrl && 'original link',
    !facts.hasArchivedUrl && 'archived copy',
    !facts.hasRetrieved && 'retrieval date',
  ].filter((unknown): unknown is string => typeof unknown === 'string');
}

/**
 * The one line naming the unknowns, or undefined when everything is known.
 * @example describeUnknowns(['byline', 'original link']) // "Not established: byline, original link."
 */
export function describeUnknowns(unknowns: readonly string[]): string | undefined {
  return unknowns.length === 0 ? undefined : `Not established: ${unknowns.join(', ')}.`;
}
