// Text spacing (WCAG 1.4.12, issue 24): with the spacing a reader's own style sheet may set (line
// height 1.5 ×, paragraph spacing 2 ×, letter spacing 0.12 × and word spacing 0.16 × the font size,
// on every element, shadow roots included), every kind of page still fits a 320 px screen with no
// sideways scroll and no text cut off, at 100% and at 200% root text. A column with a second page
// is built from generated articles into a temporary folder; dist/ is not touched.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { generateContent } from '../scripts/generate-content.mjs';
import { createPortalServer, readBuiltHeaders } from '../scripts/server.mjs';

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
const app = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'portal-spacing-'));
const dist = join(work, 'dist');

// One page of each kind, in both languages (the root and the 404 page once each).
const PAGES = [
  '/',
  '/nope/',
  ...['en', 'zh'].flatMap((lang) => [
    `/${lang}/`,
    `/${lang}/columns/news/`,
    `/${lang}/columns/news/page/2/`,
    `/${lang}/columns/news/evening-bus-services-2/`,
    `/${lang}/search/`,
    `/${lang}/accessibility/`,
  ]),
];

const SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p, li, dd, dt, blockquote, figcaption { margin-block-end: 2em !important; }
`;

let server;
let browser;
let base;
before(async () => {
  generateContent(join(work, 'content'), 50);
  await promisify(execFile)(process.execPath, [join(app, 'scripts/build.mjs')], {
    cwd: app,
    env: { ...process.env, CONTENT_DIR: join(work, 'content'), DIST_DIR: dist },
  });
  server = createPortalServer({ root: dist, ...(await readBuiltHeaders(dist)) });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
  server?.closeAllConnections();
  rmSync(work, { recursive: true, force: true });
});

/**
 * In the page: adds the spacing style sheet to the document and to every shadow root, then lists
 * what does not fit: the page wider than the screen, and text cut off by a box that hides its
 * overflow (the visually hidden texts, clipped on purpose, aside).
 */
function misfits(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const roots = [document];
  for (let i = 0; i < roots.length; i++)
    for (const element of roots[i].querySelectorAll('*'))
      if (element.shadowRoot) roots.push(element.shadowRoot);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

  const found = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth)
    found.push(`page is ${page.scrollWidth} px wide on a ${page.clientWidth} px screen`);
  for (const root of roots)
    for (const element of root.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.clipPath.startsWith('inset(50%')) continue;
      if (!element.checkVisibility({ visibilityProperty: true }) || !element.textContent.trim()) continue;
      const hidesX = ['hidden', 'clip'].includes(style.overflowX);
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      const cutX = hidesX && element.scrollWidth > element.clientWidth + 1;
      const cutY = hidesY && element.scrollHeight > element.clientHeight + 1;
      if (cutX || cutY)
        found.push(
          `<${element.localName}> "${element.textContent.replace(/\s+/g, ' ').trim().slice(0, 30)}" cut off`,
        );
    }
  return found;
}

for (const [rootSize, label] of [
  ['', '100%'],
  ['200%', '200% root text'],
]) {
  for (const javaScript of [true, false]) {
    test(`every page kind fits 320 px with 1.4.12 text spacing at ${label}, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
      const context = await browser.newContext({
        viewport: { width: 320, height: 900 },
        javaScriptEnabled: javaScript,
      });
      const page = await context.newPage();
      const found = [];
      for (const path of PAGES) {
        await page.goto(base + path);
        await page.waitForLoadState('load');
        if (javaScript)
          await page.waitForSelector(
            'civic-reading-tools[data-load-on-use], html:not(:has(civic-reading-tools))',
            { state: 'attached' },
          );
        if (rootSize)
          await page.evaluate(
            (size) => document.documentElement.style.setProperty('font-size', size),
            rootSize,
          );
        for (const misfit of await page.evaluate(misfits, SPACING)) found.push(`${path}: ${misfit}`);
      }
      await context.close();
      assert.deepEqual(found, []);
    });
  }
}
