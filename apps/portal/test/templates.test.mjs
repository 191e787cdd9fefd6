// The page templates rendered with Lit SSR in Node: what the server writes must be what the
// components would write, so nothing changes when an island upgrades.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { findCurrent } from '@civic-elements/column-nav/current-link.js';
import { pageBody } from '../src/templates/page.mjs';
import { convertDeep, withOverride } from '../scripts/traditional.mjs';

const site = JSON.parse(
  await readFile(fileURLToPath(new URL('../content/site.json', import.meta.url)), 'utf8'),
);
site['zh-hant'] = withOverride(convertDeep(site.zh), site['zh-hant']);
const assets = { prepaint: { code: 'restore()', hash: "'sha256-x'" } };
const BASE = 'https://riverside.example/';

async function renderBody(path, main = html``) {
  const lang = site.languages.find((each) => path.startsWith(`/${each}/`)) ?? 'en';
  const alternates = site.languages
    .filter((other) => other !== lang)
    .map((other) => ({ lang: other, path: `/${other}/`, translated: true }));
  const context = { site, lang, alternates, path, assets };
  return collectResult(render(pageBody(context, main)));
}

/** The nav's links, the `current` it is given, and the aria-current the server wrote. */
function navOf(body) {
  const nav = /<civic-column-nav\b([^>]*)>([\s\S]*?)<\/civic-column-nav>/.exec(body);
  const current = /\scurrent="([^"]*)"/.exec(nav[1])[1];
  const links = [...nav[2].matchAll(/<a\b([^>]*)>/g)].map(([, attributes]) => ({
    href: /\shref="([^"]*)"/.exec(attributes)[1],
    ariaCurrent: /\saria-current="([^"]*)"/.exec(attributes)?.[1],
  }));
  return { current, links };
}

test("the server marks the current nav link by the nav element's own rule, known page or not", async () => {
  const paths = [
    '/en/',
    '/zh/',
    '/en/columns/news/',
    '/zh/columns/special/',
    '/en/columns/special/standing-committee-27th-meeting/',
    '/en/404.html',
    '/zh/404.html',
    '/zh-hant/',
    '/zh-hant/columns/services/',
    '/zh-hant/404.html',
    '/',
    // Paths the portal does not build today: the element would still mark something.
    '/en/about/',
    '/en/columns/news/index.html',
    '/zh/columns/policies/archive/2019/',
  ];
  for (const path of paths) {
    const { current, links } = navOf(await renderBody(path));
    const match = findCurrent(links, current, BASE);
    for (const link of links) {
      assert.equal(link.ariaCurrent, match?.link === link ? match.kind : undefined, `${path}: ${link.href}`);
    }
  }
});

test('404 pages mark no column, whatever URL they are served at', async () => {
  for (const path of ['/en/404.html', '/zh/404.html', '/zh-hant/404.html']) {
    assert.doesNotMatch(await renderBody(path), /aria-current/);
  }
});

test('the language switch is a list named in the page language, one link per other language', async () => {
  const body = (await renderBody('/zh-hant/columns/news/')).replace(/<!--[\s\S]*?-->/g, '');
  const list = /<ul class="language-switch" aria-label="([^"]+)">([\s\S]*?)<\/ul>/.exec(body);
  assert.equal(list[1], '語言');
  const links = [
    ...list[2].matchAll(/<a\s+href="([^"]+)"\s+hreflang="([^"]+)"\s+lang="([^"]+)"\s*>([^<]+)<\/a/g),
  ].map((m) => m.slice(1));
  assert.deepEqual(links, [
    ['/en/', 'en', 'en', 'English'],
    ['/zh/', 'zh-CN', 'zh-CN', '简体中文'],
  ]);
});
