// What the tests of the built portal share: its pages found in dist/, and a server with a browser
// for the tests of one file. Build first (`npm run build`).
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { createPortalServer, readBuiltHeaders } from '../scripts/server.mjs';

export const dist = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * Every HTML file of the built site, as absolute paths, sorted. Dot-folders are the build's own
 * (search documents, records) and are not served, as both servers hide dotfiles.
 */
export async function htmlFiles(dir = dist) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) found.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** The address of every page (each folder's index.html): "/", "/en/", "/en/columns/news/", … */
export async function pagePaths() {
  return (await htmlFiles())
    .filter((file) => basename(file) === 'index.html')
    .map((file) => `/${relative(dist, dirname(file)).split(sep).join('/')}/`.replace('//', '/'))
    .sort();
}

/**
 * Serves the built site, with its headers, and opens Chromium, before this file's tests; both
 * close after them. Read `site.base` and `site.browser` inside the tests.
 */
export function useBuiltSite() {
  requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
  const site = { base: '', browser: undefined };
  let server;
  before(async () => {
    server = createPortalServer({ root: dist, ...(await readBuiltHeaders(dist)) });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    site.base = `http://127.0.0.1:${server.address().port}`;
    site.browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  });
  after(async () => {
    await site.browser?.close();
    server?.close();
    server?.closeAllConnections();
  });
  return site;
}
