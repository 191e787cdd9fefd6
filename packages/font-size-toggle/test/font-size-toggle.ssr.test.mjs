// Server rendering in Node with @lit-labs/ssr: the toggle must render without a DOM, storage or
// window, and produce a declarative shadow root with the same controls the browser shows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

test('renders a declarative shadow root with the group and one button per level', async () => {
  const output = await collectResult(
    render(html`<civic-font-size-toggle for="article-body" levels="1,2"></civic-font-size-toggle>`),
  );
  assert.match(output, /<template shadowroot(mode)?="open"/);
  assert.match(output, /role="group"/);
  assert.equal(output.match(/<button/g)?.length, 2);
  assert.match(output, /aria-pressed="true"/);
  assert.match(output, />Text size</);
});

test('uses the Chinese label when the element itself carries a zh lang', async () => {
  const output = await collectResult(
    render(html`<civic-font-size-toggle lang="zh-CN"></civic-font-size-toggle>`),
  );
  assert.match(output, />字号</);
});
