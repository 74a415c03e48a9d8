import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, hashSource, SEARCH_SCRIPT_SOURCES } from './csp.ts';

describe('hashSource', () => {
  it('gives the SHA-256 source a browser computes for an inline script', () => {
    // The example from the CSP specification's and MDN's pages on hash sources.
    expect(hashSource("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('tells apart texts that differ by one space', () => {
    expect(hashSource('a = 1')).not.toBe(hashSource('a =  1'));
  });
});

describe('the shared directives', () => {
  it('keep every request on the site and allow no inline script, plugin or base change', () => {
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES).toContain("img-src 'self' data:");
    expect(CSP_DIRECTIVES).toContain("object-src 'none'");
    expect(CSP_DIRECTIVES).toContain("base-uri 'none'");
    expect(CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('let the search page compile WebAssembly, and nothing broader', () => {
    expect(SEARCH_SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});
