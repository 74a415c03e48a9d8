import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { baseUrl, openPage, recordCspViolations } from './browser.ts';
import { listHtmlPages, readDist, readPublishedArticles } from './site-files.ts';
import { hashSource } from '../lib/site/csp.ts';

/** A page's policy as directive name → its sources, and the texts of its inline scripts. */
function readPolicy(html: string) {
  const { document } = parseHTML(html);
  const metas = [...document.querySelectorAll('meta')].filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const directives = new Map<string, string[]>();
  for (const directive of (metas[0]?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  // A data block such as the JSON-LD citation metadata is never run, so no policy governs it.
  const isData = (script: Element) => /json/.test(script.getAttribute('type') ?? '');
  const inlineScripts = [...document.querySelectorAll('script:not([src])')].filter((script) => !isData(script)).map((script) => script.textContent ?? '');
  return { metaCount: metas.length, directives, inlineScripts };
}

describe('the policy the build writes', () => {
  const pages = listHtmlPages().filter((path) => !path.startsWith('pagefind/'));

  it.each(pages)('%s carries one policy: nothing from elsewhere, no inline script but its own hashed ones', (path) => {
    const { metaCount, directives, inlineScripts } = readPolicy(readDist(path));
    expect(metaCount).toBe(1);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    const scriptSources = directives.get('script-src') ?? [];
    expect(scriptSources[0]).toBe("'self'");
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(scriptSources.includes("'wasm-unsafe-eval'"), 'wasm only where Pagefind searches').toBe(path === 'search/index.html');
    expect([...directives.keys()].filter((name) => name.startsWith('script-src-'))).toEqual([]);
    // Every source is the site itself, a keyword or a hash: no other origin anywhere.
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, `${path} ${name}`).toMatch(/^('[a-z-]+'|'sha256-[A-Za-z0-9+/=]+'|data:)$/);
    }
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const script of inlineScripts) expect(scriptSources, `${path}: an inline script without its hash`).toContain(`'${hashSource(script)}'`);
  });
});

describe('in the browser', () => {
  const article = readPublishedArticles()[0]!;
  const articlePath = `/articles/${article.id}/`;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChrome();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('blocks a script that reached a built page’s markup, and reports it', async () => {
    const context = await browser.newContext();
    const violations: string[] = [];
    await recordCspViolations(context, (violation) => violations.push(violation));
    const page = await context.newPage();
    // The article page as the build wrote it, with one script an entry might have smuggled in.
    await page.route(`${baseUrl()}${articlePath}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</main>', '<script>window.injectedRan = true</script></main>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${baseUrl()}${articlePath}`);
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await page.evaluate(() => (window as { injectedRan?: boolean }).injectedRan)).toBeUndefined();
    await expect.poll(() => violations).toContain('script-src-elem inline');
    await context.close();
  });

  it('blocks an inline script and an inline event handler added to a page at run time', async () => {
    const { page, cspViolations } = await openPage(browser, articlePath);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.addedRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.handlerRan = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => [(window as { addedRan?: boolean }).addedRan, (window as { handlerRan?: boolean }).handlerRan])).toEqual([undefined, undefined]);
    expect(cspViolations).toEqual(expect.arrayContaining(['script-src-elem inline', 'script-src-attr inline']));
    await page.context().close();
  });

  it('blocks an image from another origin, such as a tracking pixel', async () => {
    const { page, cspViolations } = await openPage(browser, articlePath);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => cspViolations).toContain('img-src https://tracker.example/pixel.png');
    await page.context().close();
  });
});
