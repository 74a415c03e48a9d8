import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, getPagePolicy, hashSource, HIGHLIGHTED_CODE_DIRECTIVE, SEARCH_SCRIPT_SOURCES } from './csp.ts';

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
    expect(SEARCH_SCRIPT_SOURCES).toEqual(["'wasm-unsafe-eval'"]);
  });
});

describe('getPagePolicy', () => {
  it('allows the site\'s own scripts and styles, and each inline script by its hash', () => {
    expect(getPagePolicy(["alert('Hello, world.');"])).toBe(
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; " +
        "script-src 'self' 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='; style-src 'self'",
    );
  });

  it('adds what a page asks for, after what every page shares', () => {
    const policy = getPagePolicy([], { scriptSources: SEARCH_SCRIPT_SOURCES, directives: [HIGHLIGHTED_CODE_DIRECTIVE] });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'");
  });
});
