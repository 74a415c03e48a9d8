import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from './content.ts';
import { getHostileEntries, VALID_ARCHIVE, writeHostileArchive } from '../../test/fixtures/hostile-entries.ts';
import { checkContentFolder, readFieldsAhead } from './content-folder.ts';
import { readEntryFields, type FieldReader } from './entry.ts';
import { listContentFiles } from '../content/files.ts';

const TODAY = { year: 2025, month: 6, day: 1 };
const workDir = mkdtempSync(join(tmpdir(), 'kr-hostile-check-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const sentinel = join(workDir, 'sentinel');

describe('checkContentFolder', () => {
  it('passes the valid fixture archive', () => {
    expect(checkContentFolder(VALID_ARCHIVE, { root: 'content', today: TODAY }).result.problems).toEqual([]);
  });

  it('reuses its previous result while no file and no option changed', () => {
    const first = checkContentFolder(VALID_ARCHIVE, { root: 'content', today: TODAY });
    expect(checkContentFolder(VALID_ARCHIVE, { root: 'content', today: TODAY }, first)).toBe(first);
    expect(checkContentFolder(VALID_ARCHIVE, { root: 'content', today: { ...TODAY, day: 2 } }, first)).not.toBe(first);
  });

  it('after an edit, reads again only the file that changed, and judges the whole folder as a fresh check would', () => {
    const folder = join(workDir, 'edited');
    cpSync(VALID_ARCHIVE, folder, { recursive: true });
    const first = checkContentFolder(folder, { root: 'content', today: TODAY });
    const year = readdirSync(join(folder, 'articles'))[0]!;
    const [edited, unchanged] = readdirSync(join(folder, 'articles', year)).map((name) => `articles/${year}/${name}`);
    appendFileSync(join(folder, edited!), '\n<script>alert(1)</script>\n');
    const second = checkContentFolder(folder, { root: 'content', today: TODAY }, first);
    expect(second.readEntries.get(unchanged!)?.entry).toBe(first.readEntries.get(unchanged!)?.entry);
    expect(second.readEntries.get(edited!)?.entry).not.toBe(first.readEntries.get(edited!)?.entry);
    expect(second.result.problems.map(formatProblem)).toEqual(checkContentFolder(folder, { root: 'content', today: TODAY }).result.problems.map(formatProblem));
    expect(second.result.problems.some((problem) => problem.path === `content/${edited}`)).toBe(true);
  });

  // Each hostile entry alone, beside the valid archive: refused with its file, and nothing else.
  it.each(getHostileEntries(sentinel).map((entry) => [entry.name, entry] as const))('refuses it when %s', (slug, entry) => {
    const folder = join(workDir, slug.replace(/\W+/g, '-'));
    writeHostileArchive(join(folder, 'content'), join(folder, 'outside'), [entry]);
    const lines = checkContentFolder(join(folder, 'content'), { root: 'content', today: TODAY }).result.problems.map(formatProblem);
    expect(lines.some((line) => line.startsWith(`content/${entry.path}:`) && line.includes(entry.message)), lines.join('\n')).toBe(true);
    // A duplicate names both files; every other problem is the hostile entry's own.
    expect(lines.filter((line) => !line.startsWith(`content/${entry.path}:`) && !line.includes('duplicate id'))).toEqual([]);
    expect(existsSync(sentinel)).toBe(false);
  });
});

describe('readFieldsAhead', () => {
  it('reads every entry’s fields through the reader it is given, so that a check through it reads no YAML again, and reports the same', () => {
    const folder = join(workDir, 'ahead');
    cpSync(VALID_ARCHIVE, folder, { recursive: true });
    appendFileSync(join(folder, 'events', readdirSync(join(folder, 'events'))[0]!), 'no-such-field: 1\n');
    const readings = new Map<string, ReturnType<FieldReader>>();
    let parsed = 0;
    const cachedRead: FieldReader = (yaml, line, collection, root) => {
      const key = JSON.stringify([yaml, line, collection, root]);
      if (!readings.has(key)) {
        parsed += 1;
        readings.set(key, readEntryFields(yaml, line, collection, root));
      }
      return readings.get(key)!;
    };
    readFieldsAhead(listContentFiles(folder), cachedRead);
    const readAhead = parsed;
    expect(readAhead).toBe(listContentFiles(folder).length);
    const check = checkContentFolder(folder, { root: 'content', today: TODAY }, undefined, { readFields: cachedRead });
    expect(parsed).toBe(readAhead);
    const fresh = checkContentFolder(folder, { root: 'content', today: TODAY });
    expect(fresh.result.problems.length).toBeGreaterThan(0);
    expect(check.result.problems.map(formatProblem)).toEqual(fresh.result.problems.map(formatProblem));
  });
});
