import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The maps a newcomer reads first must name every folder of the engine, and only folders that exist.
const architecture = readFileSync('ARCHITECTURE.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const folders = (parent: string) =>
  readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe('ARCHITECTURE.md and the README layout', () => {
  it('name every folder of src/ and of src/lib/', () => {
    for (const folder of folders('src')) expect(architecture, `src/${folder}/`).toContain(`src/${folder}/`);
    for (const folder of folders('src/lib')) expect(architecture, `src/lib/${folder}/`).toMatch(new RegExp(`(^|\\s|src/lib/)${folder}/`, 'm'));
    for (const folder of folders('src').filter((name) => name !== 'content')) expect(readme, `README: src/${folder}/`).toContain(`src/${folder}/`);
  });

  it('name no path that does not exist', () => {
    for (const text of [architecture, readme]) {
      for (const [path] of text.matchAll(/(?:src|content)\/[\w./-]*[\w/]/g)) {
        if (path.includes('YYYY') || path.includes('<name>')) continue;
        expect(existsSync(path.replace(/\*.*$/, '')), path).toBe(true);
      }
    }
  });
});
