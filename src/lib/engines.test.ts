import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { findNodeEngineConflicts } from './engines.ts';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: Record<string, string> }> };

describe('findNodeEngineConflicts', () => {
  it('names a package that needs a newer Node than the range claims', () => {
    const packages = { 'node_modules/undici': { engines: { node: '>=22.19.0' } }, 'node_modules/ok': { engines: { node: '>=18' } } };
    expect(findNodeEngineConflicts('>=22.12.0', packages)).toEqual(['node_modules/undici needs >=22.19.0']);
    expect(findNodeEngineConflicts('^22.19.0', packages)).toEqual([]);
  });

  it('leaves out an optional binary for another platform, which npm skips where it does not fit', () => {
    const packages = { 'node_modules/@img/sharp-win32-ia32': { engines: { node: '^20.9.0' }, optional: true, os: ['win32'], cpu: ['ia32'] } };
    expect(findNodeEngineConflicts('^22.19.0', packages)).toEqual([]);
  });

  it('names a package that refuses a major the range admits', () => {
    const packages = { 'node_modules/vitest': { engines: { node: '^22.12.0 || ^24.0.0 || >=26.0.0' } } };
    expect(findNodeEngineConflicts('>=22.19.0', packages)).toEqual(['node_modules/vitest needs ^22.12.0 || ^24.0.0 || >=26.0.0']);
  });
});

describe('the Node the project asks for', () => {
  it('is accepted by every installed package, on every version engines admits', () => {
    expect(findNodeEngineConflicts(pkg.engines.node, lock.packages)).toEqual([]);
  });

  it('is what .nvmrc names, and what the pinned node dev dependency gives', () => {
    expect(read('.nvmrc').trim()).toBe(semver.minVersion(pkg.engines.node)?.version);
    expect(semver.satisfies(lock.packages['node_modules/node']?.version ?? '', pkg.engines.node)).toBe(true);
  });
});
