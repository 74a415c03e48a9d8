/**
 * Readers of the research outputs as their consumers read them: an article page's metadata the
 * way Zotero's Embedded Metadata translator does (every `<meta name>`, Dublin Core only when the
 * page links the `schema.DC` namespace, and the JSON-LD blocks), and feeds through a feed parser.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';

export interface PageMetadata {
  /** Every value of each `<meta name>`, in order. */
  meta: Map<string, string[]>;
  dublinCore: boolean;
  jsonLd: Record<string, unknown>[];
}

export function readPageMetadata(html: string): PageMetadata {
  const { document } = parseHTML(html);
  const meta = new Map<string, string[]>();
  for (const element of document.querySelectorAll('head meta[name]')) {
    const name = element.getAttribute('name')!;
    meta.set(name, [...(meta.get(name) ?? []), element.getAttribute('content') ?? '']);
  }
  const dublinCore = document.querySelector('link[rel="schema.DC"]')?.getAttribute('href') === 'http://purl.org/dc/elements/1.1/';
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
  return { meta, dublinCore, jsonLd };
}

/** The one value of a tag, or undefined when absent; fails when a tag is repeated unexpectedly. */
export function readTag(metadata: PageMetadata, name: string): string | undefined {
  const values = metadata.meta.get(name);
  if (values && values.length > 1) throw new Error(`${name} appears ${values.length} times`);
  return values?.[0];
}

export { parseFeed };
