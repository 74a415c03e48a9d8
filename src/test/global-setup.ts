/**
 * One real build for every site test, then `astro preview` serving it on a free local port.
 * KR_REUSE_BUILD=1 reuses an existing dist/ while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { LOCAL_SITE_URL } from '../lib/site/address.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildSeconds: number;
  }
}

export default async function setup(project: TestProject) {
  let buildSeconds = 0;
  if (!(process.env.KR_REUSE_BUILD && existsSync('dist/index.html'))) {
    const started = performance.now();
    // A local build, so explicitly local: without a site URL a build stops (lib/site/address.ts).
    const env = { ...process.env, SITE_URL: process.env.SITE_URL || LOCAL_SITE_URL };
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`astro build failed with exit code ${result.status}`);
    buildSeconds = (performance.now() - started) / 1000;
    console.log(`Site built in ${buildSeconds.toFixed(1)} s`);
  }
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 4399 }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  project.provide('buildSeconds', buildSeconds);
  return async () => server.stop();
}
