// Runs axe-core in a Playwright page. Every WCAG 2.0–2.2 A/AA rule and the best practices, with
// no rule disabled: a violation anywhere fails.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** @returns {Promise<Array<{ id: string, help: string, nodes: string[] }>>} */
export async function axeViolations(page, { include = 'html', tags = AXE_TAGS } = {}) {
  // Evaluated rather than injected as a <script>, so a page's own CSP cannot block it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ include, tags }) => {
      // Storybook's a11y panel may be running the page's axe already: wait for it to finish.
      let result;
      for (let attempt = 0; !result; attempt++) {
        try {
          result = await window.axe.run(include, { runOnly: { type: 'tag', values: tags } });
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return result.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { include, tags },
  );
}
