/**
 * A real Chromium for browser tests. Playwright never downloads one here: the tests use
 * CHROME_PATH, a system Chromium, or one installed with `npx playwright install chromium`, and
 * fail with instructions when there is none, so a run can never pass by skipping them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// GitHub's Ubuntu runners ship Google Chrome (their `chromium-browser` is a snap stub), and say
// where in CHROME_BIN; Debian's chromium is at /usr/bin/chromium.
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/chromium-browser'];

export function findChrome(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  if (env.CHROME_PATH) {
    if (!exists(env.CHROME_PATH)) throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
    return env.CHROME_PATH;
  }
  const candidates = [env.CHROME_BIN ?? '', ...SYSTEM_PATHS];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright knows no browser of its own; the system paths are all there is.
  }
  const found = candidates.find((path) => path && exists(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install chromium`; ' +
        'elsewhere: `npx playwright install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

// Flags for a closed network: without the background-networking ones Chromium keeps calling home.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChrome(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: ARGS });
}
