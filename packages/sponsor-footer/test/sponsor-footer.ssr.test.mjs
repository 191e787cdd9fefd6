// Server rendering in Node with @lit-labs/ssr.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

test('renders the footer, roles and ICP link on the server', async () => {
  const output = await collectResult(
    render(
      html`<civic-sponsor-footer
        lang="zh-CN"
        sponsor="河滨市人民政府"
        icp="湘ICP备05002289号"
      ></civic-sponsor-footer>`,
    ),
  );
  assert.match(output, /<footer part="footer"/);
  assert.match(output, /主办单位(<!--[^>]*-->)*：/);
  assert.match(output, /href="https:\/\/beian\.miit\.gov\.cn\/"/);
});
