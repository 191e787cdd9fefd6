// The generated wrappers, in Node: one per element of the manifests, exported under the class
// name, and safe under react-dom/server (the bare tag with React's own attributes; element
// properties and event listeners arrive after hydration). Run after the build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import * as wrappers from '@civic-elements/react';

test('one wrapper per element, under the class name', () => {
  assert.deepEqual(Object.keys(wrappers).sort(), [
    'ArticleHeader',
    'ColumnNav',
    'FontSizeToggle',
    'ReadingTools',
    'SponsorFooter',
  ]);
  for (const [name, component] of Object.entries(wrappers)) assert.equal(component.displayName, name);
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
  for (const file of ['../dist/index.js', '../dist/development/index.js']) {
    assert.match(await readFile(new URL(file, import.meta.url), 'utf8'), /^['"]use client['"];/, file);
  }
});
