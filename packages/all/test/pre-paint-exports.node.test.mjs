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
import { publint } from 'publint';
import { build } from 'vite';

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

test("the README's Vite recipe builds: the classic script inlined first in <head>, the side-effect import bundled", async () => {
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
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
