// Server rendering in Node with @lit-labs/ssr: the entry must render without a DOM, storage or
// window, as a declarative shadow root that hides itself when the page runs no JavaScript.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

test('renders the entry button, collapsed, and an empty live region', async () => {
  const output = await collectResult(
    render(html`<civic-reading-tools for="article-body"></civic-reading-tools>`),
  );
  assert.match(output, /<template shadowroot(mode)?="open"/);
  assert.equal(output.match(/<button/g)?.length, 1);
  assert.match(output, /aria-expanded="false"/);
  assert.match(output, />\s*Reading tools/);
  assert.match(output, /role="status"/);
  // No panel until it is asked for: it is loaded on first open.
  assert.doesNotMatch(output, /fieldset|part="panel"/);
});

test('hides itself when the page runs no JavaScript', async () => {
  const output = await collectResult(render(html`<civic-reading-tools></civic-reading-tools>`));
  assert.match(output, /@media \(scripting:\s?none\),\s?print\s?\{:host\{display:none\}\}/);
});

test('uses the element’s own lang on the server', async () => {
  const hans = await collectResult(render(html`<civic-reading-tools lang="zh-CN"></civic-reading-tools>`));
  assert.match(hans, />\s*阅读辅助/);
  const hant = await collectResult(render(html`<civic-reading-tools lang="zh-TW"></civic-reading-tools>`));
  assert.match(hant, />\s*閱讀輔助/);
});

test('renders the open attribute as an expanded button, with no panel until the client loads it', async () => {
  const output = await collectResult(render(html`<civic-reading-tools open></civic-reading-tools>`));
  assert.equal(output.match(/<button/g)?.length, 1);
  assert.match(output, /aria-expanded="true"/);
  assert.doesNotMatch(output, /fieldset|part="panel"/);
});
