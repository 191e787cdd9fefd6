// A plain project that installs every component package from the registry and bundles a page
// with esbuild, once for production and once with the `development` condition. The packages come
// from tooling/components.mjs, so a new component is installed, bundled and rendered here with no
// edit. Run alone: node --test scripts/consumers/esbuild/check.mjs
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { components } from '@civic-elements/tooling/components.mjs';
import {
  openPage,
  REHEARSAL_PAGE,
  useBrowserAndServer,
  waitForRendered,
  whatReadersSee,
  withEveryComponent,
} from '../browser.mjs';
import { bin, run, useRehearsal } from '../registry.mjs';

// Counts the `lang` observers (each may observe several roots: the document and shadow roots)
// and collects warnings, before any page script runs.
function watch() {
  const observers = new Set();
  window.langObservers = 0;
  window.warnings = [];
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (target, options) {
    if (options?.attributeFilter?.includes('lang')) window.langObservers = observers.add(this).size;
    return observe.call(this, target, options);
  };
  console.warn = (...args) => window.warnings.push(args.join(' '));
}

describe('esbuild: a bundled page with every component package', () => {
  let rehearsal;
  let dir;
  let installDir;

  before(async () => {
    rehearsal = await useRehearsal('esbuild', 'esbuild');
    ({ dir, installDir } = rehearsal);
    // Each package imported by name, its class kept to compare with what the tag is defined as.
    await writeFile(
      join(dir, 'main.js'),
      [
        ...components.map(({ packageName, className }) => `import { ${className} } from '${packageName}';`),
        `window.rehearsalClasses = { ${components
          .map(({ tag, className }) => `'${tag}': ${className}`)
          .join(', ')} };`,
      ].join('\n'),
    );
    const esbuild = bin(installDir, 'esbuild');
    const bundle = ['main.js', '--bundle', '--format=esm'];
    await run(esbuild, [...bundle, '--outfile=out.js'], { cwd: dir });
    await run(esbuild, [...bundle, '--conditions=development', '--outfile=dev.js'], { cwd: dir });
    const page = withEveryComponent(await readFile(join(dir, 'index.html'), 'utf8'));
    await writeFile(join(dir, 'index.html'), page);
    await writeFile(join(dir, 'dev.html'), page.replace('src="out.js"', 'src="dev.js"'));
  });
  after(() => rehearsal?.close());
  const app = useBrowserAndServer(() => dir);

  it('holds one copy of @civic-elements/core in the bundle', async () => {
    const bundle = await readFile(join(dir, 'out.js'), 'utf8');
    assert.equal(bundle.split('civic-elements.core.v1').length - 1, 1);
  });

  for (const [build, file] of [
    ['production', 'index.html'],
    ['development', 'dev.html'],
  ]) {
    it(`${build} build: every component defines its tag as its exported class and renders`, async () => {
      const { page, errors } = await openPage(app.browser);
      try {
        await page.goto(`${app.server.origin}/${file}`);
        await waitForRendered(
          page,
          components.map(({ tag }) => tag),
        );
        const misdefined = await page.evaluate(() =>
          Object.entries(window.rehearsalClasses)
            .filter(([tag, element]) => customElements.get(tag) !== element)
            .map(([tag]) => tag),
        );
        assert.deepEqual(misdefined, []);
        assert.deepEqual(await whatReadersSee(page), {
          ...REHEARSAL_PAGE,
          level1Headings: ['Rehearsal', 'Second'],
        });
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }

  it('production build: one lang observer for the page, no warnings', async () => {
    const { page, errors } = await openPage(app.browser, { init: watch });
    try {
      await page.goto(`${app.server.origin}/index.html`);
      await waitForRendered(
        page,
        components.map(({ tag }) => tag),
      );
      const [observers, warnings] = await page.evaluate(() => [window.langObservers, window.warnings]);
      assert.equal(observers, 1, 'lang observers');
      assert.deepEqual(warnings, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('development build (`development` condition): one lang observer, warns about published="yesterday"', async () => {
    const { page, errors } = await openPage(app.browser, { init: watch });
    try {
      await page.goto(`${app.server.origin}/dev.html`);
      await waitForRendered(
        page,
        components.map(({ tag }) => tag),
      );
      const [observers, warnings] = await page.evaluate(() => [window.langObservers, window.warnings]);
      assert.equal(observers, 1, 'lang observers');
      assert.ok(
        warnings.some((warning) => warning.includes('<civic-article-header> published="yesterday"')),
        `no warning about published="yesterday" among ${JSON.stringify(warnings)}`,
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
