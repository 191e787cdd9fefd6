// Runs axe over every story of the built Storybook (storybook-static) in Chromium, in every
// combination of the toolbar's locale and theme, and fails on any violation.
// `npm run build-storybook` first.
import { chromium } from 'playwright-core';
import { axeViolations } from '@civic-elements/tooling/axe.mjs';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { LOCALES, THEMES, readStories, serveStorybook, setGlobals, storyReady } from './lib/storybook.mjs';

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
const stories = await readStories();
const combinations = LOCALES.flatMap((locale) => THEMES.map((theme) => ({ locale, theme })));

const server = await serveStorybook();
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
let failed = 0;
try {
  const page = await (await browser.newContext()).newPage();
  for (const story of stories) {
    // Load each story once, then switch locale and theme as the toolbar does.
    await page.goto(`${server.base}/iframe.html?id=${story.id}&viewMode=story`);
    await storyReady(page);
    for (const globals of combinations) {
      await setGlobals(page, globals);
      const label = `${story.title} › ${story.name} [${globals.locale}, ${globals.theme}]`;
      const violations = await axeViolations(page, { include: '#storybook-root' });
      if (violations.length > 0) {
        failed++;
        console.log(`✗ ${label}`);
        for (const v of violations) console.log(`    ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);
      } else {
        console.log(`✓ ${label}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
const runs = stories.length * combinations.length;
console.log(
  `\n${runs - failed} passed, ${failed} failed (${stories.length} stories × ${combinations.length} locale/theme combinations)`,
);
process.exit(failed > 0 || stories.length === 0 ? 1 : 0);
