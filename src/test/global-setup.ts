/**
 * One build of the real archive and one of the fixture archive (src/test/fixture-archive.ts) for
 * every site test, made side by side, then each served on a free local port. KR_REUSE_BUILD=1
 * reuses existing builds while iterating on tests.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { LOCAL_SITE_URL } from '../lib/site/address.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from './fixture-archive.ts';
import { buildFixtureSite, runAstroBuild, serveStatic } from './fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureUrl: string;
    buildSeconds: number;
  }
}

const reuse = (dist: string) => Boolean(process.env.KR_REUSE_BUILD && existsSync(join(dist, 'index.html')));

/** Runs `build` unless its output can be reused, and says how long it took; 0 when reused. */
async function timed(name: string, build: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await build();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${name} built in ${seconds.toFixed(1)} s`);
  return seconds;
}

async function buildRealSite(): Promise<void> {
  const { status, log } = await runAstroBuild(process.cwd(), process.env);
  console.log(log);
  if (status !== 0) throw new Error(`astro build failed with exit code ${status}`);
}

async function buildFixtureArchive(): Promise<void> {
  rmSync(FIXTURE_DIST, { recursive: true, force: true });
  await buildFixtureSite(FIXTURE_CONTENT, FIXTURE_DIST);
}

export default async function setup(project: TestProject) {
  // Local builds, so explicitly local: without a site URL a build stops (lib/site/address.ts). The
  // project's `env` reaches the test files only, not this setup.
  process.env.SITE_URL ||= LOCAL_SITE_URL;
  const [buildSeconds] = await Promise.all([
    reuse('dist') ? 0 : timed('Site', buildRealSite),
    reuse(FIXTURE_DIST) ? 0 : timed('Fixture archive', buildFixtureArchive),
  ]);
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 4399 }, logLevel: 'warn' });
  const fixtureServer = await serveStatic(FIXTURE_DIST);
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  project.provide('fixtureUrl', fixtureServer.url);
  project.provide('buildSeconds', buildSeconds);
  return async () => {
    await fixtureServer.close();
    await server.stop();
  };
}
