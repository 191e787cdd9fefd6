// The pre-paint scripts resolve by their package subpaths, as Node and bundlers resolve them, and
// they are classic scripts (no import or export), fit for <script src> as well as for a side-effect
// import. Failed before: neither file was in @civic-elements/all's `exports` (Vite refused
// `import '@civic-elements/all/restore-font-size.js'`), and the component packages shipped only an
// ES module to call from a "classic script" (issue 23). Run after the build.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { chromium } from 'playwright-core';
import { publint } from 'publint';
import { build } from 'vite';
import { chromePath, chromiumArgs } from '@civic-elements/tooling/browsers.mjs';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';

const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
const PRE_PAINT = {
  all: ['restore-font-size.js', 'restore-reading-settings.js'],
  'font-size-toggle': ['restore-font-size.js'],
  'reading-tools': ['restore-reading-settings.js'],
};

for (const [name, files] of Object.entries(PRE_PAINT)) {
  for (const file of files) {
    const specifier = `@civic-elements/${name}/${file}`;
    test(`${specifier} resolves to a classic script in dist/`, () => {
      const path = fileURLToPath(import.meta.resolve(specifier));
      assert.equal(path, join(packagesDir, name, 'dist', file));
      // A module with import or export statements fails to compile as a classic script.
      assert.doesNotThrow(() => new Script(readFileSync(path, 'utf8'), { filename: path }));
    });
  }
  test(`${name}: publint --strict finds nothing`, async () => {
    const { messages } = await publint({ pkgDir: join(packagesDir, name), strict: true });
    assert.deepEqual(messages, []);
  });
}

test("the README's Vite recipe: the classic script inlined first in <head>, the side-effect import bundled, the first paint at the remembered size", async () => {
  const fixture = fileURLToPath(new URL('./vite-recipe/', import.meta.url));
  const config = readFileSync(join(fixture, 'vite.config.js'), 'utf8');
  assert.ok(
    readFileSync(new URL('../README.md', import.meta.url), 'utf8').includes(config),
    'README.md shows vite-recipe/vite.config.js as it is',
  );
  const outDir = mkdtempSync(join(tmpdir(), 'civic-vite-recipe-'));
  try {
    await build({ root: fixture, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const classic = readFileSync(
      fileURLToPath(import.meta.resolve('@civic-elements/all/restore-font-size.js')),
      'utf8',
    );
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    const firstScript = head.indexOf('<script');
    assert.ok(firstScript >= 0, 'a script in <head>');
    assert.equal(head.indexOf('<script>'), firstScript, 'the first script is inline and classic');
    assert.ok(head.includes(classic.trim()), 'it is restore-font-size.js');
    // The bundle carries the side-effect import: only the pre-paint script looks for its own tag.
    const bundle = /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)?.[1];
    assert.ok(bundle, 'the bundle is linked');
    assert.match(readFileSync(join(outDir, bundle), 'utf8'), /document\.currentScript/);

    // The first paint of the built page, with 150% remembered and the bundle held back until
    // after it: the text is already at 24px.
    const server = createStaticServer({ root: outDir });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.addInitScript(() => localStorage.setItem('civic-font-size', '1.5'));
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(`**/${bundle}`, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
      const atFirstPaint = await page.evaluate(() => getComputedStyle(document.querySelector('p')).fontSize);
      assert.equal(await page.evaluate(() => Boolean(customElements.get('civic-font-size-toggle'))), false);
      assert.equal(atFirstPaint, '24px');
      release();
      await page.waitForFunction(() => customElements.get('civic-font-size-toggle'));
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
