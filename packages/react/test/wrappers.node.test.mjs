// The generated wrappers, in Node: one per element of the manifests, exported under the class
// name, and safe under react-dom/server (the bare tag with React's own attributes; element
// properties and event listeners arrive after hydration). Run after the build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import * as wrappers from '@civic-elements/react';
import { components } from '@civic-elements/tooling/components.mjs';

test('one wrapper per component, under the class name, and the helpers of the civic blocks (useFontSizeValue)', () => {
  const helpers = components.flatMap(({ react }) => Object.values(react.helpers).flat());
  assert.ok(helpers.includes('useFontSizeValue'));
  assert.deepEqual(
    Object.keys(wrappers).sort(),
    [...components.map(({ className }) => className), ...helpers].sort(),
  );
  for (const [name, component] of Object.entries(wrappers)) {
    if (!helpers.includes(name)) assert.equal(component.displayName, name);
  }
});

test('react-dom/server renders the elements with their children', () => {
  const html = renderToString(
    h(
      wrappers.ArticleHeader,
      { heading: 'Notice', headingLevel: 2, id: 'header' },
      h(wrappers.FontSizeToggle, { slot: 'actions', htmlFor: 'body', onFontSizeChange: () => {} }),
    ),
  );
  assert.equal(
    html,
    '<civic-article-header id="header"><civic-font-size-toggle slot="actions"></civic-font-size-toggle></civic-article-header>',
  );
});

test('react-dom/server renders the reading tools as the bare tag: no panel, no listener', () => {
  const html = renderToString(
    h(wrappers.ReadingTools, { htmlFor: 'body', storageKey: '', onReadingToolsChange: () => {} }),
  );
  assert.equal(html, '<civic-reading-tools></civic-reading-tools>');
});

test('the published modules are client modules', async () => {
  const { readFile } = await import('node:fs/promises');
  const files = ['index', ...Object.keys(PER_COMPONENT)].flatMap((name) => [
    `../dist/${name}.js`,
    `../dist/development/${name}.js`,
  ]);
  for (const file of files) {
    assert.match(await readFile(new URL(file, import.meta.url), 'utf8'), /^['"]use client['"];/, file);
  }
});

// Cherry-picking: `@civic-elements/react/<package>` exports that package's wrapper alone, the same
// component as the index's, and registers only its element. Failed before: the package exported
// nothing but its index (ERR_PACKAGE_PATH_NOT_EXPORTED).
const PER_COMPONENT = {
  'font-size-toggle': 'FontSizeToggle',
  'article-header': 'ArticleHeader',
  'column-nav': 'ColumnNav',
  'sponsor-footer': 'SponsorFooter',
  'reading-tools': 'ReadingTools',
};

test('one import path per component, exporting its wrapper', async () => {
  for (const [path, name] of Object.entries(PER_COMPONENT)) {
    const specifier = `@civic-elements/react/${path}`;
    const module = await import(specifier);
    const helpers = path === 'font-size-toggle' ? ['useFontSizeValue'] : [];
    assert.deepEqual(Object.keys(module), [name, ...helpers], specifier);
    assert.equal(module[name], wrappers[name], specifier);
  }
});

test('publint --strict finds nothing', async () => {
  const { publint } = await import('publint');
  const { messages } = await publint({ pkgDir: new URL('..', import.meta.url).pathname, strict: true });
  assert.deepEqual(messages, []);
});

test('a bundle of one cherry-picked component carries no other element', async () => {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: "export { FontSizeToggle } from '@civic-elements/react/font-size-toggle';",
      resolveDir: new URL('.', import.meta.url).pathname,
    },
    bundle: true,
    format: 'esm',
    write: false,
    external: ['react', 'react/*'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  assert.match(code, /civic-font-size-toggle/);
  for (const tag of [
    'civic-article-header',
    'civic-column-nav',
    'civic-sponsor-footer',
    'civic-reading-tools',
  ]) {
    assert.doesNotMatch(code, new RegExp(tag), tag);
  }
});
