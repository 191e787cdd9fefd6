// Server rendering in Node with @lit-labs/ssr: no DOM, no window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../dist/index.js';

test('renders the heading and the <time datetime> into a declarative shadow root', async () => {
  const output = await collectResult(
    render(
      html`<civic-article-header
        heading="Standing Committee meets"
        heading-level="2"
        source="Municipal E-Government Office"
        published="2019-12-29T20:30:07+08:00"
      ></civic-article-header>`,
    ),
  );
  assert.match(output, /<template shadowroot(mode)?="open"/);
  assert.match(output, /<h2 part="heading"\s*>(<!--[^>]*-->)*Standing Committee meets/);
  assert.match(
    output,
    /<time datetime="2019-12-29T20:30:07\+08:00"\s*>(<!--[^>]*-->)*29 December 2019, 20:30/,
  );
});

test('renders Chinese strings when the element carries a zh lang', async () => {
  const output = await collectResult(
    render(
      html`<civic-article-header
        lang="zh-CN"
        heading="会议"
        published="2019-12-29T20:30:07+08:00"
      ></civic-article-header>`,
    ),
  );
  assert.match(output, /发布时间：/);
  assert.match(output, /2019年12月29日 20:30/);
});

test('escapes a heading given as HTML', async () => {
  const output = await collectResult(
    render(html`<civic-article-header heading=${'<script>x</script>'}></civic-article-header>`),
  );
  assert.doesNotMatch(output, /<script>x/);
  assert.match(output, /&lt;script&gt;x/);
});

test('HTML-first: the content is light-DOM markup outside the declarative shadow root, which holds only slots', async () => {
  const { articleHeaderHtml } = await import('../dist/article-header.content.js');
  const output = await collectResult(
    render(
      html`<civic-article-header lang="en"
        >${articleHeaderHtml(
          {
            heading: 'Standing Committee meets',
            column: 'Special Column',
            columnHref: '/en/columns/special/',
            published: '2019-12-29T20:30:07+08:00',
          },
          { lang: 'en' },
        )}</civic-article-header
      >`,
    ),
  );
  const [, shadow, light] =
    /<template shadowroot[^>]*>([\s\S]*?)<\/template>([\s\S]*)<\/civic-article-header\s*>/.exec(output);
  assert.doesNotMatch(shadow, /<h1|Standing Committee/);
  assert.match(shadow, /<slot><\/slot>/);
  assert.match(light, /<h1 part="heading"\s*>(<!--[^>]*-->)*Standing Committee meets/);
  assert.match(light, /<a part="column-link" href="\/en\/columns\/special\/"/);
  assert.match(
    light,
    /<time datetime="2019-12-29T20:30:07\+08:00"\s*>(<!--[^>]*-->)*29 December 2019, 20:30/,
  );
});
