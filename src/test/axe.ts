/** Runs axe-core (WCAG 2.2 A and AA rules) in a page and returns its violations, readably. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

export async function findAxeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test driver, not added as a <script>: the page's policy rightly blocks any
  // inline script it does not know, and axe must not need a hole in it.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
