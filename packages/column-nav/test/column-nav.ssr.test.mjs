// Server rendering in Node with @lit-labs/ssr: no window, no location.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

test('renders the landmark and keeps the light-DOM links', async () => {
  const output = await collectResult(
    render(
      html`<civic-column-nav strings='{"label": "Site columns"}' current="/en/columns/news/">
        <ul>
          <li><a href="/en/columns/news/">News</a></li>
        </ul>
      </civic-column-nav>`,
    ),
  );
  assert.match(output, /<nav part="nav" aria-label="Site columns"/);
  assert.match(output, /<a href="\/en\/columns\/news\/">News<\/a>/);
});

test('renders Traditional Chinese when the element carries zh-TW', async () => {
  const output = await collectResult(render(html`<civic-column-nav lang="zh-TW"></civic-column-nav>`));
  assert.match(output, /<nav part="nav" aria-label="單元"/);
});
