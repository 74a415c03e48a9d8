import { describe, expect, it } from 'vitest';
import { findChrome } from './chrome.ts';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('findChrome', () => {
  it('uses CHROME_PATH first, and says so when nothing is there', () => {
    expect(findChrome({ CHROME_PATH: '/x/chrome' }, only('/x/chrome', '/usr/bin/chromium'))).toBe('/x/chrome');
    expect(() => findChrome({ CHROME_PATH: '/x/chrome' }, only())).toThrow('CHROME_PATH is set to /x/chrome');
  });

  it('finds the Google Chrome a GitHub runner ships, through CHROME_BIN or its usual path', () => {
    expect(findChrome({ CHROME_BIN: '/opt/runner/chrome' }, only('/opt/runner/chrome'))).toBe('/opt/runner/chrome');
    expect(findChrome({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('prefers Debian’s chromium to a chromium-browser that may be a snap stub', () => {
    expect(findChrome({}, only('/usr/bin/chromium-browser', '/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });
});
