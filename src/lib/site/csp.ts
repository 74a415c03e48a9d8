/**
 * The Content-Security-Policy every page carries (DESIGN.md "Locked down"). Astro writes it as a
 * `<meta http-equiv>` and adds the hashes of the scripts and styles it bundles; this module holds
 * the rest: the directives every page shares, what the search and contribute pages add, and the
 * hashes of the inline scripts Astro does not hash itself.
 */
import { createHash } from 'node:crypto';

/** A CSP hash source without its quotes, as Astro's CSP API takes it: `sha256-<base64>`. */
export type CspHash = `sha256-${string}`;

/**
 * Directives beside the `script-src` and `style-src` Astro writes. Nothing from another origin:
 * readers of this archive may be at risk, so no request may leave the site. `frame-ancestors`
 * would be ignored in a meta policy, so it is not set here.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * What `/search/` adds to `script-src`. Giving Astro any script source replaces its default
 * `'self'`, so `'self'` comes first; Pagefind compiles its WebAssembly search engine in the page
 * when it cannot use its worker, which needs `'wasm-unsafe-eval'` (and nothing broader).
 */
export const SEARCH_SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/**
 * What `/contribute/` adds for its highlighted code: the syntax highlighter colours each token
 * with a `style` attribute. Attributes only (`style-src-attr`), on that page only; a style
 * attribute runs no script, and `img-src`/`default-src` still keep any `url()` on the site.
 */
export const HIGHLIGHTED_CODE_STYLE_SOURCE = { resource: "'unsafe-inline'", kind: 'attribute' } as const;

/**
 * The hash that lets one inline script or style run under the policy: SHA-256 of the exact text
 * between the tags (or of the attribute's value), base64.
 * @example hashSource("alert('Hello, world.');") // 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='
 */
export function hashSource(source: string): CspHash {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
