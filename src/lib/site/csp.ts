/**
 * The Content-Security-Policy every page carries (DESIGN.md "Locked down"), written by the base
 * layout as a `<meta http-equiv>`: the directives every page shares, what the search and
 * contribute pages add, and the hashes of the page's inline scripts. Scripts and stylesheets the
 * build bundles are files on the site, which `'self'` allows; no stylesheet is inlined
 * (astro.config.mjs). Astro's own `security.csp` would write the same policy, but it hashes
 * every page's stylesheet links again through WebCrypto: 1.3 s of a 5,000-entry build's main thread.
 */
import { createHash } from 'node:crypto';

/** A CSP hash source without its quotes: `sha256-<base64>`. */
export type CspHash = `sha256-${string}`;

/**
 * Directives beside `script-src` and `style-src`. Nothing from another origin: readers of this
 * archive may be at risk, so no request may leave the site. `frame-ancestors` would be ignored in
 * a meta policy, so it is not set here.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * What `/search/` adds to `script-src`: Pagefind compiles its WebAssembly search engine in the
 * page when it cannot use its worker, which needs `'wasm-unsafe-eval'` (and nothing broader).
 */
export const SEARCH_SCRIPT_SOURCES: readonly string[] = ["'wasm-unsafe-eval'"];

/**
 * What `/contribute/` adds for its highlighted code: the syntax highlighter colours each token
 * with a `style` attribute. Attributes only, on that page only; a style attribute runs no script,
 * and `img-src`/`default-src` still keep any `url()` on the site.
 */
export const HIGHLIGHTED_CODE_DIRECTIVE = "style-src-attr 'unsafe-inline'";

/** What a page adds to the policy every page shares. */
export interface PolicyAdditions {
  scriptSources?: readonly string[];
  directives?: readonly string[];
}

/**
 * The policy of a page whose inline scripts are `inlineScripts` (each allowed by its hash), as
 * the `content` of its `<meta http-equiv="content-security-policy">`.
 */
export function getPagePolicy(inlineScripts: readonly string[], { scriptSources = [], directives = [] }: PolicyAdditions = {}): string {
  const scriptSrc = ["script-src 'self'", ...scriptSources, ...inlineScripts.map((script) => `'${hashSource(script)}'`)].join(' ');
  return [...CSP_DIRECTIVES, scriptSrc, "style-src 'self'", ...directives].join('; ');
}

/**
 * The hash that lets one inline script or style run under the policy: SHA-256 of the exact text
 * between the tags (or of the attribute's value), base64.
 * @example hashSource("alert('Hello, world.');") // 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='
 */
export function hashSource(source: string): CspHash {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
