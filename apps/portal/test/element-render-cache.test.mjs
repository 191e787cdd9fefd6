// The build renders each element's shadow root once for the pages that show it alike
// (scripts/element-render-cache.mjs): what it repeats must be what Lit would have rendered, for
// every element, and an element it cannot key (a property binding) must render afresh.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@civic-elements/article-header';
import '@civic-elements/column-nav';
import '@civic-elements/font-size-toggle';
import '@civic-elements/reading-tools';
import '@civic-elements/sponsor-footer';
import { createCachedElementRenderer } from '../scripts/element-render-cache.mjs';
import { HYDRATION_MARKERS } from '../scripts/valid-html.mjs';

/** What Lit renders, without its hydration markers (as the build writes it). */
const plain = async (template) => (await collectResult(render(template))).replace(HYDRATION_MARKERS, '');
const cached = async (template, renderer) =>
  (await collectResult(render(template, { elementRenderers: [renderer] }))).replace(HYDRATION_MARKERS, '');

const elements = (lang, target) =>
  html`<civic-reading-tools for=${target} lang=${lang}></civic-reading-tools>
    <civic-font-size-toggle levels="1,1.25,1.5" lang=${lang}></civic-font-size-toggle>
    <civic-article-header lang=${lang}><h1 slot="heading">Title</h1></civic-article-header>
    <civic-column-nav current="/en/" lang=${lang}
      ><ul>
        <li><a href="/en/">Home</a></li>
      </ul></civic-column-nav
    >
    <civic-sponsor-footer lang=${lang}><p>Sponsor</p></civic-sponsor-footer>`;

test('repeated elements render exactly as Lit renders them, first, second and later times', async () => {
  const renderer = createCachedElementRenderer();
  for (const [lang, target] of [
    ['en', 'main'],
    ['zh-CN', 'article-body'],
    ['en', 'main'],
    ['zh-CN', 'article-body'],
    ['en', 'article-body'],
    ['en', 'main'],
  ]) {
    const expected = await plain(elements(lang, target));
    assert.equal(expected.match(/shadowrootmode="open"/g)?.length, 5, 'five shadow roots');
    assert.equal(await cached(elements(lang, target), renderer), expected, `${lang} ${target}`);
  }
});

test('an element with other attributes is rendered for them, not repeated from another', async () => {
  const renderer = createCachedElementRenderer();
  const toggle = (lang) => html`<civic-font-size-toggle lang=${lang}></civic-font-size-toggle>`;
  for (let round = 0; round < 3; round += 1) await cached(toggle('en'), renderer);
  const chinese = await cached(toggle('zh-CN'), renderer);
  assert.equal(chinese, await plain(toggle('zh-CN')));
  assert.notEqual(chinese, await plain(toggle('en')), 'the two languages render differently');
});

test('an element bound by property renders afresh each time', async () => {
  const renderer = createCachedElementRenderer();
  const labelled = (label) =>
    html`<civic-column-nav lang="en" .strings=${{ label }}><ul></ul></civic-column-nav>`;
  for (const label of ['First', 'First', 'First', 'Second']) {
    const output = await cached(labelled(label), renderer);
    assert.equal(output, await plain(labelled(label)));
    assert.ok(output.includes(`aria-label="${label}"`), `${label}: ${output.slice(0, 400)}`);
  }
});
