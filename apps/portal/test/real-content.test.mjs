// Real municipal content, as a new user brings it, builds without invented data (issue 25): a
// footer with only a sponsor and an ICP number, an article in one language, local times as CMSs
// export them, no summary, and a Chinese office named on an English page. Each test builds a
// changed copy of the demo content into a temporary folder.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { convert } from '../scripts/traditional.mjs';

const run = promisify(execFile);
const app = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'portal-real-content-'));
after(() => rmSync(work, { recursive: true, force: true }));

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, data) => writeFileSync(file, JSON.stringify(data, null, 2));

/** Builds the demo content after `change(dir)`; returns a reader of the built pages. */
async function buildWith(name, change) {
  const content = join(work, `content-${name}`);
  const dist = join(work, `dist-${name}`);
  cpSync(join(app, 'content'), content, { recursive: true });
  change(content);
  const { stdout } = await run(process.execPath, [join(app, 'scripts/build.mjs')], {
    cwd: app,
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
  });
  // Lit's hydration markers (<!--lit-part-->) stripped, to read the markup as a reader's browser builds it.
  const page = (path) => readFileSync(join(dist, path, 'index.html'), 'utf8').replace(/<!--[^]*?-->/g, '');
  return { stdout, dist, page, exists: (path) => existsSync(join(dist, path, 'index.html')) };
}
const editArticle = (dir, slug, edit) => {
  const file = join(dir, 'articles', `${slug}.json`);
  const article = readJson(file);
  edit(article);
  writeJson(file, article);
};
const editSite = (dir, edit) => {
  const site = readJson(join(dir, 'site.json'));
  edit(site);
  writeJson(join(dir, 'site.json'), site);
};
const footerOf = (html) =>
  html.slice(html.indexOf('<civic-sponsor-footer'), html.indexOf('</civic-sponsor-footer>'));
const headOf = (html) => html.slice(0, html.indexOf('</head>'));
const switchOf = (html) =>
  html.slice(
    html.indexOf('<ul class="language-switch"'),
    html.indexOf('</ul>', html.indexOf('<ul class="language-switch"')),
  );

describe('a footer with only a sponsor and an ICP number', () => {
  let built;
  before(async () => {
    built = await buildWith('minimal-footer', (dir) =>
      editSite(dir, (site) => {
        for (const lang of site.languages) {
          // A converted language's footer comes from the one it is converted from.
          if (!site[lang].footer) continue;
          const { sponsor, icp } = site[lang].footer;
          site[lang].footer = { sponsor, icp };
        }
      }),
    );
  });

  test('builds, and the footer shows those two and nothing empty', () => {
    for (const path of ['en', 'zh', 'zh-hant', 'en/columns/news/central-library-reopens']) {
      const footer = footerOf(built.page(path));
      assert.match(footer, /Riverside Municipal People’s Government|河滨市人民政府|河濱市人民政府/);
      assert.match(footer, /湘ICP备05002289号/);
      // One role (the sponsor), one identifier (the ICP number), and no copyright line.
      assert.equal(footer.match(/<dt/g)?.length, 1, path);
      assert.equal(footer.match(/<li/g)?.length, 1, path);
      assert.doesNotMatch(footer, /part="copyright"|undefined|null|mailto:|tel:|beian\.mps/, path);
    }
  });
});

describe('an article published in one language', () => {
  let built;
  const slug = 'neighbourhood-noise-survey';
  before(async () => {
    built = await buildWith('one-language', (dir) =>
      writeJson(join(dir, 'articles', `${slug}.json`), {
        column: 'news',
        published: '2021-01-05T09:00:00+08:00',
        zh: {
          title: '社区噪声问卷调查开始',
          source: '市生态环境局',
          body: ['市生态环境局即日起开展社区噪声问卷调查，欢迎居民参与。'],
        },
      }),
    );
  });

  test('has its page in that language only, and in the Traditional Chinese converted from it', () => {
    assert.ok(built.exists(`zh/columns/news/${slug}`));
    assert.ok(built.exists(`zh-hant/columns/news/${slug}`));
    assert.ok(!built.exists(`en/columns/news/${slug}`));
    assert.match(built.stdout, /Built 49 pages/);
  });

  test('its language switch goes to the column in English, and no hreflang names an English translation', () => {
    for (const [lang, self, chinese] of [
      ['zh', 'zh-CN', ['zh-hant', 'zh-Hant']],
      ['zh-hant', 'zh-Hant', ['zh', 'zh-CN']],
    ]) {
      const html = built.page(`${lang}/columns/news/${slug}`);
      const links = [...switchOf(html).matchAll(/<a href="([^"]+)" hreflang="([^"]+)"/g)].map((m) => [
        m[1],
        m[2],
      ]);
      assert.deepEqual(links, [
        ['/en/columns/news/', 'en'],
        [`/${chinese[0]}/columns/news/${slug}/`, chinese[1]],
      ]);
      const alternates = [...headOf(html).matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map(
        (m) => m[1],
      );
      assert.deepEqual(alternates, [self, chinese[1]], lang);
    }
    assert.match(built.page(`zh-hant/columns/news/${slug}`), /噪聲問卷調查開始/);
  });

  test('is listed in its language only', () => {
    for (const path of ['zh', 'zh/columns/news'])
      assert.match(built.page(path), new RegExp(`/${slug}/`), path);
    for (const path of ['en', 'en/columns/news'])
      assert.doesNotMatch(built.page(path), new RegExp(slug), path);
  });

  test('without a summary, lists no summary and describes itself by its first paragraph', () => {
    const html = built.page(`zh/columns/news/${slug}`);
    assert.match(
      headOf(html),
      /<meta name="description" content="市生态环境局即日起开展社区噪声问卷调查，欢迎居民参与。">/,
    );
    const item = built
      .page('zh/columns/news')
      .split('<li>')
      .find((part) => part.includes(slug));
    assert.doesNotMatch(item, /article-summary/);
  });

  test('the translated articles still name each other', () => {
    const html = built.page('en/columns/news/central-library-reopens');
    const alternates = [...headOf(html).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
    assert.deepEqual(
      alternates.map((m) => m[1]),
      ['en', 'zh-CN', 'zh-Hant'],
    );
    assert.match(alternates[1][2], /\/zh\/columns\/news\/central-library-reopens\/$/);
    assert.match(alternates[2][2], /\/zh-hant\/columns\/news\/central-library-reopens\/$/);
  });
});

describe('a local time as CMSs export it', () => {
  const setTimes = (dir) =>
    editArticle(dir, 'central-library-reopens', (article) => {
      article.published = '2019-12-29 20:30:07';
      article.updated = '2020-07-01T08:00';
    });

  test('is read in Asia/Shanghai by default', async () => {
    const built = await buildWith('local-time', setTimes);
    const html = built.page('en/columns/news/central-library-reopens');
    assert.match(html, /<time datetime="2019-12-29T20:30:07\+08:00">29 December 2019, 20:30<\/time>/);
    assert.match(html, /<time datetime="2020-07-01T08:00\+08:00">1 July 2020, 08:00<\/time>/);
    assert.match(html, /"datePublished":"2019-12-29T20:30:07\+08:00"/);
    const zh = built.page('zh/columns/news/central-library-reopens');
    assert.match(zh, /<time datetime="2019-12-29T20:30:07\+08:00">2019年12月29日 20:30<\/time>/);
  });

  test('is read in the site’s timeZone, summer time included', async () => {
    const built = await buildWith('local-time-london', (dir) => {
      setTimes(dir);
      editSite(dir, (site) => (site.timeZone = 'Europe/London'));
    });
    const html = built.page('en/columns/news/central-library-reopens');
    assert.match(html, /<time datetime="2019-12-29T20:30:07Z">29 December 2019, 20:30<\/time>/);
    assert.match(html, /<time datetime="2020-07-01T08:00\+01:00">1 July 2020, 08:00<\/time>/);
  });
});

test('a Chinese office named on an English page is marked as Chinese', async () => {
  const built = await buildWith('chinese-source', (dir) =>
    editArticle(dir, 'central-library-reopens', (article) => {
      article.en.source = '市文化局';
    }),
  );
  const header = built.page('en/columns/news/central-library-reopens');
  assert.match(header, /<dd part="value"><span lang="zh">市文化局<\/span><\/dd>/);
  // On the Chinese page the same name needs no mark.
  assert.doesNotMatch(built.page('zh/columns/news/central-library-reopens'), /<span lang="zh">市文化局/);
});

describe('an article published in English only', () => {
  let built;
  const slug = 'cycle-lane-consultation';
  before(async () => {
    built = await buildWith('english-only', (dir) =>
      writeJson(join(dir, 'articles', `${slug}.json`), {
        column: 'news',
        published: '2021-02-01T09:00:00+08:00',
        en: {
          title: 'Cycle lane consultation opens',
          source: 'Municipal Transport Bureau',
          body: ['Residents can comment on the proposed riverside cycle lane until the end of March.'],
        },
      }),
    );
  });

  test('has no Chinese page of either script, and its switch goes to both Chinese columns', () => {
    assert.ok(built.exists(`en/columns/news/${slug}`));
    assert.ok(!built.exists(`zh/columns/news/${slug}`));
    assert.ok(!built.exists(`zh-hant/columns/news/${slug}`));
    const html = built.page(`en/columns/news/${slug}`);
    const links = [...switchOf(html).matchAll(/<a href="([^"]+)" hreflang="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    assert.deepEqual(links, [
      ['/zh/columns/news/', 'zh-CN'],
      ['/zh-hant/columns/news/', 'zh-Hant'],
    ]);
    const alternates = [...headOf(html).matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(alternates, ['en']);
    for (const path of ['zh-hant', 'zh-hant/columns/news'])
      assert.doesNotMatch(built.page(path), new RegExp(slug), path);
  });
});

describe('Traditional Chinese, converted from the Simplified text', () => {
  let built;
  before(async () => {
    built = await buildWith('traditional', (dir) => {
      editArticle(dir, 'evening-bus-services', (article) => {
        article['zh-hant'] = { title: '夜間公車延長服務', body: ['由內容檔案提供的段落。'] };
      });
      editSite(dir, (site) => {
        site['zh-hant'].footer = { operator: '河濱市電子政務辦' };
        site['zh-hant'].search = { hint: '例如：圖書館、公車' };
      });
    });
  });

  test('a seed article reads in Traditional characters, in its page and in the lists', () => {
    const html = built.page('zh-hant/columns/policies/household-waste-sorting');
    assert.match(html, /<title>生活垃圾分類新規問答 – 河濱市人民政府/);
    assert.match(html, /廚餘垃圾每天上午9:00前收運/);
    assert.match(built.page('zh-hant/columns/policies'), /生活垃圾分類新規問答/);
    assert.match(built.page('zh-hant/columns/policies'), /四類垃圾桶、收運時間以及未分類投放的處理辦法/);
  });

  test("an article's override wins over the conversion, field by field", () => {
    const html = built.page('zh-hant/columns/news/evening-bus-services');
    assert.match(html, /<title>夜間公車延長服務 – /);
    assert.match(html, /<p>由內容檔案提供的段落。<\/p>/);
    assert.match(built.page('zh-hant/columns/news'), /夜間公車延長服務/);
    // What the override leaves out is still converted from the Simplified text.
    const zh = readJson(join(app, 'content/articles/evening-bus-services.json')).zh;
    assert.ok(html.includes(convert(zh.source)), convert(zh.source));
    assert.ok(headOf(html).includes(`<meta name="description" content="${convert(zh.summary)}">`));
    // The Simplified page is not touched by it.
    assert.doesNotMatch(
      built.page('zh/columns/news/evening-bus-services'),
      /夜間公車延長服務|由內容檔案提供/,
    );
  });

  test("site.json's override wins over the conversion; registration numbers, e-mail and URLs are kept", () => {
    const html = built.page('zh-hant');
    assert.match(footerOf(html), /河濱市電子政務辦</);
    assert.match(footerOf(html), /湘ICP备05002289号/);
    assert.match(footerOf(html), /湘公网安备43040502000123号/);
    assert.match(footerOf(html), /webmaster@riverside\.example/);
    assert.match(built.page('zh-hant/search'), /例如：圖書館、公車/);
    assert.match(built.page('zh-hant/search'), /site:riverside\.example/);
    // Converted where not overridden.
    assert.match(html, /跳到主要內容/);
  });
});
