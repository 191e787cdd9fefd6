// Site search (issue 25): /en/search/, /zh/search/ and /zh-hant/search/, linked from every masthead, search the
// articles with the Pagefind index the build writes, Chinese words included; the form works from
// the keyboard, the number of results is announced politely, and without JavaScript the page says
// how else to find an article. Only the search pages' policy allows WebAssembly. In Chromium here;
// test/search.test.ts runs the search in Firefox and WebKit.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import { axeViolations } from '@civic-elements/tooling/axe.mjs';
import { formatText } from '../src/templates/page.mjs';
import { pagefindBinary } from '../scripts/search-index.mjs';
import { convertDeep, withOverride } from '../scripts/traditional.mjs';
import { dist, htmlFiles, useBuiltSite } from './built-site.mjs';

/** The site's strings in each language, the Traditional ones as the build converts them. */
const strings = JSON.parse(await readFile(new URL('../content/site.json', import.meta.url), 'utf8'));
strings['zh-hant'] = withOverride(convertDeep(strings.zh), strings['zh-hant']);

const site = useBuiltSite();
const run = promisify(execFile);

/** A page that records console errors, page errors and CSP violations. */
async function watchedPage(options = {}) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { page, context, problems };
}

const status = (page) => page.locator('[data-search-status]');
async function searchFor(page, query) {
  const field = page.locator('#search-query');
  await field.fill(query);
  await field.press('Enter');
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-search-status]').textContent;
      return text !== '' && !text.endsWith('…');
    },
    null,
    { timeout: 15_000 },
  );
}
const resultLinks = (page) =>
  page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));

test('every page in a language links to that language’s search from its masthead', async () => {
  const files = (await htmlFiles())
    .map((file) => relative(dist, file).split(sep).join('/'))
    .filter((file) => /^(en|zh|zh-hant)\//.test(file));
  assert.ok(files.length >= 45, `${files.length} pages`);
  for (const file of files) {
    const lang = file.split('/')[0];
    const html = await readFile(join(dist, file), 'utf8');
    assert.match(html, new RegExp(`<a\\s+class="search-link"\\s+href="/${lang}/search/"`), file);
  }
});

test('only the search pages allow WebAssembly, in their meta policy and in the server’s header', async () => {
  for (const path of [
    '/en/search/',
    '/zh/search/',
    '/zh-hant/search/',
    '/en/',
    '/zh-hant/',
    '/zh/columns/news/',
    '/en/columns/news/central-library-reopens/',
  ]) {
    const response = await fetch(site.base + path);
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
    const search = path.endsWith('/search/');
    assert.equal(meta.includes('wasm-unsafe-eval'), search, `${path} meta`);
    assert.equal(
      response.headers.get('content-security-policy').includes("'wasm-unsafe-eval'"),
      search,
      `${path} header`,
    );
    // Everything else in the policy is the same: no unsafe-eval, no unsafe-inline.
    assert.doesNotMatch(response.headers.get('content-security-policy'), /'unsafe-(?:eval|inline)'/, path);
  }
});

test('the index is what Pagefind makes of the whole article pages, though the build gives it only each article', async () => {
  const work = await mkdtemp(join(tmpdir(), 'search-whole-pages-'));
  try {
    for (const lang of ['en', 'zh', 'zh-hant']) {
      // The language's article pages, as they are served.
      const site = join(work, lang, 'site');
      for (const file of await htmlFiles(join(dist, lang, 'columns'))) {
        const html = await readFile(file, 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        await mkdir(dirname(join(site, relative(dist, file))), { recursive: true });
        await writeFile(join(site, relative(dist, file)), html);
      }
      const output = join(work, lang, 'index');
      await run(pagefindBinary, ['--site', site, '--output-path', output, '--silent']);
      const shard = join(dist, 'pagefind', `${lang}-0`);
      const built = [];
      for (const path of await readdir(shard, { recursive: true })) {
        if ((await stat(join(shard, path))).isFile()) built.push(path);
      }
      assert.ok(built.length > 5, `${lang}: ${built.length} files`);
      for (const file of built) {
        assert.ok(
          (await readFile(join(shard, file))).equals(await readFile(join(output, file))),
          `${lang}: pagefind/${lang}-0/${file} differs`,
        );
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

describe('searching in a browser', () => {
  for (const [lang, query, title, href] of [
    [
      'en',
      'library',
      'Central Library reopens with a large-print reading room',
      '/en/columns/news/central-library-reopens/',
    ],
    ['zh', '垃圾分类', '生活垃圾分类新规问答', '/zh/columns/policies/household-waste-sorting/'],
    ['zh', '居住证', '居住证网上申领和续签指南', '/zh/columns/services/online-residence-permit/'],
    ['zh-hant', '垃圾分類', '生活垃圾分類新規問答', '/zh-hant/columns/policies/household-waste-sorting/'],
    ['zh-hant', '居住證', '居住證網上申領和續簽指南', '/zh-hant/columns/services/online-residence-permit/'],
  ]) {
    test(`${lang}: “${query}” finds its article, and the count is announced politely`, async () => {
      const { page, context, problems } = await watchedPage();
      await page.goto(`${site.base}/${lang}/search/`);
      await searchFor(page, query);
      assert.deepEqual(await resultLinks(page), [[title, href]]);
      assert.equal(await status(page).getAttribute('role'), 'status');
      assert.equal(await status(page).textContent(), formatText(strings[lang].search.resultsOne, { query }));
      // The words found are marked in the excerpt, as text.
      assert.ok((await page.locator('[data-search-results] mark').count()) > 0);
      // The search is in the address, so it can be shared or reloaded.
      assert.equal(new URL(page.url()).searchParams.get('q'), query);
      // The advice for pages without JavaScript is not shown.
      assert.equal(await page.locator('.search-no-script').isVisible(), false);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('Pagefind loads on first use of the form, not with the page', async () => {
    const { page, context, problems } = await watchedPage();
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.base}/en/search/`);
    await page.waitForTimeout(500);
    assert.deepEqual(
      fetched.filter((path) => path.startsWith('/pagefind/')),
      [],
    );
    await Promise.all([
      page.waitForRequest((request) => request.url().endsWith('/pagefind/en-0/pagefind.js')),
      page.locator('#search-query').focus(),
    ]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('from the keyboard: Tab reaches the field, Enter searches, focus stays, Tab goes on to the results', async () => {
    const { page, context, problems } = await watchedPage();
    await page.goto(`${site.base}/en/search/`);
    // Tab from the top of the page until the field has focus.
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.id === 'search-query'))) {
      await page.keyboard.press('Tab');
      assert.ok((steps += 1) < 30, 'the field is not reached by Tab');
    }
    await page.keyboard.type('embankment');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /result/.test(document.querySelector('[data-search-status]').textContent),
    );
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-query');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Search');
    await page.keyboard.press('Tab');
    const [[, first]] = await resultLinks(page);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), first);
    assert.ok(
      (await resultLinks(page)).some(([, href]) => href === '/en/columns/special/flood-defence-plan/'),
      'the embankment plan is among the results',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a search in the address runs on load; no results and markup typed in are said as text', async () => {
    const { page, context, problems } = await watchedPage();
    await page.goto(`${site.base}/en/search/?q=library`);
    await page.waitForFunction(() =>
      /result/.test(document.querySelector('[data-search-status]').textContent),
    );
    assert.equal(await page.locator('#search-query').inputValue(), 'library');
    const hostile = '<b>qqzx</b>';
    await searchFor(page, hostile);
    assert.equal(
      await status(page).textContent(),
      `No results for “${hostile}”. Check the spelling, or try fewer or different words.`,
    );
    assert.equal(await page.locator('main b').count(), 0);
    assert.equal(await page.locator('[data-search-results]').isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('axe finds nothing on either language’s search page with results shown, at 320 and 1280 px', async () => {
    for (const [lang, query, width] of [
      ['en', 'bus', 1280],
      ['zh', '图书馆', 320],
      ['zh-hant', '圖書館', 320],
    ]) {
      const { page, context } = await watchedPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.base}/${lang}/search/`);
      await searchFor(page, query);
      assert.deepEqual(await axeViolations(page), [], `${lang} ${width}`);
      assert.ok(
        await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
        `${lang} ${width}`,
      );
      await context.close();
    }
  });

  test('without JavaScript the page says how else to find an article, lists the columns, and the form still sends', async () => {
    const { page, context } = await watchedPage({ javaScriptEnabled: false });
    await page.goto(`${site.base}/zh/search/`);
    assert.match(await page.locator('.search-no-script').textContent(), /site:riverside\.example/);
    assert.equal(await page.locator('.search-no-script').isVisible(), true);
    assert.equal(await page.locator('main .column-list a').count(), 4);
    await page.locator('#search-query').fill('公交');
    await page.locator('#search-query').press('Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    assert.equal(new URL(page.url()).searchParams.get('q'), '公交');
    await context.close();
  });
});
