// Runs axe over every story of the built Storybook (storybook-static) in Chromium and fails on
// any violation. `npm run build-storybook` first.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { axeViolations } from '@civic-elements/tooling/axe.mjs';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';

const root = fileURLToPath(new URL('../storybook-static', import.meta.url));
requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');

let index;
try {
  index = JSON.parse(await readFile(`${root}/index.json`, 'utf8'));
} catch {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const server = createStaticServer({ root });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });

let failed = 0;
try {
  const context = await browser.newContext();
  for (const story of stories) {
    const page = await context.newPage();
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForSelector('#storybook-root > *', { state: 'attached' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const violations = await axeViolations(page, { include: '#storybook-root' });
    if (violations.length > 0) {
      failed++;
      console.log(`✗ ${story.title} › ${story.name}`);
      for (const v of violations) console.log(`    ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);
    } else {
      console.log(`✓ ${story.title} › ${story.name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${stories.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || stories.length === 0 ? 1 : 0);
