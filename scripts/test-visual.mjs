// Visual regression of the built Storybook: every story at 320 px and 1280 px wide, in the light
// and the dark theme, in Chromium (Playwright) and Firefox ESR (Puppeteer over WebDriver BiDi),
// compared pixel for pixel (pixelmatch, threshold 0) with the baselines committed in
// test/visual-baselines/<browser>/.
//
//   npm run test:visual                    compare; a difference fails and writes
//                                          .tmp/visual/<browser>/<shot>.{actual,diff}.png
//   npm run test:visual -- --update        write the baselines (review them, then commit)
//   npm run test:visual -- --browser=firefox --filter=column-nav   a subset
//
// Each run first proves it can fail: it renders one story with one component colour changed by
// a single unit (#1d3f6e → #1d3f6f) and expects the comparison to report it.
// Needs `npm run build-storybook` first, and the fonts the stories pin (fonts-dejavu-core,
// fonts-noto-cjk), so the baselines are the same on every Debian machine.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, firefoxPath, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { THEMES, readStories, serveStorybook, setGlobals, storyReady } from './lib/storybook.mjs';

const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    browser: { type: 'string' },
    filter: { type: 'string' },
  },
});
const WIDTHS = [320, 1280];
// Short viewports: full-page shots take the story's own height, so files stay small.
const HEIGHT = 240;
const baselineDir = fileURLToPath(new URL('../test/visual-baselines/', import.meta.url));
const outputDir = fileURLToPath(new URL('../.tmp/visual/', import.meta.url));
// No caret, no transitions: only what the CSS says at rest is compared.
const STILL =
  'html { scrollbar-width: none; } *, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }';

/** Playwright (Chromium) and Puppeteer (Firefox) behind the few calls this script needs. */
const drivers = {
  chromium: {
    async launch() {
      requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
      const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
      const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce' });
      return {
        version: browser.version(),
        page: await context.newPage(),
        setWidth: (page, width) => page.setViewportSize({ width, height: HEIGHT }),
        shoot: (page) => page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }),
        close: () => browser.close(),
      };
    },
  },
  firefox: {
    async launch() {
      requireBrowser('Firefox', firefoxPath, 'FIREFOX_PATH', 'firefox-esr');
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        extraPrefsFirefox: { 'ui.prefersReducedMotion': 1, 'layout.css.devPixelsPerPx': '1.0' },
      });
      return {
        version: await browser.version(),
        page: await browser.newPage(),
        // Firefox ESR 140 refuses the screen-orientation override puppeteer sends with every
        // viewport; the viewport itself is applied all the same.
        setWidth: (page, width) =>
          page.setViewport({ width, height: HEIGHT, deviceScaleFactor: 1 }).catch((error) => {
            if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
          }),
        shoot: async (page) => Buffer.from(await page.screenshot({ fullPage: true })),
        close: () => browser.close(),
      };
    },
  },
};

/** Number of differing pixels (every difference counts: threshold 0, anti-aliasing included). */
function compare(expectedPng, actualPng) {
  const expected = PNG.sync.read(expectedPng);
  const actual = PNG.sync.read(actualPng);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return {
      differing: Infinity,
      reason: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
    };
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, {
    threshold: 0,
    includeAA: true,
  });
  return { differing, diff: PNG.sync.write(diff), reason: `${differing} pixels differ` };
}

/** Switches the open story to `theme` (as the toolbar does) and waits for its fonts. */
async function render(page, theme) {
  await setGlobals(page, { locale: 'en', theme });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function openStory(page, base, storyId) {
  await page.goto(`${base}/iframe.html?id=${storyId}&viewMode=story`);
  await storyReady(page);
  await page.addStyleTag({ content: STILL });
}

const stories = (await readStories()).filter((story) => !options.filter || story.id.includes(options.filter));
const browsers = options.browser ? [options.browser] : Object.keys(drivers);
const server = await serveStorybook();
const started = Date.now();
let shots = 0;
const failures = [];
await rm(outputDir, { recursive: true, force: true });

try {
  // One browser at a time: the machines are shared.
  for (const browserName of browsers) {
    const driver = await drivers[browserName].launch();
    const { page } = driver;
    // Baselines belong to one engine version: Debian offers Firefox ESR 140 and 153, and each
    // renders its own pixels. A version without baselines fails: passing with nothing compared
    // would hide every regression after the next browser update.
    const name = `${browserName}-${String(driver.version).match(/\d+/)?.[0]}`;
    if (!options.update && !existsSync(`${baselineDir}${name}`)) {
      failures.push(
        `${name}: no baselines for this browser version. Make them with \`npm run build-storybook && ` +
          `npm run test:visual -- --update --browser=${browserName}\`, look at them, and commit ` +
          `test/visual-baselines/${name}/`,
      );
      await driver.close();
      continue;
    }
    try {
      // Self-test: a one-unit colour change in one component's CSS must fail the comparison.
      if (!options.update) {
        await driver.setWidth(page, 320);
        await openStory(page, server.base, 'components-column-nav--default');
        await render(page, 'light');
        const before = await driver.shoot(page);
        await page.evaluate(() =>
          document
            .querySelector('.civic-story')
            .style.setProperty('--civic-column-nav-link-color', '#1d3f6f'),
        );
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
        );
        const after = await driver.shoot(page);
        const { differing } = compare(before, after);
        if (!(differing > 0)) {
          failures.push(`${name}: self-test: a one-unit colour change was not detected`);
        } else {
          console.log(
            `✓ ${name}: self-test: a one-unit colour change (#1d3f6e → #1d3f6f) changes ${differing} pixels`,
          );
        }
      }

      for (const width of WIDTHS) {
        await driver.setWidth(page, width);
        for (const story of stories) {
          await openStory(page, server.base, story.id);
          for (const theme of THEMES) {
            await render(page, theme);
            const shot = `${story.id}--${width}--${theme}`;
            const file = `${baselineDir}${name}/${shot}.png`;
            const actual = await driver.shoot(page);
            shots++;
            if (options.update) {
              const previous = await readFile(file).catch(() => undefined);
              if (previous && compare(previous, actual).differing === 0) continue;
              await mkdir(`${baselineDir}${name}`, { recursive: true });
              await writeFile(file, actual);
              console.log(`${previous ? 'updated' : 'new'} ${name}/${shot}.png`);
              continue;
            }
            const expected = await readFile(file).catch(() => undefined);
            if (!expected) {
              failures.push(`${name}/${shot}: no baseline (run \`npm run test:visual -- --update\`)`);
              continue;
            }
            const result = compare(expected, actual);
            if (result.differing === 0) continue;
            await mkdir(`${outputDir}${name}`, { recursive: true });
            await writeFile(`${outputDir}${name}/${shot}.actual.png`, actual);
            if (result.diff) await writeFile(`${outputDir}${name}/${shot}.diff.png`, result.diff);
            failures.push(`${name}/${shot}: ${result.reason} (see .tmp/visual/${name}/${shot}.diff.png)`);
          }
        }
      }
    } finally {
      await driver.close();
    }
    console.log(`${name}: done`);
  }
} finally {
  server.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
if (failures.length) {
  console.log(`\n✗ ${failures.length} of ${shots} shots failed (${seconds} s):\n  ${failures.join('\n  ')}`);
  console.log(
    '\nIf the change is intended (a component’s CSS changed), update the baselines with\n' +
      '`npm run test:visual -- --update`, look at them, and commit test/visual-baselines/.',
  );
  process.exit(1);
}
console.log(
  `\n✓ ${shots} shots ${options.update ? 'written or unchanged' : 'match their baselines'} ` +
    `(${stories.length} stories × ${WIDTHS.length} widths × ${THEMES.length} themes × ${browsers.length} browsers, ${seconds} s)`,
);
