// Chromium and a static server for the strangers' pages, and what those pages show a reader.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { components } from '@civic-elements/tooling/components.mjs';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';
import { consumersRoot } from './registry.mjs';

export function launchChromium() {
  requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
  return chromium.launch({ executablePath: chromePath, args: chromiumArgs });
}

/** Serves `root` on 127.0.0.1; resolves to `{ origin, close }`. */
export async function serve(root) {
  const server = createStaticServer({ root });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Chromium, and the folder `root()` names served over HTTP, for the tests of the describe block
 * this is called in: started after the block's earlier `before` hooks (its build), closed after
 * its tests. Read `.browser` and `.server` inside the tests.
 */
export function useBrowserAndServer(root) {
  const app = {};
  before(async () => {
    app.browser = await launchChromium();
    app.server = await serve(root());
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * A new page that records the paths it requests, the errors its scripts throw, what it logs as
 * console errors and warnings (React's hydration mismatches among them), and every response with
 * an error status (`404 /path`).
 */
export async function openPage(browser, { init } = {}) {
  const page = await browser.newPage();
  if (init) await page.addInitScript(init);
  const requests = [];
  const errors = [];
  const consoleErrors = [];
  const consoleWarnings = [];
  const failedRequests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
    if (message.type() === 'warning') consoleWarnings.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return { page, requests, errors, consoleErrors, consoleWarnings, failedRequests };
}

/** The components whose tag or class name the markup or JSX in `text` writes as an element. */
export function elementsIn(text) {
  return components.filter(({ tag, className }) => new RegExp(`<(${tag}|${className})[\\s/>]`).test(text));
}

/** The components a project in scripts/consumers/ uses (its deliberate misspellings aside). */
export function elementsOfProject(project) {
  const dir = join(consumersRoot, project);
  const text = readdirSync(dir, { recursive: true })
    .filter((file) => /\.(html|tsx|vue|svelte|astro)$/.test(file) && !/misspelled/i.test(file))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
  return elementsIn(text);
}

/**
 * The page with a bare element added before </body> for every component it does not use, so a
 * component added to the repository is rehearsed with no edit here.
 */
export function withEveryComponent(html) {
  const used = new Set(elementsIn(html).map(({ tag }) => tag));
  const missing = components
    .filter(({ tag }) => !used.has(tag))
    .map(({ tag }) => `<${tag}></${tag}>`)
    .join('');
  return html.replace('</body>', `${missing}</body>`);
}

/** Waits until every tag's shadow root has rendered something; the error names those that have not. */
export async function waitForRendered(page, tags) {
  try {
    await page.waitForFunction(
      (names) => names.every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount > 0),
      tags,
      { timeout: 60_000 },
    );
  } catch {
    const missing = await page.evaluate(
      (names) => names.filter((tag) => !(document.querySelector(tag)?.shadowRoot?.childElementCount > 0)),
      tags,
    );
    throw new Error(`not rendered: ${missing.join(', ')}`);
  }
}

/** What a reader of the strangers' rehearsal page finds on it, by role and name. */
export async function whatReadersSee(page) {
  return {
    level1Headings: await page.getByRole('heading', { level: 1 }).allInnerTexts(),
    textSizeButtons: await page
      .getByRole('group', { name: 'Text size', exact: true })
      .getByRole('button')
      .count(),
    navigationLandmarks: await page.getByRole('navigation').count(),
    footerLandmarks: await page.getByRole('contentinfo').count(),
    readingToolsButtons: await page.getByRole('button', { name: 'Reading tools', exact: true }).count(),
  };
}

/** The rehearsal page as every stranger writes it: a header titled "Rehearsal" with a text size
 * toggle of three sizes, a column navigation, a sponsor footer and the reading tools. */
export const REHEARSAL_PAGE = {
  level1Headings: ['Rehearsal'],
  textSizeButtons: 3,
  navigationLandmarks: 1,
  footerLandmarks: 1,
  readingToolsButtons: 1,
};

/** Presses "A 150%" in the text size toggle; rejects with `message` unless `done` becomes true. */
export async function chooseTextSize150(
  page,
  done,
  message = 'the civic-font-size-change handler did not run',
) {
  await page
    .getByRole('group', { name: 'Text size', exact: true })
    .getByRole('button', { name: 'A 150%' })
    .click();
  await page.waitForFunction(done, undefined, { timeout: 15_000 }).catch(() => {
    throw new Error(message);
  });
}

/** The rehearsal pages' own handler: it writes the chosen size into #size. */
const sizeShows150 = () => document.getElementById('size')?.textContent === '1.5';

/**
 * The rehearsal page at `url` as a reader meets it: the elements `tags` render, the reader sees
 * REHEARSAL_PAGE, and "A 150%" runs the page's handler (`done`: #size reads 1.5 unless given),
 * with no error thrown. `more(page)` goes on with the same page. Resolves with what openPage
 * recorded, for a stranger's own checks.
 */
export async function checkRehearsalPage(browser, url, tags, { done = sizeShows150, more } = {}) {
  const recorded = await openPage(browser);
  const { page } = recorded;
  try {
    await page.goto(url);
    await waitForRendered(page, tags);
    // A server-rendered toggle shows before it is defined; only a defined one answers the press.
    await page.waitForFunction(() => customElements.get('civic-font-size-toggle') !== undefined);
    await page.getByRole('heading', { level: 1, name: 'Rehearsal' }).waitFor({ state: 'visible' });
    assert.deepEqual(await whatReadersSee(page), REHEARSAL_PAGE);
    await chooseTextSize150(page, done);
    await more?.(page);
    assert.deepEqual(recorded.errors, []);
    return recorded;
  } finally {
    await page.close();
  }
}
