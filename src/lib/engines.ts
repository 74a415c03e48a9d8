/**
 * Which installed packages would refuse a Node version the project says it supports. `engines`
 * in package.json must be a range every dependency accepts (a dependency needing a newer Node
 * than we claim breaks a newcomer's install in ways that name neither package).
 */
import semver from 'semver';

/** The lockfile's `packages` map, as far as engines go. */
export type LockedPackages = Readonly<Record<string, LockedPackage>>;
interface LockedPackage {
  engines?: Record<string, string> | string[] | undefined;
  optional?: boolean | undefined;
  os?: string[] | undefined;
  cpu?: string[] | undefined;
}

// An optional binary built for one platform is left out where it does not fit, and its parent
// does without it (sharp's 32-bit Windows build stops at Node 20): it cannot break an install.
const isOptionalPlatformBinary = (entry: LockedPackage) => Boolean(entry.optional && (entry.os || entry.cpu));

/**
 * Each locked package whose `engines.node` does not accept every version in `supported`.
 * @example findNodeEngineConflicts('>=22.12.0', { 'node_modules/undici': { engines: { node: '>=22.19.0' } } }) // ["node_modules/undici needs >=22.19.0"]
 */
export function findNodeEngineConflicts(supported: string, packages: LockedPackages): string[] {
  const conflicts: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    const needed = entry.engines && !Array.isArray(entry.engines) ? entry.engines['node'] : undefined;
    if (!path || !needed || isOptionalPlatformBinary(entry)) continue;
    if (!semver.subset(supported, needed, { includePrerelease: false })) conflicts.push(`${path} needs ${needed}`);
  }
  return conflicts;
}
