// The portal at municipal scale (issue 25): long columns are split into pages with an accessible
// page navigation, and an edit rebuilds only what it changes, to the same bytes as a full build.
// Content is generated from the demo's articles (scripts/generate-content.mjs) into a temporary
// folder; nothing of apps/portal/content or dist is touched.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { axeViolations } from '@civic-elements/tooling/axe.mjs';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { generateContent } from '../scripts/generate-content.mjs';
import { SEARCH_DOCUMENTS, shardOf } from '../scripts/search-index.mjs';
import { createPortalServer, readBuiltHeaders } from '../scripts/server.mjs';

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
const run = promisify(execFile);
const app = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'portal-scale-'));
after(() => rmSync(work, { recursive: true, force: true }));

// The incremental builds split the search index into shards of 10 articles (8 per language for
// 60 articles), as 10,000 articles are split by the default of 1,000.
const SHARDED = { SEARCH_SHARD_ARTICLES: '10' };
/** Builds; an object after the arguments adds to the environment. */
async function build(content, dist, ...args) {
  const env = typeof args.at(-1) === 'object' ? args.pop() : {};
  const { stdout } = await run(process.execPath, [join(app, 'scripts/build.mjs'), ...args], {
    cwd: app,
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ...env },
  });
  return stdout;
}
// The build's record of the content files it read and checked, by their stamps (size, times,
// inode): two builds of the same content differ there, and nothing in it is served.
const CHECKED_CONTENT = '.civic-portal-checked-content';
/** Every file of a folder with the SHA-256 of its bytes (but the record of checked content). */
function snapshot(dir, prefix = '') {
  const files = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (path === CHECKED_CONTENT) continue;
    if (entry.isDirectory()) Object.assign(files, { [`${path}/`]: 'folder' }, snapshot(dir, path));
    else
      files[path] = createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex');
  }
  return files;
}
/** Each shard of the search index, by name, with a hash of all its files. */
function shardSnapshots(dist) {
  return Object.fromEntries(
    readdirSync(join(dist, 'pagefind')).map((name) => [
      name,
      createHash('sha256')
        .update(JSON.stringify(snapshot(join(dist, 'pagefind', name))))
        .digest('hex'),
    ]),
  );
}
const text = (html) => html.replace(/<!--[^]*?-->/g, '');
const page = (dist, path) => text(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const links = (html) => [...html.matchAll(/<a class="article-link" href="([^"]+)"/g)].map((m) => m[1]);

describe('a column longer than a page', () => {
  const content = join(work, 'content-150');
  const dist = join(work, 'dist-150');
  let slugs;
  before(async () => {
    slugs = generateContent(content, 150);
    await build(content, dist);
  });

  test('is listed 20 articles a page, at …/page/2/ and on, each article once, newest first', () => {
    const news = slugs.filter((slug) => /^(central-library|evening-bus)/.test(slug));
    assert.ok(news.length > 40 && news.length <= 60, `${news.length} news articles`);
    const listed = [];
    for (const [number, path] of [
      [1, 'en/columns/news'],
      [2, 'en/columns/news/page/2'],
      [3, 'en/columns/news/page/3'],
    ]) {
      const shown = links(page(dist, path));
      assert.ok(shown.length === 20 || (number === 3 && shown.length > 0), `${path}: ${shown.length}`);
      listed.push(...shown);
    }
    assert.deepEqual(
      listed,
      news.map((slug) => `/en/columns/news/${slug}/`),
    );
    assert.ok(!existsSync(join(dist, 'en/columns/news/page/1')), 'page 1 is the column itself');
    assert.ok(!existsSync(join(dist, 'en/columns/news/page/4')));
  });

  test('names the page in the title and heading, in each language', () => {
    const en = page(dist, 'en/columns/news/page/2');
    assert.match(en, /<title>News – page 2 of 3 – Riverside Municipal Portal<\/title>/);
    assert.match(en, /<h2>Articles in this column – page 2 of 3<\/h2>/);
    const zh = page(dist, 'zh/columns/news/page/2');
    assert.match(zh, /<title>要闻动态 – 第2页，共3页 – /);
    const hant = page(dist, 'zh-hant/columns/news/page/2');
    assert.match(hant, /<title>要聞動態 – 第2頁，共3頁 – /);
    assert.match(hant, /rel="prev">上一頁<\/a>/);
    assert.match(zh, /aria-label="本栏目分页"/);
    assert.match(zh, /rel="prev">上一页<\/a>/);
  });

  test('links previous, next and every page number, the current one marked', () => {
    const nav = (path) => /<nav class="pagination"[^]*?<\/nav>/.exec(page(dist, path))?.[0];
    const first = nav('en/columns/news');
    assert.match(first, /aria-label="Pages of this column"/);
    assert.doesNotMatch(first, /rel="prev"/);
    assert.match(
      first,
      /<a class="pagination-step" href="\/en\/columns\/news\/page\/2\/" rel="next">Next page<\/a>/,
    );
    const second = nav('en/columns/news/page/2');
    assert.match(second, /href="\/en\/columns\/news\/" rel="prev">Previous page/);
    assert.match(second, /href="\/en\/columns\/news\/page\/3\/" rel="next">Next page/);
    const current = [
      ...second.matchAll(/<a\s+href="([^"]+)"\s+aria-label="([^"]+)"\s+(aria-current="page"\s+)?>(\d+)<\/a/g),
    ];
    assert.deepEqual(
      current.map(([, href, label, mark, number]) => [href, label, Boolean(mark), number]),
      [
        ['/en/columns/news/', 'Page 1', false, '1'],
        ['/en/columns/news/page/2/', 'Page 2', true, '2'],
        ['/en/columns/news/page/3/', 'Page 3', false, '3'],
      ],
    );
    assert.doesNotMatch(nav('en/columns/news/page/3'), /rel="next"/);
  });

  test('a column that fits one page shows no page navigation', async () => {
    const short = join(work, 'content-short');
    const shortDist = join(work, 'dist-short');
    generateContent(short, 30);
    await build(short, shortDist);
    for (const column of ['news', 'special', 'policies', 'services']) {
      assert.doesNotMatch(page(shortDist, `en/columns/${column}`), /class="pagination"/, column);
      assert.ok(!existsSync(join(shortDist, 'en/columns', column, 'page')), column);
    }
  });

  test('the column stays marked in the site navigation on every page of it', () => {
    assert.match(page(dist, 'en/columns/news/page/3'), /<a href="\/en\/columns\/news\/" aria-current="true"/);
  });

  test('every page stays small', () => {
    for (const path of ['en/columns/news/page/2', 'zh/columns/news', 'zh-hant/columns/news', 'en']) {
      const size = readFileSync(join(dist, path, 'index.html')).length;
      assert.ok(size < 100_000, `${path}: ${size} bytes`);
    }
  });

  test('in a browser: axe finds nothing, page links are 44 px targets, Tab reaches them in order', async () => {
    const headers = JSON.parse(readFileSync(join(dist, 'security-headers.json'), 'utf8'));
    const server = createPortalServer({ root: dist, headers });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
    try {
      const labels = {
        en: ['Pages of this column', 'Page 2', ['Previous page', '1', '2', '3', 'Next page']],
        zh: ['本栏目分页', '第2页', ['上一页', '1', '2', '3', '下一页']],
        'zh-hant': ['本欄目分頁', '第2頁', ['上一頁', '1', '2', '3', '下一頁']],
      };
      for (const [lang, width] of [
        ['en', 1280],
        ['zh', 320],
        ['zh-hant', 320],
      ]) {
        const tab = await browser.newPage({ viewport: { width, height: 800 } });
        await tab.goto(`http://127.0.0.1:${server.address().port}/${lang}/columns/news/page/2/`);
        assert.deepEqual(await axeViolations(tab), [], `${lang} ${width}`);
        const nav = tab.getByRole('navigation', { name: labels[lang][0] });
        const current = nav.getByRole('link', { name: labels[lang][1], exact: true });
        assert.equal(await current.getAttribute('aria-current'), 'page');
        for (const link of await nav.getByRole('link').all()) {
          const box = await link.boundingBox();
          assert.ok(
            box.width >= 44 && box.height >= 44,
            `${lang} ${width}: ${await link.textContent()} ${box.width}×${box.height}`,
          );
        }
        assert.ok(
          await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
          `${lang} ${width}: no sideways scroll`,
        );
        // Keyboard: focus the link before the navigation's first, then Tab through it in order.
        const names = [];
        await nav.getByRole('link').first().focus();
        for (let i = 0; i < 5; i += 1) {
          names.push(await tab.evaluate(() => document.activeElement.textContent.trim()));
          await tab.keyboard.press('Tab');
        }
        assert.deepEqual(names, labels[lang][2]);
        await tab.close();
      }
    } finally {
      await browser.close();
      server.close();
      server.closeAllConnections();
    }
  });
});

describe('an incremental build', () => {
  const content = join(work, 'content-60');
  const dist = join(work, 'dist-incremental');
  const fresh = join(work, 'dist-fresh');
  let slugs;
  before(async () => {
    slugs = generateContent(content, 60);
    assert.match(await build(content, dist, SHARDED), /full build/);
  });

  /** A full build of the same content elsewhere: the incremental result must equal it. */
  async function assertSameAsFullBuild() {
    rmSync(fresh, { recursive: true, force: true });
    assert.match(await build(content, fresh, '--full', SHARDED), /full build/);
    assert.deepEqual(snapshot(dist), snapshot(fresh));
  }
  const rewritten = (stdout) => Number(/incremental: (\d+) rewritten/.exec(stdout)?.[1]);
  /** The HTML pages whose bytes differ between two snapshots (not the search documents). */
  const changedPages = (before, after) =>
    Object.keys(after)
      .filter((file) => file.endsWith('.html') && !file.startsWith(`${SEARCH_DOCUMENTS}/`))
      .filter((file) => after[file] !== before[file])
      .sort();
  /** The search documents written (or removed) between two snapshots, without their shard. */
  const changedSearchDocuments = (before, after) =>
    [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter((file) => file.startsWith(`${SEARCH_DOCUMENTS}/`) && file.endsWith('.html'))
      .filter((file) => after[file] !== before[file])
      .map((file) => file.split('/').slice(2).join('/'))
      .sort();

  test('an archive built as soon as it is written is on record once its files settle: the next build reads none again', () => {
    // The content was generated just before the first build: each file then was younger than two
    // seconds, too young to trust its stamp. Still the same at the end of the build, each is on
    // record, with the stamp it has.
    const { files } = JSON.parse(readFileSync(join(dist, CHECKED_CONTENT), 'utf8'));
    assert.deepEqual(Object.keys(files).sort(), slugs.map((slug) => `articles/${slug}.json`).sort());
    for (const [name, { stamp }] of Object.entries(files)) {
      const stats = statSync(join(content, name));
      assert.equal(stamp, `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}:${stats.dev}`, name);
    }
  });

  test('with nothing changed writes nothing', async () => {
    const before = snapshot(dist);
    assert.equal(rewritten(await build(content, dist, SHARDED)), 0);
    assert.deepEqual(snapshot(dist), before);
  });

  test('an English edit touches no Chinese page; a Simplified edit rewrites the Traditional page too', async () => {
    const slug = slugs[5];
    const file = join(content, 'articles', `${slug}.json`);
    const article = JSON.parse(readFileSync(file, 'utf8'));
    article.en.body.push('Correction: a paragraph was added.');
    writeFileSync(file, JSON.stringify(article));
    let before = snapshot(dist);
    await build(content, dist, SHARDED);
    const path = (lang) => `${lang}/columns/${article.column}/${slug}/index.html`;
    assert.deepEqual(changedPages(before, snapshot(dist)), [path('en')]);
    await assertSameAsFullBuild();

    article.zh.body.push('更正：本文已增加一段说明。');
    writeFileSync(file, JSON.stringify(article));
    before = snapshot(dist);
    await build(content, dist, SHARDED);
    assert.deepEqual(changedPages(before, snapshot(dist)), [path('zh-hant'), path('zh')].sort());
    assert.match(page(dist, `zh-hant/columns/${article.column}/${slug}`), /更正：本文已增加一段說明。/);
    await assertSameAsFullBuild();
  });

  test("an edit that keeps the file's size and modification time is still built (an unchanged file is not read again)", async () => {
    const slug = slugs[6];
    const name = `articles/${slug}.json`;
    const file = join(content, name);
    const checked = () => JSON.parse(readFileSync(join(dist, CHECKED_CONTENT), 'utf8')).files;
    // A modification time of whole seconds, which utimes can put back to the nanosecond.
    const time = new Date('2026-07-01T00:00:00Z');
    utimesSync(file, time, time);
    const { size } = statSync(file);
    const stamp = () => {
      const { mtimeNs } = statSync(file, { bigint: true });
      return [statSync(file).size, mtimeNs];
    };
    const stampBefore = stamp();
    // Built again with nothing else changed, once the file is over two seconds old: on record.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await build(content, dist, SHARDED);
    assert.ok(checked()[name], 'the file is on record');
    // The same number of bytes, and the same modification time put back, as `touch -r` or an
    // unpacked archive would: only its change time (ctime) tells.
    const article = JSON.parse(readFileSync(file, 'utf8'));
    article.en.title = article.en.title.replace(/^./, (first) => (first === 'X' ? 'Y' : 'X'));
    writeFileSync(file, JSON.stringify(article, null, 2));
    utimesSync(file, time, time);
    assert.deepEqual(stamp(), stampBefore);
    assert.equal(statSync(file).size, size);
    const before = snapshot(dist);
    await build(content, dist, SHARDED);
    assert.deepEqual(
      changedPages(before, snapshot(dist)).filter((path) => path.includes(slug)),
      [`en/columns/${article.column}/${slug}/index.html`],
    );
    assert.ok(page(dist, `en/columns/${article.column}/${slug}`).includes(article.en.title.slice(0, 12)));
    await assertSameAsFullBuild();
  });

  test("the converter's version is part of the keys: another version's output is built again whole", async () => {
    const marker = join(dist, '.civic-portal-build');
    const record = JSON.parse(readFileSync(marker, 'utf8'));
    assert.match(record.converter, /^opencc-js@\d+\.\d+\.\d+ /);
    writeFileSync(marker, JSON.stringify({ ...record, converter: 'opencc-js@0.0.1 cn→twp' }));
    assert.match(await build(content, dist, SHARDED), /full build/);
    await assertSameAsFullBuild();
  });

  test('a page deleted by hand is written again', async () => {
    // Failed before: the record said the page was there, and nothing was written.
    rmSync(join(dist, 'en', 'columns', 'news', 'index.html'));
    const stdout = await build(content, dist, SHARDED);
    assert.equal(rewritten(stdout), 1, stdout);
    assert.ok(existsSync(join(dist, 'en', 'columns', 'news', 'index.html')));
    await assertSameAsFullBuild();
  });

  test('after one article is edited rewrites only its pages, its listings and the home pages', async () => {
    // A copy of a seed whose Traditional text is all converted (the waste-sorting one overrides its body).
    const slug = slugs[4];
    const file = join(content, 'articles', `${slug}.json`);
    const article = JSON.parse(readFileSync(file, 'utf8'));
    article.en.title = 'A corrected title';
    article.zh.body.push('更正：本文标题已更新。');
    writeFileSync(file, JSON.stringify(article));
    const shardsBefore = shardSnapshots(dist);
    const before = snapshot(dist);
    const stdout = await build(content, dist, SHARDED);
    // Its page in each language, its column's first listing page in English, the English home.
    assert.ok(rewritten(stdout) > 0 && rewritten(stdout) <= 12, stdout);
    assert.match(page(dist, `en/columns/${article.column}/${slug}`), /A corrected title/);
    // The search index: of its 24 shards, only the three that hold the article are written again
    // (the Traditional page changed with the Simplified one).
    const shardsAfter = shardSnapshots(dist);
    assert.equal(Object.keys(shardsAfter).length, 24);
    assert.deepEqual(
      Object.keys(shardsAfter).filter((name) => shardsAfter[name] !== shardsBefore[name]),
      [`en-${shardOf(slug, 8)}`, `zh-${shardOf(slug, 8)}`, `zh-hant-${shardOf(slug, 8)}`],
    );
    // Of the search documents those shards are made from, only the article's are written again.
    assert.deepEqual(
      changedSearchDocuments(before, snapshot(dist)),
      ['en', 'zh', 'zh-hant'].map((lang) => `${lang}/columns/${article.column}/${slug}/index.html`).sort(),
    );
    await assertSameAsFullBuild();
  });

  test("an edit after the clock was set back still writes the article's search documents again", async () => {
    const slug = slugs[5];
    const file = join(content, 'articles', `${slug}.json`);
    const article = JSON.parse(readFileSync(file, 'utf8'));
    const documents = ['en', 'zh', 'zh-hant'].map((lang) =>
      join(
        dist,
        SEARCH_DOCUMENTS,
        `${lang}-${shardOf(slug, 8)}`,
        lang,
        'columns',
        article.column,
        slug,
        'index.html',
      ),
    );
    // As if the last build ran while the clock was an hour ahead: its documents are newer than
    // any page written now.
    const ahead = new Date(Date.now() + 3600_000);
    for (const document of documents) utimesSync(document, ahead, ahead);
    article.en.title = 'A title written after the clock was corrected';
    writeFileSync(file, JSON.stringify(article));
    await build(content, dist, SHARDED);
    assert.match(readFileSync(documents[0], 'utf8'), /A title written after the clock was corrected/);
    await assertSameAsFullBuild();
  });

  test('after an article is deleted and another added, matches a full build (pages of the deleted one gone)', async () => {
    const gone = slugs[10];
    const { column } = JSON.parse(readFileSync(join(content, 'articles', `${gone}.json`), 'utf8'));
    rmSync(join(content, 'articles', `${gone}.json`));
    const before = snapshot(dist);
    const added = JSON.parse(readFileSync(join(content, 'articles', `${slugs[0]}.json`), 'utf8'));
    added.published = '2026-07-01T10:00:00+08:00';
    added.en = { ...added.en, title: 'A new article' };
    writeFileSync(join(content, 'articles', 'a-new-article.json'), JSON.stringify(added));
    await build(content, dist, SHARDED);
    for (const lang of ['en', 'zh', 'zh-hant']) {
      assert.ok(!existsSync(join(dist, lang, 'columns', column, gone)), `${lang}: ${gone} still there`);
      assert.ok(existsSync(join(dist, lang, 'columns', added.column, 'a-new-article', 'index.html')));
    }
    // The deleted article's search documents go, with their folders; the new one's are written.
    assert.deepEqual(
      changedSearchDocuments(before, snapshot(dist)),
      ['en', 'zh', 'zh-hant']
        .flatMap((lang) => [
          `${lang}/columns/${column}/${gone}/index.html`,
          `${lang}/columns/${added.column}/a-new-article/index.html`,
        ])
        .sort(),
    );
    await assertSameAsFullBuild();
  });

  /**
   * An incremental build of `dist` that fails once it has written and removed its pages: the
   * search index's folder is taken away and a file put in its place, so the build stops when it
   * comes to the index, as a build killed then would. The folder is put back after.
   */
  async function buildFailingAtSearchIndex() {
    const aside = join(work, 'search-index-aside');
    renameSync(join(dist, 'pagefind'), aside);
    writeFileSync(join(dist, 'pagefind'), '');
    try {
      await assert.rejects(build(content, dist, SHARDED));
    } finally {
      rmSync(join(dist, 'pagefind'));
      renameSync(aside, join(dist, 'pagefind'));
    }
  }

  /** Deletes an article's file; gives its path, its text and its column, to put it back. */
  function deleteArticle(slug) {
    const file = join(content, 'articles', `${slug}.json`);
    const original = readFileSync(file, 'utf8');
    rmSync(file);
    return { file, original, column: JSON.parse(original).column };
  }

  test('a build that fails after removing a deleted article, then the article restored: the next build writes its pages back', async () => {
    const slug = slugs[7];
    const { file, original, column } = deleteArticle(slug);
    await buildFailingAtSearchIndex();
    assert.ok(!existsSync(join(dist, 'en', 'columns', column, slug)), 'the failed build removed its pages');
    writeFileSync(file, original);
    await build(content, dist, SHARDED);
    for (const lang of ['en', 'zh', 'zh-hant']) {
      assert.ok(
        existsSync(join(dist, lang, 'columns', column, slug, 'index.html')),
        `${lang}: ${slug} missing`,
      );
    }
    await assertSameAsFullBuild();
  });

  test('a build that fails after removing a deleted article, then built again: the next build finishes the removal', async () => {
    // Failed before: the next build listed the folders the failed one had removed, and stopped.
    const slug = slugs[8];
    const { file, original, column } = deleteArticle(slug);
    await buildFailingAtSearchIndex();
    await build(content, dist, SHARDED);
    for (const lang of ['en', 'zh', 'zh-hant']) {
      assert.ok(!existsSync(join(dist, lang, 'columns', column, slug)), `${lang}: ${slug} still there`);
    }
    await assertSameAsFullBuild();
    // The 60 articles again, which the tests below count on.
    writeFileSync(file, original);
    await build(content, dist, SHARDED);
  });

  test('a build that fails after writing an edit, then the edit undone: the next build writes the pages back', async () => {
    const slug = slugs[6];
    const file = join(content, 'articles', `${slug}.json`);
    const original = readFileSync(file, 'utf8');
    const article = JSON.parse(original);
    article.en.title = 'An edit that was never finished';
    writeFileSync(file, JSON.stringify(article));
    await buildFailingAtSearchIndex();
    const path = `en/columns/${article.column}/${slug}`;
    assert.match(page(dist, path), /An edit that was never finished/, 'the failed build wrote the page');
    // The editor takes the edit back: the content is again what the last finished build read.
    writeFileSync(file, original);
    await build(content, dist, SHARDED);
    assert.doesNotMatch(page(dist, path), /never finished/);
    await assertSameAsFullBuild();
  });

  test('in a browser, a search over the shards finds what one index of the same articles finds', async () => {
    const single = join(work, 'dist-one-index');
    await build(content, single);
    assert.deepEqual(readdirSync(join(single, 'pagefind')).sort(), ['en-0', 'zh-0', 'zh-hant-0']);
    const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
    /** The status and result links of a search on the search page of the site in `root`. */
    async function search(root, lang, query) {
      const server = createPortalServer({ root, ...(await readBuiltHeaders(root)) });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      const tab = await browser.newPage();
      try {
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.goto(
          `http://127.0.0.1:${server.address().port}/${lang}/search/?q=${encodeURIComponent(query)}`,
        );
        await tab.waitForFunction(() => {
          const text = document.querySelector('[data-search-status]').textContent;
          return text !== '' && !text.endsWith('…');
        });
        assert.deepEqual(errors, []);
        return {
          status: await tab.locator('[data-search-status]').textContent(),
          links: (
            await tab.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.pathname))
          ).sort(),
        };
      } finally {
        await tab.close();
        server.close();
        server.closeAllConnections();
      }
    }
    try {
      for (const [lang, query, found] of [
        ['en', 'library', true],
        // Several words: pages with all of them, though most shards have none.
        ['en', 'evening bus', true],
        ['zh', '垃圾分类', true],
        ['zh', '居住证', true],
        ['zh-hant', '垃圾分類', true],
        ['zh-hant', '居住證', true],
        // A word no page has is left out, as one index does.
        ['en', 'library qwzx', true],
        // Both words are known, and no page has both: nothing.
        ['en', 'library flood', false],
      ]) {
        const sharded = await search(dist, lang, query);
        const whole = await search(single, lang, query);
        assert.equal(whole.links.length >= 5, found, `${lang} ${query}: ${whole.status}`);
        assert.deepEqual(sharded, whole, `${lang} ${query}`);
        // Found in several shards, so merging them is what found them.
        const shards = new Set(sharded.links.map((path) => shardOf(path.split('/').at(-2), 8)));
        assert.ok(!found || shards.size > 1, `${lang} ${query}: one shard`);
      }
    } finally {
      await browser.close();
    }
  });

  test("after the site's footer is edited, matches a full build (every page shows the footer)", async () => {
    const file = join(content, 'site.json');
    const site = JSON.parse(readFileSync(file, 'utf8'));
    site.en.footer.sponsor = 'Riverside Municipal Government Office (renamed)';
    writeFileSync(file, JSON.stringify(site));
    await build(content, dist, SHARDED);
    assert.match(page(dist, 'en/accessibility'), /Government Office \(renamed\)/);
    await assertSameAsFullBuild();
  });

  test("after site.json's Simplified text is edited, the Traditional pages show it converted", async () => {
    const file = join(content, 'site.json');
    const site = JSON.parse(readFileSync(file, 'utf8'));
    site.zh.tagline = '河滨市人民政府官方网站（虚构城市，内容已更新）';
    writeFileSync(file, JSON.stringify(site));
    await build(content, dist, SHARDED);
    assert.match(page(dist, 'zh-hant'), /河濱市人民政府官方網站（虛構城市，內容已更新）/);
    await assertSameAsFullBuild();
  });

  test('when the articles outgrow their shards, each language splits into twice as many, as a full build does', async () => {
    // 60 articles in shards of at most 10: 8 a language; 21 more make 16.
    const source = readFileSync(join(content, 'articles', `${slugs[1]}.json`), 'utf8');
    for (let n = 1; n <= 21; n += 1) {
      writeFileSync(join(content, 'articles', `more-news-${n}.json`), source);
    }
    assert.equal(Object.keys(shardSnapshots(dist)).length, 24);
    await build(content, dist, SHARDED);
    assert.equal(Object.keys(shardSnapshots(dist)).length, 48);
    // Every article's search documents are in the shard its slug names now, and only there.
    const documents = readdirSync(join(dist, SEARCH_DOCUMENTS), { recursive: true }).filter((path) =>
      path.endsWith('.html'),
    );
    const articlePages = ['en', 'zh', 'zh-hant'].flatMap((lang) =>
      readdirSync(join(dist, lang, 'columns'), { recursive: true })
        .filter(
          (path) =>
            /^[^/]+\/[^/]+\/index\.html$/.test(path) && !path.startsWith('page/', path.indexOf('/') + 1),
        )
        .map((path) => `${lang}/columns/${path}`),
    );
    assert.ok(articlePages.length > 200, `${articlePages.length} article pages`);
    assert.deepEqual(documents.map((path) => path.split('/').slice(1).join('/')).sort(), articlePages.sort());
    for (const path of documents) {
      const [shard, ...rest] = path.split('/');
      assert.equal(shard.replace(/-\d+$/, '') + '-' + shardOf(rest.at(-2), 16), shard, path);
    }
    await assertSameAsFullBuild();
  });

  test('--full rebuilds everything', async () => {
    assert.match(await build(content, dist, '--full', SHARDED), /full build/);
    await assertSameAsFullBuild();
  });
});

describe('an interrupted build', () => {
  // Enough articles for the writer threads (over 50 pages) and for a few seconds of writing.
  const content = join(work, 'content-interrupted');
  const dist = join(work, 'dist-interrupted');
  before(() => generateContent(content, 300));

  /** Starts a build; resolves with its exit code once `ready()` holds and it was sent SIGINT. */
  async function interrupt(ready) {
    const child = spawn(process.execPath, [join(app, 'scripts/build.mjs')], {
      cwd: app,
      env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
    const started = Date.now();
    while (!ready()) {
      assert.ok(Date.now() - started < 60_000, 'the build never got there');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGINT');
    return exited;
  }
  /** Every path under `dir` (folders end in "/"), without following links. */
  const everything = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true }).map(
      (entry) =>
        join(entry.parentPath ?? entry.path, entry.name).slice(dir.length) + (entry.isDirectory() ? '/' : ''),
    );

  test('a full build interrupted while its pages are written leaves nothing behind', async () => {
    // Failed before, now and then: the half-built folder was removed while the writer threads
    // went on writing into it, the removal failed (ENOTEMPTY) and the folder stayed.
    const building = () => readdirSync(work).find((name) => name.startsWith('.dist-interrupted-building-'));
    const code = await interrupt(() => {
      const folder = building();
      return folder !== undefined && existsSync(join(work, folder, SEARCH_DOCUMENTS));
    });
    assert.equal(code, 130);
    assert.equal(building(), undefined);
    assert.ok(!existsSync(dist));
  });

  test('a folder left by a build killed outright is removed by the next build', async () => {
    // A process that has ended: its id names no running build.
    const ended = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => ended.once('exit', resolve));
    const left = join(work, `.dist-interrupted-building-${ended.pid}`);
    mkdirSync(join(left, 'en'), { recursive: true });
    writeFileSync(join(left, 'en', 'index.html'), 'half a page');
    await build(content, dist);
    assert.ok(!existsSync(left));
    // The build's own search scratch folder, left in the live site the same way.
    const scratch = join(dist, `.search-${ended.pid}`);
    mkdirSync(scratch);
    await build(content, dist);
    assert.ok(!existsSync(scratch));
  });

  test('an incremental build interrupted while its pages are written leaves no temporary file, and the next build finishes it', async () => {
    // Failed before: a page's temporary file, written and not yet renamed, stayed in the live site.
    assert.ok(existsSync(join(dist, '.civic-portal-build')), 'needs the build above');
    for (const name of readdirSync(join(content, 'articles'))) {
      const file = join(content, 'articles', name);
      const article = JSON.parse(readFileSync(file, 'utf8'));
      article.en.title += ' (revised)';
      article.zh.title += '（修订）';
      writeFileSync(file, JSON.stringify(article));
    }
    const record = join(dist, '.civic-portal-build');
    const before = readFileSync(record, 'utf8');
    // The record is written again just before the first page; the pages are being written a
    // moment after.
    let changedAt;
    const code = await interrupt(() => {
      changedAt ??= readFileSync(record, 'utf8') !== before ? Date.now() : undefined;
      return changedAt !== undefined && Date.now() - changedAt > 300;
    });
    assert.deepEqual(
      everything(dist).filter((path) => path.endsWith('.tmp') || /\/\.search-\d+\/$/.test(path)),
      [],
    );
    assert.equal(code, 130);
    await build(content, dist);
    const fresh = join(work, 'dist-interrupted-fresh');
    await build(content, fresh, '--full');
    assert.deepEqual(snapshot(dist), snapshot(fresh));
  });
});
