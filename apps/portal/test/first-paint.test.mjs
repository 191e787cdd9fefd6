// The reader's remembered reading aids are on the page from its first frame in every engine, even
// when the page arrives slowly. Firefox and WebKit ignore `blocking="render"` and paint whatever
// has arrived. Here a page is served up to a point, the rest 2 s later: with only the masthead
// there, it must already be at 200% in the chosen colours; with only the start of the article,
// that start must already have the chosen line spacing. Failed before in Firefox (the aids were
// applied from the start of <main>: the masthead showed at 16 px, then jumped).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumArgs, firefoxPath, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { createPortalServer, readBuiltHeaders } from '../scripts/server.mjs';
import { dist, htmlFiles, pagePaths } from './built-site.mjs';

let site;
let slow;
before(async () => {
  site = createPortalServer({ root: dist, ...(await readBuiltHeaders(dist)) });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  // The same origin for everything (the policy allows only 'self'): /slow/<page> is that page
  // with all after the masthead held back; every other request goes on to the portal's server.
  slow = createServer((req, res) => {
    const page = /^\/slow(\/.*)$/.exec(req.url)?.[1];
    if (!page) {
      const upstream = request(
        {
          host: '127.0.0.1',
          port: site.address().port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (response) => {
          res.writeHead(response.statusCode, response.headers);
          response.pipe(res);
        },
      );
      upstream.end();
      return;
    }
    const [path, until] = page.split('?until=');
    const markup = readFileSync(join(dist, path, 'index.html'), 'utf8');
    // Up to the start of <main>, or to the second paragraph of the article.
    const cut =
      until === 'article'
        ? markup.indexOf('<p>', markup.indexOf('<p>', markup.indexOf('id="article-body"')) + 1)
        : markup.indexOf('<main');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.write(markup.slice(0, cut));
    setTimeout(() => res.end(markup.slice(cut)), 2000);
  });
  await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
});
after(() => {
  for (const server of [site, slow]) {
    server?.close();
    server?.closeAllConnections();
  }
});

const engines = [
  {
    name: 'Firefox',
    launch: () => puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true }),
  },
  {
    name: 'Chromium',
    launch: () => puppeteer.launch({ executablePath: chromePath, headless: true, args: chromiumArgs }),
  },
];

for (const engine of engines) {
  test(`${engine.name}: the masthead's first frames show the remembered size and colours`, async () => {
    requireBrowser(engine.name, engine.name === 'Firefox' ? firefoxPath : chromePath);
    const article = (await pagePaths()).find(
      (path) => /^\/en\/columns\/[^/]+\/[^/]+\/$/.test(path) && !path.includes('/page/'),
    );
    assert.ok(article, 'an article page');
    const browser = await engine.launch();
    try {
      const tab = await browser.newPage();
      const base = `http://127.0.0.1:${slow.address().port}`;
      await tab.goto(`${base}/en/`);
      await tab.evaluate(() => {
        localStorage.setItem('civic-font-size', '2');
        localStorage.setItem('civic-reading-tools', JSON.stringify({ colours: 'dark', lineSpacing: '2' }));
      });
      const loading = tab.goto(`${base}/slow${article}`);
      // Once the masthead is there, the rest still 2 s away.
      await tab.waitForFunction(() => document.querySelector('header') && !document.querySelector('main'), {
        timeout: 10_000,
        polling: 50,
      });
      // What a frame painted now shows (Firefox paints one here; Chromium holds it, by design).
      const seen = await tab.evaluate(() => ({
        main: Boolean(document.querySelector('main')),
        rootSize: getComputedStyle(document.documentElement).fontSize,
        colours: document.documentElement.getAttribute('data-civic-colours'),
        siteName: getComputedStyle(document.querySelector('header a')).fontSize,
      }));
      await loading;
      const afterLoad = await tab.evaluate(
        () => getComputedStyle(document.querySelector('header a')).fontSize,
      );
      assert.equal(seen.main, false, 'looked before the rest of the page arrived');
      assert.equal(seen.rootSize, '32px', 'the root is at 200% while only the masthead is there');
      assert.equal(seen.colours, 'dark');
      assert.equal(seen.siteName, afterLoad, 'the masthead does not change size when the page has loaded');

      // Only the first paragraph of the article has arrived: it has the line spacing already.
      const partly = tab.goto(`${base}/slow${article}?until=article`);
      await tab.waitForFunction(
        () => document.querySelector('#article-body p') && !document.querySelector('footer'),
        {
          timeout: 10_000,
          polling: 50,
        },
      );
      const start = await tab.evaluate(() => {
        const paragraph = document.querySelector('#article-body p');
        const style = getComputedStyle(paragraph);
        return {
          paragraphs: document.querySelectorAll('#article-body p').length,
          lineSpacing: document.getElementById('article-body').getAttribute('data-civic-line-spacing'),
          ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        };
      });
      await partly;
      assert.equal(start.paragraphs, 1, 'looked while only the first paragraph was there');
      assert.equal(start.lineSpacing, '2');
      assert.ok(Math.abs(start.ratio - 2) < 0.05, `line height ${start.ratio} × the text size`);
    } finally {
      await browser.close();
    }
  });
}

test('every page runs the pre-paint script first in its <head>, for the content its reading tools serve', async () => {
  for (const file of await htmlFiles()) {
    const markup = readFileSync(file, 'utf8');
    const head = markup.slice(0, markup.indexOf('</head>'));
    const first = /<(script|link)\b[^>]*>/.exec(head);
    assert.ok(first?.[1] === 'script', `${file}: the pre-paint script comes before any script or stylesheet`);
    const target = /^<script data-for="([^"]+)">/.exec(first[0])?.[1];
    assert.ok(target, `${file}: the pre-paint script names its content: ${first[0]}`);
    assert.ok(markup.includes(` id="${target}"`), `${file}: #${target} exists`);
    const tools = /<civic-reading-tools for="([^"]+)"/.exec(markup)?.[1];
    if (tools) assert.equal(tools, target, `${file}: the reading tools serve the same content`);
  }
});
