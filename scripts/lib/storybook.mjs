// Shared by the scripts that drive the built Storybook (storybook-static) in real browsers:
// test-stories, test-visual, test-storybook-controls and a11y-tree.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';

export const storybookRoot = fileURLToPath(new URL('../../storybook-static', import.meta.url));

// The toolbar's values (.storybook/globals.ts keeps the same lists).
export const LOCALES = ['en', 'zh-CN', 'zh-Hant'];
export const THEMES = ['light', 'dark'];

/** The stories of the built Storybook, in index order; exits with a hint when it is not built. */
export async function readStories() {
  try {
    const index = JSON.parse(await readFile(`${storybookRoot}/index.json`, 'utf8'));
    return Object.values(index.entries).filter((entry) => entry.type === 'story');
  } catch {
    console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
    process.exit(1);
  }
}

/** Serves storybook-static on a free port of 127.0.0.1. */
export async function serveStorybook() {
  const server = createStaticServer({ root: storybookRoot });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Waits for the story root and the end of the story's play function (a story that opens a panel
 * awaits it there), then a frame and a moment for the elements' render.
 */
export async function storyReady(page) {
  await page.waitForSelector('.civic-story', { timeout: 15000 });
  // Storybook's own render state; when a future Storybook renames it, only the play wait is lost.
  await page.waitForFunction(() => {
    const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
    return !phase || ['played', 'completing', 'completed', 'finished', 'errored', 'aborted'].includes(phase);
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
}

/**
 * Switches the toolbar's globals of the open story without reloading it, as the toolbar does
 * (the `updateGlobals` event on Storybook's channel), and waits for the story to render again.
 * Works with Playwright and Puppeteer pages alike. A story that pins a global keeps its own.
 */
export async function setGlobals(page, globals) {
  await page.evaluate(
    (wanted) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const root = document.querySelector('.civic-story');
        const settle = () => requestAnimationFrame(() => setTimeout(resolve, 100));
        if (root && root.lang === wanted.locale && root.dataset.theme === wanted.theme) {
          settle();
          return;
        }
        const timer = setTimeout(settle, 3000); // a pinned global: nothing re-renders
        channel.once('storyRendered', () => {
          clearTimeout(timer);
          settle();
        });
        channel.emit('updateGlobals', { globals: wanted });
      }),
    globals,
  );
}
