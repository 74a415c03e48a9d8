import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, resolveSiteUrl } from './address.ts';

describe('resolveSiteUrl', () => {
  it('builds with the configured address', () => {
    expect(resolveSiteUrl('build', 'https://archive.example.org')).toBe('https://archive.example.org');
  });

  it('refuses a build without an address, saying how to set one', () => {
    expect(() => resolveSiteUrl('build', undefined)).toThrow(/Set it with SITE_URL.*or build for this machine with `npm start`/);
  });

  it('serves the dev server and the preview at the local address when none is set', () => {
    expect(resolveSiteUrl('dev', undefined)).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl('preview', undefined)).toBe(LOCAL_SITE_URL);
  });
});
