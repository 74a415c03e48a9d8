import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_WORKER_FILE } from './citation.ts';

describe('FORMAT_WORKER_FILE', () => {
  // Tests run from the project root, as Astro does: a moved worker fails here before a build finds it.
  it('names the citation worker from the project root', () => {
    expect(existsSync(FORMAT_WORKER_FILE)).toBe(true);
  });
});
